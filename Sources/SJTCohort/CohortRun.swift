import Foundation
import SJTEngine

/// A cohort's responses grouped into attempts and replayed through the engine: the same sessions and
/// the same scorer as `sjt play`, never a copy of the rules.
///
/// Rows may come in any order. They are grouped by (cohort, learner, scenario, attempt) and ordered by
/// step. An attempt whose path is not valid is rejected whole: every one of its rows, with the reason.
public struct CohortRun: Sendable {
    /// Identifies an attempt across the inputs.
    public struct AttemptKey: Sendable, Hashable, Comparable {
        public var cohort: String
        public var learnerID: String
        public var scenarioID: String
        public var attempt: Int

        public static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.cohort, lhs.learnerID, lhs.scenarioID, lhs.attempt) < (rhs.cohort, rhs.learnerID, rhs.scenarioID, rhs.attempt)
        }
    }

    /// An attempt that replayed: its rows in step order and the engine's session after the last one.
    public struct Attempt: Sendable {
        public var key: AttemptKey
        public var learnerName: String?
        public var rows: [(source: SourceRow, response: CohortResponse)]
        public var session: Session

        public var level: LeadershipLevel { session.level }
        public var isComplete: Bool { session.isFinished }
    }

    /// Accepted attempts, ordered by key.
    public var attempts: [Attempt] = []
    /// Rejected rows, ordered by file and row.
    public var rejected: [RejectedRow] = []
    public var rowsRead = 0

    public var rowsAccepted: Int { attempts.reduce(0) { $0 + $1.rows.count } }
    public var rowsRejected: Int { rejected.count }

    /// Replays every attempt in the imported rows.
    ///
    /// - Parameters:
    ///   - scenarios: The bank, prepared against its catalogue.
    ///   - progress: Called now and then with the attempts replayed so far and the total.
    public init(
        _ imported: CohortImport, scenarios: [ScenarioID: PreparedScenario], progress: ((Int, Int) -> Void)? = nil
    ) {
        rowsRead = imported.totalRowsRead
        rejected = imported.rejected
        var groups: [AttemptKey: [(source: SourceRow, response: CohortResponse)]] = [:]
        for row in imported.rows {
            let key = AttemptKey(
                cohort: row.response.cohort, learnerID: row.response.learnerID, scenarioID: row.response.scenarioID,
                attempt: row.response.attempt)
            groups[key, default: []].append(row)
        }
        let keys = groups.keys.sorted()
        for (index, key) in keys.enumerated() {
            if index % 4096 == 0 { progress?(index, keys.count) }
            let rows = groups[key]!.sorted { ($0.response.step, $0.source) < ($1.response.step, $1.source) }
            switch Self.replay(key, rows: rows, scenarios: scenarios) {
            case .success(let session):
                attempts.append(Attempt(key: key, learnerName: rows.lazy.compactMap(\.response.learnerName).first, rows: rows, session: session))
            case .failure(let problem):
                rejected += rows.map { RejectedRow(source: $0.source, reason: problem.reason, response: $0.response) }
            }
        }
        progress?(keys.count, keys.count)
        rejected.sort { $0.source < $1.source }
    }

    struct Problem: Error { var reason: String }

    /// Replays one attempt, or says why its path is not valid.
    static func replay(
        _ key: AttemptKey, rows: [(source: SourceRow, response: CohortResponse)], scenarios: [ScenarioID: PreparedScenario]
    ) -> Result<Session, Problem> {
        guard let prepared = scenarios[ScenarioID(key.scenarioID)] else {
            return .failure(Problem(reason: "scenario '\(key.scenarioID)' is not in the scenario bank"))
        }
        let scenario = prepared.scenario
        let levels = Set(rows.map(\.response.level))
        guard levels.count == 1, let levelText = levels.first else {
            return .failure(Problem(reason: "the rows of this attempt give different levels: \(levels.sorted().joined(separator: ", "))"))
        }
        guard let level = LeadershipLevel(rawValue: levelText) else {
            return .failure(Problem(reason: "level '\(levelText)' is not one of \(LeadershipLevel.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        if let version = rows.lazy.compactMap(\.response.scenarioVersion).first(where: { $0 != scenario.version }) {
            return .failure(Problem(
                reason: "recorded on version \(version) of scenario '\(scenario.id)'; the bank has version \(scenario.version), so it is not rescored"))
        }
        var records: [RecordedResponse] = []
        for (index, row) in rows.enumerated() {
            let response = row.response
            guard response.step == index + 1 else {
                let reason = response.step == index ? "step \(response.step) appears more than once" : "step \(index + 1) is missing"
                return .failure(Problem(reason: reason))
            }
            let node = NodeID(response.nodeID)
            guard let decision = scenario.node(node)?.decision else {
                return .failure(Problem(reason: "step \(response.step): node '\(node)' is not a decision in scenario '\(scenario.id)'"))
            }
            let parsed: Response
            do {
                parsed = try Response(text: response.response, format: decision.format, scale: prepared.catalogue.scale)
            } catch {
                return .failure(Problem(reason: "step \(response.step) (node '\(node)'): \(error)"))
            }
            var answeredAt: Date?
            if let text = response.answeredAt {
                guard let date = ISO8601Time.parse(text) else {
                    return .failure(Problem(reason: "step \(response.step): answered_at '\(text)' is not an ISO 8601 time"))
                }
                answeredAt = date
            }
            let shown = response.shownOrder.map { $0.split(separator: " ").map { ChoiceID(String($0)) } } ?? []
            records.append(RecordedResponse(
                step: response.step, node: node, response: parsed, shownOrder: shown, rationale: response.rationale,
                answeredAt: answeredAt))
        }
        do {
            return .success(try Session.replay(records, prepared, level: level, seed: 0))
        } catch {
            return .failure(Problem(reason: "\(error)"))
        }
    }
}
