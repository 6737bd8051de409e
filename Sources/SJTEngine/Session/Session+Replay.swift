extension Session {
    /// Plays a recorded sequence of responses from the start.
    ///
    /// Each record must answer the node the path has reached. The replayed session holds the
    /// recorded shown order (empty where the record does not say), rationale and time, so replaying
    /// a saved attempt reproduces it exactly.
    ///
    /// - Returns: The session after the last record: finished, or still waiting at a decision when
    ///   the record stops early (an incomplete attempt).
    /// - Throws: ``ReplayError`` naming the 1-based step that is not a valid path, and why.
    public static func replay(
        _ records: [RecordedResponse], scenario: Scenario, catalogue: Catalogue, level: LeadershipLevel, seed: UInt64
    ) throws(ReplayError) -> Session {
        try replay(records, PreparedScenario(scenario, catalogue: catalogue), level: level, seed: seed)
    }

    /// Plays a recorded sequence of responses on a prepared scenario: the batch runner's way in.
    public static func replay(
        _ records: [RecordedResponse], _ prepared: PreparedScenario, level: LeadershipLevel, seed: UInt64
    ) throws(ReplayError) -> Session {
        var session: Session
        do {
            session = try Session(prepared, level: level, seed: seed)
        } catch {
            throw ReplayError(step: 1, node: prepared.scenario.start, reason: error)
        }
        for (index, record) in records.enumerated() {
            let step = index + 1
            if session.isFinished {
                throw ReplayError(step: step, node: record.node, reason: .sessionFinished)
            }
            guard record.node == session.state.currentNode else {
                throw ReplayError(
                    step: step, node: record.node,
                    reason: .unexpectedNode(expected: session.state.currentNode, got: record.node))
            }
            do {
                try session.respond(
                    record.response, rationale: record.rationale, at: record.answeredAt,
                    shownOrder: record.shownOrder)
            } catch {
                throw ReplayError(step: step, node: record.node, reason: error)
            }
        }
        return session
    }
}

/// Why a recorded attempt is not a valid path through its scenario.
public struct ReplayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based step of the first record that does not fit.
    public var step: Int
    public var node: NodeID
    public var reason: SessionError

    public init(step: Int, node: NodeID, reason: SessionError) {
        self.step = step
        self.node = node
        self.reason = reason
    }

    public var description: String { message(quoting: { "'\($0)'" }) }

    /// The message, with each value it names passed through `quote` (see ``SessionError/message(quoting:)``).
    public func message(quoting quote: (String) -> String) -> String {
        "step \(step) (node \(quote(node.rawValue))): \(reason.message(quoting: quote))"
    }
}
