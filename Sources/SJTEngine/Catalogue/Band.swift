/// A band a percentage maps to, such as "meets expectations for the level" from 65%.
public struct Band: Sendable, Equatable, Identifiable, Codable {
    public var id: BandID
    public var name: String
    /// The lowest percentage (inclusive) that falls in this band.
    public var from: Double
    /// True for the band that means "meets expectations for the level" (`meets-expectations: true`
    /// in the catalogue): a score from its `from` up counts as having met the level, which the
    /// debrief's "where you did well" and principles.csv's `share_meets` use. A catalogue field,
    /// not a band id written into the code, so an organisation can name its bands as it likes.
    public var meetsExpectations: Bool

    public init(id: BandID, name: String, from: Double, meetsExpectations: Bool = false) {
        self.id = id
        self.name = name
        self.from = from
        self.meetsExpectations = meetsExpectations
    }
}

extension [Band] {
    /// The band a percentage falls in: the last band whose `from` it reaches; a percentage below
    /// every band's `from` falls in the lowest band.
    ///
    /// - Precondition: the bands are ordered by `from`, lowest first (as ``Catalogue/bands`` is).
    /// - Complexity: O(*b*) in the number of bands.
    public func band(forPercentage percentage: Double) -> Band? {
        last { percentage >= $0.from } ?? first
    }

    /// The band a percentage falls in, but no higher than `cap` (an ending's ``Outcome/highestBand``).
    ///
    /// A cap the bands do not hold caps nothing (validation guarantees every cap is a band).
    ///
    /// - Complexity: O(*b*) in the number of bands.
    public func band(forPercentage percentage: Double, cappedAt cap: BandID?) -> Band? {
        guard let reached = band(forPercentage: percentage) else { return nil }
        guard let cap, let capIndex = firstIndex(where: { $0.id == cap }),
            let reachedIndex = firstIndex(where: { $0.id == reached.id }), capIndex < reachedIndex
        else { return reached }
        return self[capIndex]
    }
}
