import Foundation
import SJTEngine
import SJTStore

extension ProgressStore {
    /// A learner's completed attempts at a level, as the recommender reads them.
    func history(learner: String, level: LeadershipLevel) throws -> [PlayedAttempt] {
        try attempts(learner: learner).filter { $0.status == .complete && $0.level == level.rawValue }.map { attempt in
            PlayedAttempt(
                scenario: ScenarioID(attempt.scenarioId), finishedAt: attempt.finishedAt ?? attempt.updatedAt,
                percentage: attempt.percentage, band: attempt.band.map(BandID.init), principles: attempt.principlePercentages)
        }
    }
}

extension AttemptRecord {
    /// The attempt's percentage per principle, from its saved principle scores.
    var principlePercentages: [PrincipleID: Double] {
        let scores = (try? JSONDecoder().decode([PrincipleScore].self, from: Data((principleScores ?? "[]").utf8))) ?? []
        var percentages: [PrincipleID: Double] = [:]
        for score in scores { if let percentage = score.percentage { percentages[PrincipleID(score.principle)] = percentage } }
        return percentages
    }
}
