import SJTEngine

/// A path through a scenario at one level, as the engine scored it: the steps taken, and the
/// figures of the score card that an export needs.
///
/// Attempts that gave the same responses to the same nodes score the same, whoever made them and
/// whatever order their options were shown in, so a cohort run replays each distinct path through
/// the engine once and every attempt on it refers to the one result. A cohort of a million
/// learners on sixteen scenarios has some hundred thousand distinct paths, so a path keeps only
/// numbers and positions: the scored steps live once per distinct step in ``CohortRun/steps``.
public struct ScoredPath: Sendable {
    /// The engine's credit toward one principle or element, by its position in the catalogue's
    /// vocabulary: a learner's score over several attempts adds these up (``Credit/add(_:)-(Credit)``).
    struct AreaSum: Sendable {
        var position: Int32
        var credit: Credit
    }

    public let prepared: PreparedScenario
    public let level: LeadershipLevel
    /// Per decision in step order, its position in ``CohortRun/steps`` (renumbered when the
    /// replays of a run's parts are put together).
    var steps: [Int32]
    /// The score card's total, maximum, credit, percentage, band after the ending's cap and band
    /// before it (``ScoreCard``): numbers the engine worked out, never worked out again here.
    public let total: Int
    public let maximum: Int
    public let credit: Credit
    public let percentage: Double?
    public let band: BandID?
    public let uncappedBand: BandID?
    /// The score card's areas, by position in the catalogue's list of each vocabulary
    /// (``CohortVocabulary``): principles, framework elements and capabilities.
    let areas: PerVocabulary<[AreaSum]>
    /// True when the path reaches an ending.
    public let isComplete: Bool
    /// The ending reached, when complete.
    public let ending: NodeID?
    public let outcome: OutcomeID?

    public var scenario: Scenario { prepared.scenario }

    /// - Parameters:
    ///   - session: The session replayed along the path.
    ///   - steps: Each decision's position in the run's steps.
    ///   - positions: Each catalogue principle's, element's and capability's position.
    init(_ session: Session, steps: [Int32], positions: AreaPositions) {
        prepared = session.prepared
        level = session.level
        self.steps = steps
        let card = session.scoreCard
        total = card.total
        maximum = card.maximum
        credit = card.credit
        percentage = card.percentage
        band = card.band?.id
        uncappedBand = card.uncappedBand?.id
        areas = PerVocabulary(
            principles: AreaPositions.sums(card.principles, positions.principles),
            elements: AreaPositions.sums(card.elements, positions.elements),
            capabilities: AreaPositions.sums(card.capabilities, positions.capabilities))
        isComplete = session.isFinished
        ending = session.isFinished ? session.state.currentNode : nil
        outcome = ending.flatMap { session.scenario.node($0)?.ending?.outcome }
    }
}
