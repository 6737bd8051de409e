import SJTEngine

/// Feedback text for every level the scenario covers, from a level of its own or `default`
/// (`missing-feedback`); level names checked as for keys.
struct FeedbackValidator: ScenarioValidator {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic] {
        let covered = scenario.coveredLevels
        var diagnostics: [Diagnostic] = []
        for node in scenario.nodes {
            for option in node.decision?.options ?? [] {
                guard case .perLevel(let entries) = option.feedback else { continue }
                var given = Set<LeadershipLevel>()
                var hasDefault = false
                for entry in entries {
                    if entry.level.value == "default" {
                        hasDefault = true
                    } else if let level = LevelReference.resolve(entry.level, covered: covered, option: option, into: &diagnostics) {
                        given.insert(level)
                    }
                }
                guard !hasDefault else { continue }
                for level in covered where !given.contains(level) {
                    diagnostics.append(
                        .error(
                            .missingFeedback,
                            "\(option.name) has no feedback for level '\(level)'; add it, or a 'default'",
                            at: entries.first?.level.location ?? option.location))
                }
            }
        }
        return diagnostics
    }
}
