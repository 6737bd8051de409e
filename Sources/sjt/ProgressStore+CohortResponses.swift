import Foundation
import SJTCohort
import SJTStore

extension ProgressStore {
    /// The cohort written for a learner who played without one (`sjt play --cohort` sets it).
    static let unassignedCohort = "unassigned"

    /// Every recorded response as a cohort responses row, ordered by cohort, learner, scenario,
    /// attempt and step: what `sjt export responses` writes and `sjt batch --store` reads.
    ///
    /// Attempts superseded by a changed scenario are left out: they are kept in the store as they
    /// were, and are never rescored against the scenario's new content.
    func cohortResponses(learner: String? = nil, cohort: String? = nil) throws -> [CohortResponse] {
        let learners = Dictionary(uniqueKeysWithValues: try self.learners().map { ($0.id, $0) })
        var rows: [CohortResponse] = []
        for attempt in try attempts(learner: learner) where attempt.status != .superseded {
            guard let id = attempt.id else { continue }
            let learnerRecord = learners[attempt.learnerId]
            let attemptCohort = attempt.cohort ?? learnerRecord?.cohort ?? Self.unassignedCohort
            if let cohort, attemptCohort != cohort { continue }
            for response in try responses(attempt: id) {
                rows.append(
                    CohortResponse(
                        cohort: attemptCohort, learnerID: attempt.learnerId, learnerName: learnerRecord?.name,
                        level: attempt.level, scenarioID: attempt.scenarioId, scenarioVersion: attempt.scenarioVersion,
                        attempt: attempt.number, step: response.step, nodeID: response.nodeId, response: response.response,
                        shownOrder: response.shownOrder, answeredAt: UTCTime.iso8601(response.answeredAt),
                        rationale: response.rationale))
            }
        }
        return rows.sorted {
            ($0.cohort, $0.learnerID, $0.scenarioID, $0.attempt, $0.step) < ($1.cohort, $1.learnerID, $1.scenarioID, $1.attempt, $1.step)
        }
    }
}
