import SJTEngine

/// Principles, elements, capabilities, levels and outcomes must be in the catalogue
/// (`unknown-principle`, `unknown-element`, `unknown-capability`, `unknown-level`, `unknown-outcome`); elements of the senior-only dimensions
/// belong on scenarios written for operational or strategic leaders (`senior-only-element`, a warning).
struct CatalogueReferenceValidator: ScenarioValidator {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let principleIDs = catalogue.principles.map(\.id.rawValue)
        let elementIDs = catalogue.elements.map(\.id.rawValue)
        let capabilityIDs = catalogue.capabilityOrder.map(\.rawValue)
        let levelIDs = LeadershipLevel.allCases.map(\.rawValue)
        let outcomeIDs = catalogue.outcomes.map(\.id.rawValue)
        let hasSeniorLevel = scenario.coveredLevels.contains { $0 >= .operationalLeader }

        func check(_ names: [Located<String>], among known: [String], kind: String) {
            let code: Diagnostic.Code = switch kind {
            case "principle": .unknownPrinciple
            case "element": .unknownElement
            case "capability": .unknownCapability
            case "level": .unknownLevel
            default: .unknownOutcome
            }
            for name in names where !known.contains(name.value) {
                diagnostics.append(
                    .error(
                        code, "unknown \(kind) '\(name.value)'; it is not in the catalogue", at: name.location,
                        notes: [Diagnostic.suggestion(for: name.value, among: known)].compactMap { $0 }))
            }
        }
        func checkElements(_ names: [Located<String>]) {
            check(names, among: elementIDs, kind: "element")
            guard !hasSeniorLevel else { return }
            for name in names {
                guard let dimension = catalogue.dimension(of: ElementID(name.value)), dimension.isSeniorOnly else { continue }
                diagnostics.append(
                    .warning(
                        .seniorOnlyElement,
                        "element '\(name.value)' belongs to '\(dimension.name)', for senior staff only, but the scenario is not written for operational or strategic leaders",
                        at: name.location))
            }
        }

        check(scenario.principles, among: principleIDs, kind: "principle")
        checkElements(scenario.elements)
        check(scenario.capabilities, among: capabilityIDs, kind: "capability")
        check(scenario.levels, among: levelIDs, kind: "level")
        if scenario.levels.isEmpty, scenario.id != nil {
            diagnostics.append(.error(.missingField, "the scenario names no levels; list the levels it is written for", at: scenario.location))
        }
        for node in scenario.nodes {
            switch node.kind {
            case .decision(let decision):
                check(decision.principles, among: principleIDs, kind: "principle")
                checkElements(decision.elements)
                check(decision.capabilities, among: capabilityIDs, kind: "capability")
                for option in decision.options {
                    check(option.upholds + option.breaches, among: principleIDs, kind: "principle")
                }
            case .ending(let ending):
                check([ending.outcome].compactMap { $0 }, among: outcomeIDs, kind: "outcome")
            case .unknown:
                break
            }
        }
        return diagnostics
    }
}
