/// The score of one principle or framework element over the decisions that count toward it.
///
/// Its percentage is the weighted mean of those decisions' points ÷ maximum (``Credit``): each
/// decision counts toward every principle it is tagged with, with its whole weight, as one piece of
/// evidence about each. Its band is the percentage's own band; an ending's cap applies to the
/// attempt's band only (docs/scoring.md).
public struct AreaScore<ID: StringIdentifier>: Sendable, Equatable {
    public var id: ID
    /// Points and maximum added up, for display; the percentage is not their ratio.
    public var points: Int
    public var maximum: Int
    /// How many decisions count toward it.
    public var decisions: Int
    public var credit: Credit
    /// `nil` when no decision could earn anything.
    public var percentage: Double?
    public var band: BandID?

    /// - Parameter bands: The catalogue's bands, lowest first.
    public init(id: ID, points: Int, maximum: Int, decisions: Int, credit: Credit, bands: [Band]) {
        self.id = id
        self.points = points
        self.maximum = maximum
        self.decisions = decisions
        self.credit = credit
        self.percentage = credit.percentage
        self.band = percentage.flatMap { bands.band(forPercentage: $0)?.id }
    }
}
