/// One way through a scenario from its start to an ending, visiting no node twice.
public struct ScenarioPath: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public var node: NodeID
        /// The options that lead on along this path (every option of a rate node).
        public var via: [ChoiceID]
    }

    /// The decisions on the path, in order.
    public var steps: [Step]
    public var ending: NodeID

    public var decisionCount: Int { steps.count }
}

extension Scenario {
    /// Every path from the start to an ending that visits no node twice, in option order.
    ///
    /// Loops are allowed in scenarios as long as an ending stays reachable; a path that goes round a
    /// loop is the same path as one that does not, plus a detour, so only simple paths are listed.
    ///
    /// - Parameter limit: Stop after this many paths; a scenario with more is not one an author can read.
    /// - Complexity: Proportional to the number of paths times their length.
    public func paths(limit: Int = 10_000) -> [ScenarioPath] {
        var result: [ScenarioPath] = []
        var steps: [ScenarioPath.Step] = []
        var onPath = Set<NodeID>()

        func walk(_ id: NodeID) {
            guard result.count < limit, let node = node(id), onPath.insert(id).inserted else { return }
            defer { onPath.remove(id) }
            switch node.content {
            case .ending:
                result.append(ScenarioPath(steps: steps, ending: id))
            case .decision(let decision):
                for next in node.successors {
                    // Every option leads on when the node's own `next` does.
                    let via =
                        decision.format.route == .nodeNext
                        ? decision.choices.map(\.id) : decision.choices.filter { $0.next == next }.map(\.id)
                    steps.append(.init(node: id, via: via))
                    walk(next)
                    steps.removeLast()
                }
            }
        }
        walk(start)
        return result
    }
}
