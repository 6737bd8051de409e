/// Points out of a maximum over the decisions that count toward one principle or framework element.
public struct AreaScore<ID: StringIdentifier>: Sendable, Equatable {
    public var id: ID
    public var points: Int
    public var maximum: Int
    /// How many decisions count toward it.
    public var decisions: Int
    /// `nil` when the maximum is 0 (no decision could earn anything).
    public var percentage: Double?
    public var band: BandID?

    /// - Parameter bands: The catalogue's bands, lowest first.
    public init(id: ID, points: Int, maximum: Int, decisions: Int, bands: [Band]) {
        self.id = id
        self.points = points
        self.maximum = maximum
        self.decisions = decisions
        self.percentage = maximum > 0 ? Double(points) * 100 / Double(maximum) : nil
        self.band = percentage.flatMap { bands.band(forPercentage: $0)?.id }
    }
}
