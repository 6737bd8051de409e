import Foundation
import SJTCohort
import SJTStore

extension ProgressStore {
    /// The cohort written for a learner who played without one (`sjt play --cohort` sets it).
    public static let unassignedCohort = "unassigned"

    /// A store's responses in the cohort format, and why any are left out.
    public struct CohortResponses: Sendable {
        /// Ordered by cohort, learner, scenario, attempt and step.
        public var rows: [CohortResponse]
        /// One reason per response the store holds but sjt cannot read, in the store's order. A
        /// reason names the table, row and column, never the values: they may be a learner's text.
        public var leftOut: [String]
    }

    /// Every recorded response as a cohort responses row: what `sjt export responses` writes and
    /// `sjt batch --store` reads.
    ///
    /// Attempts superseded by a changed scenario are left out: they are kept in the store as they
    /// were, and are never rescored against the scenario's new content. A response whose row (or
    /// its attempt's, or its learner's) holds a value sjt did not write is left out with the reason,
    /// and the rest are read.
    public func cohortResponses(learner: String? = nil, cohort: String? = nil) throws -> CohortResponses {
        let stored = try storedResponses()
        func cohortOf(_ attempt: AttemptRecord) -> String {
            attempt.cohort ?? stored.learners[attempt.learnerId]?.cohort ?? Self.unassignedCohort
        }
        func isAsked(_ attempt: AttemptRecord) -> Bool {
            attempt.status != .superseded && (learner.map { $0 == attempt.learnerId } ?? true)
                && (cohort.map { $0 == cohortOf(attempt) } ?? true)
        }
        var rows: [CohortResponse] = []
        for attempt in stored.attempts where isAsked(attempt) {
            guard let id = attempt.id else { continue }
            let attemptCohort = cohortOf(attempt)
            for response in stored.responses[id] ?? [] {
                rows.append(
                    CohortResponse(
                        cohort: attemptCohort, learnerID: attempt.learnerId, learnerName: stored.learners[attempt.learnerId]?.name,
                        level: attempt.level, scenarioID: attempt.scenarioId, scenarioVersion: attempt.scenarioVersion,
                        attempt: attempt.number, step: response.step, nodeID: response.nodeId, response: response.response,
                        shownOrder: response.shownOrder, answeredAt: UTCTime.iso8601(response.answeredAt),
                        rationale: response.rationale))
            }
        }
        let attempts = Dictionary(uniqueKeysWithValues: stored.attempts.compactMap { attempt in attempt.id.map { ($0, attempt) } })
        // A response that cannot be read counts wherever it might belong: left out of a filtered
        // export only when its attempt is known and is not one asked for.
        let leftOut = stored.unreadable.filter { unreadable in
            unreadable.attemptID.flatMap { attempts[$0] }.map(isAsked) ?? true
        }
        return CohortResponses(
            rows: rows.sorted {
                ($0.cohort, $0.learnerID, $0.scenarioID, $0.attempt, $0.step) < ($1.cohort, $1.learnerID, $1.scenarioID, $1.attempt, $1.step)
            },
            leftOut: leftOut.map { $0.row.reason(naming: Self.cohortColumn[$0.row.table + "." + $0.row.column] ?? $0.row.column) })
    }

    /// The store's columns that are columns of the cohort format, by the format's names, so a
    /// trainer reads `answered_at` as in the file. Other columns keep the store's names.
    static let cohortColumn = [
        "learner.id": "learner_id", "learner.name": "learner_name", "learner.cohort": "cohort",
        "attempt.learnerId": "learner_id", "attempt.cohort": "cohort", "attempt.scenarioId": "scenario_id",
        "attempt.scenarioVersion": "scenario_version", "attempt.number": "attempt", "attempt.level": "level",
        "response.step": "step", "response.nodeId": "node_id", "response.response": "response",
        "response.shownOrder": "shown_order", "response.answeredAt": "answered_at", "response.rationale": "rationale",
    ]
}
