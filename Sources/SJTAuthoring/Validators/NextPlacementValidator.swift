import SJTEngine

/// `next` in the right place: on the node where the format's story follows the node's own `next`
/// (rate), on every option otherwise (``ResponseFormat/route``).
///
/// A missing `next` is `missing-field`; one where it does not belong is `misplaced-next`.
struct NextPlacementValidator: ScenarioValidator {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for node in scenario.nodes {
            guard let decision = node.decision, let format = decision.format?.value, let route = decision.route else { continue }
            let name = node.id.map { "node '\($0.value)'" } ?? "a node"
            switch route {
            case .nodeNext:
                if decision.next == nil {
                    diagnostics.append(
                        .error(.missingField, "missing field 'next' in rate \(name); a rate node has one 'next' of its own", at: node.location))
                }
                for option in decision.options {
                    guard let next = option.next else { continue }
                    diagnostics.append(
                        .error(.misplacedNext, "\(option.name) of rate \(name) has a 'next'; move it to the node", at: next.location))
                }
            case .leadingOption:
                if let next = decision.next {
                    diagnostics.append(
                        .error(.misplacedNext, "\(format) \(name) has a 'next' of its own; only rate nodes do, put 'next' on each option", at: next.location))
                }
                for option in decision.options where option.next == nil {
                    diagnostics.append(.error(.missingField, "missing field 'next' in \(option.name) of \(name)", at: option.location))
                }
            }
        }
        return diagnostics
    }
}
