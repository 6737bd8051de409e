/// The limits `sjt audit` holds a bank to, from the catalogue's `audit:` section; every field has a
/// default here, so a catalogue without the section is audited against these.
///
/// Why the defaults (docs/audit.md says more):
/// - `maxLengthRatio` 1.25: options within about a quarter of each other's length give no length
///   cue; SJT guidance asks for parity, and 1.2–1.25 is what careful banks reach.
/// - `maxKeyedBestLongestShare`, `maxKeyedBestFirstShare` 0.4: chance is 1 ÷ options (0.25 for
///   four, 0.33 for three); 0.4 leaves room for a small bank's noise but not for a habit.
/// - `maxCueStrategyPercentage` `nil`: the `from` of the coherence band (the catalogue's
///   `meets-expectations` band unless `coherenceBand` names another: "meets", 65%, in the bundled
///   catalogue). A learner who picks by length or position must not reach the band that says
///   "meets expectations".
/// - `maxCueGapFromRandom` 10 and `maxCuePositiveShare` 0.3: across the bank, at each level, a
///   learner who answers by length or position scores within 10 points of one who answers at random
///   (far below is the cue "avoid the longest"), and reaches a positive ending in at most 30% of
///   attempts; the targets the bank rewrite (issue 12) was held to.
/// - `minKeyedBestDiffersShare` 0.2 and `minRatingDiffersShare` 0.5: a scenario keyed for two levels
///   should ask something different of each in at least one decision in five, and rate some option
///   differently in at least half.
public struct AuditThresholds: Sendable, Equatable, Codable {
    public var maxLengthRatio: Double = 1.25
    public var maxKeyedBestLongestShare: Double = 0.4
    public var maxKeyedBestFirstShare: Double = 0.4
    /// `nil`: the `from` of the band `coherenceBand`.
    public var maxCueStrategyPercentage: Double?
    public var maxCueGapFromRandom: Double = 10
    public var maxCuePositiveShare: Double = 0.3
    public var minKeyedBestDiffersShare: Double = 0.2
    public var minRatingDiffersShare: Double = 0.5
    /// The band a negative ending must not reach, and a positive ending must be able to; `nil` for
    /// the catalogue's `meets-expectations` band (``coherenceBand(in:)``).
    public var coherenceBand: BandID?
    public var positiveOutcomes: [OutcomeID] = ["positive"]
    public var negativeOutcomes: [OutcomeID] = ["negative"]

    public init() {}

    /// The coherence band: the one named, else the catalogue's meets-expectations band.
    public func coherenceBand(in catalogue: Catalogue) -> Band? {
        coherenceBand.map { id in catalogue.bands.first { $0.id == id } } ?? catalogue.meetsBand
    }
}
