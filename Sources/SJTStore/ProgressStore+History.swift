import Foundation
import SJTEngine

extension ProgressStore {
    /// A learner's completed attempts at a level, as the recommender reads them: `sjt play` and
    /// `sjt progress` recommend from the same history.
    public func history(learner: String, level: LeadershipLevel) throws -> [PlayedAttempt] {
        try attempts(learner: learner).filter { $0.status == .complete && $0.level == level.rawValue }.map { attempt in
            PlayedAttempt(
                scenario: ScenarioID(attempt.scenarioId), finishedAt: attempt.finishedAt ?? attempt.updatedAt,
                percentage: attempt.percentage, band: attempt.band.map(BandID.init), principles: attempt.principlePercentages)
        }
    }
}
