import SJTEngine

/// One accepted attempt of a cohort run, as an output reads it: who made it, the scenario and
/// level, the engine's figures for its path, and each response with its scored step.
///
/// Made by ``CohortRun/forEachAttempt(_:)`` one at a time, in the run's order (cohort, learner,
/// scenario, attempt number), so an output of a million learners never holds more than one.
public struct ScoredAttempt: Sendable {
    public let cohort: String
    public let learnerID: String
    /// The first name any of its rows gives.
    public let learnerName: String?
    /// The attempt's number, 1 unless the rows say otherwise.
    public let number: Int
    /// The path taken, with the score card's figures: total, maximum, percentage, band, ending.
    public let path: ScoredPath
    /// In step order.
    public let responses: [ScoredResponse]

    public var level: LeadershipLevel { path.level }
    public var scenario: Scenario { path.scenario }
    public var isComplete: Bool { path.isComplete }
}

/// One row of an attempt: the step it answered, as the engine scored it, and what the row alone
/// says (its step number, the order options were shown in, its time and rationale).
public struct ScoredResponse: Sendable {
    public let step: Int
    public let scored: ScoredStep
    /// The order the options were shown in; empty when the row does not say.
    public let shownOrder: [ChoiceID]
    /// The time as written in the row, `nil` when it gives none.
    public let answeredAt: String?
    public let rationale: String?

    /// Where the leading choice was shown, counting from 1 (``ScoredStep/positionShown(in:)``).
    public var positionShown: Int? { scored.positionShown(in: shownOrder) }
}
