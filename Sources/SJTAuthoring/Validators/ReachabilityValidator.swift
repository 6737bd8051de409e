import SJTEngine

/// Nodes no path from `start` reaches (`unreachable-node`), and decision nodes from which no ending
/// can be reached (`trap`): a learner there could never finish.
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
        let endings = scenario.nodes.filter { if case .ending = $0.kind { true } else { false } }.compactMap(\.id?.value)
        let canFinish = closure(from: endings, along: predecessors)

        var diagnostics: [Diagnostic] = []
        var reported = Set<String>()
        for node in scenario.nodes {
            guard let id = node.id, reported.insert(id.value).inserted else { continue }
            if !reachable.contains(id.value) {
                diagnostics.append(
                    .error("unreachable-node", "node '\(id.value)' cannot be reached from the start node '\(start)'", at: id.location))
            } else if node.decision != nil, !canFinish.contains(id.value) {
                diagnostics.append(
                    .error("trap", "no ending can be reached from node '\(id.value)'; a learner here could never finish", at: id.location))
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
