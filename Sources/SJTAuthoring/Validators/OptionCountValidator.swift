import SJTEngine

/// A decision with fewer than two options is no decision (`too-few-options`).
struct OptionCountValidator: ScenarioValidator {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic] {
        scenario.nodes.compactMap { node in
            guard let decision = node.decision, let location = decision.optionsLocation, decision.options.count < 2
            else { return nil }
            let name = node.id.map { "node '\($0.value)'" } ?? "a node"
            let count = decision.options.count == 1 ? "1 option" : "no options"
            return .error(.tooFewOptions, "decision \(name) has \(count); a decision needs at least two", at: location)
        }
    }
}
