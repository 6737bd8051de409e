/// A band a percentage maps to, such as "meets expectations for the level" from 65%.
public struct Band: Sendable, Equatable, Identifiable {
    public var id: BandID
    public var name: String
    /// The lowest percentage (inclusive) that falls in this band.
    public var from: Double

    public init(id: BandID, name: String, from: Double) {
        self.id = id
        self.name = name
        self.from = from
    }
}

extension [Band] {
    /// The band a percentage falls in: the last band whose `from` it reaches; a percentage below
    /// every band's `from` falls in the lowest band.
    ///
    /// - Precondition: the bands are ordered by `from`, lowest first (as ``Catalogue/bands`` is).
    public func band(forPercentage percentage: Double) -> Band? {
        last { percentage >= $0.from } ?? first
    }
}
