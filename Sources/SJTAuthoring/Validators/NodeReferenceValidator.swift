import SJTEngine

/// A `start` or `next` that names no node (`unknown-node`), with a "did you mean" note.
struct NodeReferenceValidator: ScenarioValidator {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic] {
        let ids = scenario.nodes.compactMap(\.id?.value)
        let known = Set(ids)
        var diagnostics: [Diagnostic] = []
        func check(_ reference: Located<String>?, _ describe: (String) -> String) {
            guard let reference, !known.contains(reference.value) else { return }
            let notes = [Diagnostic.suggestion(for: reference.value, among: ids)].compactMap { $0 }
            diagnostics.append(.error(.unknownNode, describe(reference.value), at: reference.location, notes: notes))
        }
        check(scenario.start) { "start names unknown node '\($0)'" }
        for node in scenario.nodes {
            guard let decision = node.decision else { continue }
            let name = node.id.map { "node '\($0.value)'" } ?? "a node"
            check(decision.next) { "\(name) leads to unknown node '\($0)'" }
            for option in decision.options {
                check(option.next) { "\(option.name) leads to unknown node '\($0)'" }
            }
        }
        return diagnostics
    }
}
