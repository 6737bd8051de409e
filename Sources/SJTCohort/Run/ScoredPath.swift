import SJTEngine

/// A path through a scenario at one level, as the engine scored it: the steps taken, and the
/// figures of the score card that an export needs.
///
/// Attempts that gave the same responses to the same nodes score the same, whoever made them and
/// whatever order their options were shown in, so a cohort run replays each distinct path through
/// the engine once and every attempt on it refers to the one result. A cohort of a million
/// learners on sixteen scenarios has some hundred thousand distinct paths, so a path keeps only
/// numbers and positions: the scored decisions live once per distinct step in
/// ``CohortRun/steps``.
public struct ScoredPath: Sendable {
    /// Points and maximum toward one principle, by its position in the catalogue.
    struct PrincipleSum: Sendable {
        var principle: Int32
        var points: Int32
        var maximum: Int32
    }

    public let prepared: PreparedScenario
    public let level: LeadershipLevel
    /// Per decision in step order, its position in ``CohortRun/steps``.
    let steps: [Int32]
    /// The score card's total, maximum, percentage and band (``ScoreCard``).
    public let total: Int
    public let maximum: Int
    public let percentage: Double?
    public let band: BandID?
    /// The score card's principles, by catalogue position.
    let principles: [PrincipleSum]
    /// True when the path reaches an ending.
    public let isComplete: Bool
    /// The ending reached, when complete.
    public let ending: NodeID?
    public let outcome: OutcomeID?

    public var scenario: Scenario { prepared.scenario }

    /// - Parameters:
    ///   - session: The session replayed along the path.
    ///   - steps: Each decision's position in the run's steps.
    ///   - principlePositions: Each catalogue principle's position.
    init(_ session: Session, steps: [Int32], principlePositions: [PrincipleID: Int]) {
        prepared = session.prepared
        level = session.level
        self.steps = steps
        let card = session.scoreCard
        total = card.total
        maximum = card.maximum
        percentage = card.percentage
        band = card.band?.id
        // Tags are checked against the catalogue by `sjt validate`, so every id has a position.
        principles = card.principles.compactMap { area in
            principlePositions[area.id].map { PrincipleSum(principle: Int32($0), points: Int32(area.points), maximum: Int32(area.maximum)) }
        }
        isComplete = session.isFinished
        ending = session.isFinished ? session.state.currentNode : nil
        outcome = ending.flatMap { session.scenario.node($0)?.ending?.outcome }
    }
}
