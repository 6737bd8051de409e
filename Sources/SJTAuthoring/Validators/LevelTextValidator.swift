import SJTEngine

/// Text for every level the scenario covers, from a level of its own or `default`: feedback
/// (`missing-feedback`), and the seat, situations, questions and option texts that put each level
/// in a seat of its own (`missing-level-text`). Level names are checked as for keys: an unknown one
/// is an error, one the scenario does not cover a warning.
struct LevelTextValidator: ScenarioValidator {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic] {
        let covered = scenario.coveredLevels
        var diagnostics: [Diagnostic] = []
        func check(_ text: AuthoredPerLevel?, field: String, of owner: String, at location: FileLocation, code: Diagnostic.Code) {
            guard case .perLevel(let entries) = text else { return }
            var given = Set<LeadershipLevel>()
            var hasDefault = false
            for entry in entries {
                if entry.level.value == "default" {
                    hasDefault = true
                } else if let level = LevelReference.resolve(entry.level, covered: covered, owner: owner, into: &diagnostics) {
                    given.insert(level)
                }
            }
            guard !hasDefault else { return }
            for level in covered where !given.contains(level) {
                diagnostics.append(
                    .error(
                        code, "\(owner) has no \(field) for level '\(level)'; add it, or a 'default'",
                        at: entries.first?.level.location ?? location))
            }
        }
        check(scenario.seat, field: "seat", of: "the scenario", at: scenario.location, code: .missingLevelText)
        for node in scenario.nodes {
            guard let decision = node.decision else { continue }
            let name = node.id.map { "node '\($0.value)'" } ?? "a node"
            check(decision.situation, field: "situation", of: name, at: node.location, code: .missingLevelText)
            check(decision.prompt, field: "prompt", of: name, at: node.location, code: .missingLevelText)
            for option in decision.options {
                check(option.text, field: "text", of: option.name, at: option.location, code: .missingLevelText)
                check(option.feedback, field: "feedback", of: option.name, at: option.location, code: .missingFeedback)
            }
        }
        return diagnostics
    }
}
