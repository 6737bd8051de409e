import Foundation
import SJTEngine

/// Replays attempts through the engine, each distinct path once, and says why an attempt is not a
/// valid path.
///
/// A path is a scenario, a level and the (node, response) of each step. What attempts on one path
/// may still differ in is checked row by row: step numbers, times, and the order options were shown
/// in, by the engine's own rule (``Decision/accepts(shownOrder:)``). Reasons and the order they are
/// found in are those of replaying every attempt in full: per step, the step number, then the node
/// and response, then the time; after all steps, the engine's path checks, a shown order that
/// precedes the step the path fails at counting first.
struct PathReplayer {
    /// A path's replay, or the step where it is not valid and why.
    private enum Replay {
        case path(Int32)
        /// `beforeEngine`: found reading the node or response, before any session was played.
        case invalid(step: Int, reason: RejectionReason, beforeEngine: Bool)
    }

    private struct ShownOrderKey: Hashable {
        var scenario, node, shownOrder: StringPool.ID
    }

    /// A response at a node of a scenario, as written.
    struct ResponseKey: Hashable {
        var scenario, node, response: StringPool.ID
    }

    /// A response at a node of a scenario, at a level: one step of a path.
    struct StepKey: Hashable {
        var response: ResponseKey
        var level: StringPool.ID
    }

    let imported: CohortImport
    let scenarios: [ScenarioID: PreparedScenario]
    private(set) var paths: [ScoredPath] = []
    /// Each path's key (scenario, level, then each step's node and response), parallel to `paths`:
    /// how replays of different attempts are matched up (``CohortRun``'s parallel replay).
    private(set) var pathKeys: [PathKey] = []
    private var replays: [PathKey: Replay] = [:]
    private var preparedByID: [StringPool.ID: PreparedScenario?] = [:]
    private var levels: [StringPool.ID: LeadershipLevel?] = [:]
    private var acceptedShownOrders: [ShownOrderKey: Bool] = [:]
    /// Responses read, or why they cannot be: many paths share a step.
    private var responses: [ResponseKey: Result<Response, SessionError>] = [:]
    private var stepPositions: [StepKey: Int32] = [:]
    /// Each distinct step, scored, in the order first met: ``ScoredPath/steps`` point here.
    private(set) var steps: [ScoredStep] = []
    /// Each step's key, parallel to `steps`.
    private(set) var stepKeys: [StepKey] = []
    private let areaPositions: AreaPositions
    /// The path being looked up, kept to save an allocation per attempt.
    private var pathKey = PathKey()

    init(imported: CohortImport, scenarios: [ScenarioID: PreparedScenario]) {
        self.imported = imported
        self.scenarios = scenarios
        areaPositions = AreaPositions(scenarios.values.first?.catalogue ?? .empty)
    }

    private var pool: StringPool { imported.pool }

    /// Replays one attempt's rows, in step order.
    ///
    /// - Returns: The position of its path in ``paths``, or why it is not valid.
    mutating func replay(_ rows: [ImportedRow]) -> Result<Int32, RejectionReason> {
        let first = rows[0]
        guard let prepared = scenario(first.scenarioID) else {
            return .failure(.unknownScenario(pool[first.scenarioID]))
        }
        if rows.contains(where: { $0.level != first.level }) {
            return .failure(.mixedLevels(Set(rows.map { pool[$0.level] }).sorted()))
        }
        guard let level = level(first.level) else {
            return .failure(.unknownLevel(pool[first.level]))
        }
        let version = prepared.scenario.version
        if let recorded = rows.first(where: { $0.scenarioVersion != 0 && Int($0.scenarioVersion) != version })?.scenarioVersion {
            return .failure(.otherVersion(recorded: Int(recorded), scenario: prepared.scenario.id, bank: version))
        }

        pathKey.removeAll()
        // Appended one by one: an array literal here would be an allocation per row.
        pathKey.append(first.scenarioID)
        pathKey.append(first.level)
        for row in rows {
            pathKey.append(row.nodeID)
            pathKey.append(row.response)
        }
        let replay: Replay
        if let known = replays[pathKey] {
            replay = known
        } else {
            replay = replayPath(rows, prepared, level: level)
            replays[pathKey] = replay
            if case .path = replay { pathKeys.append(pathKey) }
        }

        for (index, row) in rows.enumerated() {
            let step = index + 1
            if row.step != step {
                return .failure(Int(row.step) == index ? .repeatedStep(index) : .missingStep(step))
            }
            if case .invalid(let failing, let reason, true) = replay, failing == step { return .failure(reason) }
            if row.answeredAt != 0, imported.texts.withBytes(row.answeredAt, ISO8601Time.parse(utf8:)) == nil {
                return .failure(.notATime(step: step, value: imported.texts[row.answeredAt]))
            }
        }
        // The engine checks a shown order after the node and the response, so a path that fails at
        // step k is reported at k unless a shown order before it is wrong.
        var failing = rows.count + 1
        if case .invalid(let step, _, false) = replay { failing = step }
        for (index, row) in rows.prefix(failing - 1).enumerated() where !accepts(row.shownOrder, at: row.nodeID, in: first.scenarioID, prepared) {
            let node = NodeID(pool[row.nodeID])
            return .failure(.replay(ReplayError(step: index + 1, node: node, reason: .invalidShownOrder(node: node))))
        }
        switch replay {
        case .path(let path): return .success(path)
        case .invalid(_, let reason, _): return .failure(reason)
        }
    }

    /// Plays a path through the engine from the start, with nothing but its nodes and responses.
    private mutating func replayPath(_ rows: [ImportedRow], _ prepared: PreparedScenario, level: LeadershipLevel) -> Replay {
        var records: [RecordedResponse] = []
        for (index, row) in rows.enumerated() {
            let step = index + 1
            let node = NodeID(pool[row.nodeID])
            guard let decision = prepared.scenario.node(node)?.decision else {
                return .invalid(
                    step: step, reason: .notADecision(step: step, node: node.rawValue, scenario: prepared.scenario.id),
                    beforeEngine: true)
            }
            let key = ResponseKey(scenario: rows[0].scenarioID, node: row.nodeID, response: row.response)
            let read: Result<Response, SessionError>
            if let known = responses[key] {
                read = known
            } else {
                read = Result { () throws(SessionError) in
                    try Response(text: pool[row.response], format: decision.format, scale: prepared.catalogue.scale)
                }
                responses[key] = read
            }
            switch read {
            case .success(let response):
                records.append(RecordedResponse(step: step, node: node, response: response, shownOrder: []))
            case .failure(let error):
                return .invalid(step: step, reason: .replay(ReplayError(step: step, node: node, reason: error)), beforeEngine: true)
            }
        }
        do {
            let session = try Session.replay(records, prepared, level: level, seed: 0)
            var decisions: [ScoredDecision]?
            var positions: [Int32] = []
            for (index, row) in rows.enumerated() {
                let key = StepKey(response: ResponseKey(scenario: row.scenarioID, node: row.nodeID, response: row.response), level: row.level)
                if let known = stepPositions[key] {
                    positions.append(known)
                } else {
                    // Scored decisions are made only when the path has a step not met before.
                    if decisions == nil { decisions = session.scoredDecisions }
                    stepPositions[key] = Int32(steps.count)
                    positions.append(Int32(steps.count))
                    steps.append(ScoredStep(decisions![index]))
                    stepKeys.append(key)
                }
            }
            paths.append(ScoredPath(session, steps: positions, positions: areaPositions))
            return .path(Int32(paths.count - 1))
        } catch {
            return .invalid(step: error.step, reason: .replay(error), beforeEngine: false)
        }
    }

    // The caches below hold optionals: `if let known` unwraps the dictionary's own optional only,
    // so a name looked up before and not found returns nil without looking again.

    private mutating func scenario(_ id: StringPool.ID) -> PreparedScenario? {
        if let known = preparedByID[id] { return known }
        let found = scenarios[ScenarioID(pool[id])]
        preparedByID[id] = found
        return found
    }

    private mutating func level(_ id: StringPool.ID) -> LeadershipLevel? {
        if let known = levels[id] { return known }
        let found = LeadershipLevel(rawValue: pool[id])
        levels[id] = found
        return found
    }

    private mutating func accepts(
        _ shownOrder: StringPool.ID, at node: StringPool.ID, in scenario: StringPool.ID, _ prepared: PreparedScenario
    ) -> Bool {
        if shownOrder == 0 { return true }
        let key = ShownOrderKey(scenario: scenario, node: node, shownOrder: shownOrder)
        if let known = acceptedShownOrders[key] { return known }
        let order = pool[shownOrder].split(separator: " ").map { ChoiceID(String($0)) }
        let accepted = prepared.scenario.node(NodeID(pool[node]))?.decision?.accepts(shownOrder: order) ?? false
        acceptedShownOrders[key] = accepted
        return accepted
    }
}
