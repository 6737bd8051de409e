import SJTEngine

/// A path through a scenario at one level, as the engine scored it: the decisions met, in order,
/// each with its response and score, and the score card of the whole.
///
/// Attempts that gave the same responses to the same nodes score the same, whoever made them and
/// whatever order their options were shown in, so a cohort run replays each distinct path through
/// the engine once and every attempt on it refers to the one result. A cohort of a million
/// learners on sixteen scenarios has a few thousand distinct paths.
public struct ScoredPath: Sendable {
    public let prepared: PreparedScenario
    public let level: LeadershipLevel
    /// In step order. Each decision's recorded shown order is empty: that is the attempt's own,
    /// read from its row.
    public let decisions: [ScoredDecision]
    public let card: ScoreCard
    /// True when the path reaches an ending.
    public let isComplete: Bool
    /// The ending reached, when complete.
    public let ending: NodeID?
    public let outcome: OutcomeID?
    /// Per decision, which of the run's distinct steps (a response at a node, at a level) it is:
    /// two paths through one step score it the same, so an export encodes each step once.
    let steps: [Int32]

    public var scenario: Scenario { prepared.scenario }

    init(_ session: Session, steps: [Int32]) {
        self.steps = steps
        prepared = session.prepared
        level = session.level
        decisions = session.scoredDecisions
        card = session.scoreCard
        isComplete = session.isFinished
        ending = session.isFinished ? session.state.currentNode : nil
        outcome = ending.flatMap { session.scenario.node($0)?.ending?.outcome }
    }
}
