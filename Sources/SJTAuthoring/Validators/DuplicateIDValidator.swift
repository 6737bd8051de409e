import SJTEngine

/// Two nodes with one id, or two options in one node with one id (`duplicate-id`).
struct DuplicateIDValidator: ScenarioValidator {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic] {
        var diagnostics = duplicates(scenario.nodes.compactMap(\.id), kind: "node")
        for node in scenario.nodes {
            guard let decision = node.decision, let nodeID = node.id?.value else { continue }
            diagnostics += duplicates(decision.options.compactMap(\.id), kind: "option", scope: " in node '\(nodeID)'")
        }
        return diagnostics
    }

    private func duplicates(_ ids: [Located<String>], kind: String, scope: String = "") -> [Diagnostic] {
        var first: [String: FileLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for id in ids {
            if let earlier = first[id.value] {
                diagnostics.append(
                    .error(.duplicateID, "duplicate \(kind) id '\(id.value)'\(scope)", at: id.location,
                           notes: [Diagnostic.Note("first defined here", at: earlier)]))
            } else {
                first[id.value] = id.location
            }
        }
        return diagnostics
    }
}
