import SJTEngine

/// Nodes no path from `start` reaches (`unreachable-node`); decision nodes from which no ending can
/// be reached (`trap`): a learner there could never finish; and a start that is already an ending
/// (`no-decisions`).
///
/// A node whose own shape is broken (neither a decision nor an ending, a decision whose options
/// could not be read, a rate node without its `next`) is already reported, so it counts as able to finish here: one mistake, one error.
///
/// - Complexity: O(*n* + *e*) in nodes and `next` references.
struct ReachabilityValidator: ScenarioValidator {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic] {
        guard let start = scenario.start?.value, scenario.node(start) != nil else { return [] }
        var successors: [String: [String]] = [:]
        var predecessors: [String: [String]] = [:]
        for node in scenario.nodes {
            guard let id = node.id?.value else { continue }
            let targets = node.references.map(\.value).filter { scenario.node($0) != nil }
            successors[id, default: []] += targets
            for target in targets { predecessors[target, default: []].append(id) }
        }
        let reachable = closure(from: [start], along: successors)
        let finishing = scenario.nodes.filter { node in
            switch node.kind {
            case .ending, .unknown: true
            // Already reported as missing: no options read, or a rate node without its `next`.
            case .decision(let decision): decision.options.isEmpty || (decision.route == .nodeNext && decision.next == nil)
            }
        }
        let canFinish = closure(from: finishing.compactMap(\.id?.value), along: predecessors)

        var diagnostics: [Diagnostic] = []
        if let startNode = scenario.node(start), case .ending = startNode.kind, let location = scenario.start?.location {
            diagnostics.append(
                .error(.noDecisions, "the start node '\(start)' is an ending; a scenario needs at least one decision", at: location))
        }
        var reported = Set<String>()
        for node in scenario.nodes {
            guard let id = node.id, reported.insert(id.value).inserted else { continue }
            if !reachable.contains(id.value) {
                diagnostics.append(
                    .error(.unreachableNode, "node '\(id.value)' cannot be reached from the start node '\(start)'", at: id.location))
            } else if node.decision != nil, !canFinish.contains(id.value) {
                diagnostics.append(
                    .error(.trap, "no ending can be reached from node '\(id.value)'; a learner here could never finish", at: id.location))
            }
        }
        return diagnostics
    }

    private func closure(from roots: [String], along edges: [String: [String]]) -> Set<String> {
        var seen = Set(roots)
        var stack = roots
        while let id = stack.popLast() {
            for next in edges[id] ?? [] where seen.insert(next).inserted { stack.append(next) }
        }
        return seen
    }
}
