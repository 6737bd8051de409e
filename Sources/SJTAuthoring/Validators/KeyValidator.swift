import SJTEngine

/// Expert keys: a known rating at every level the scenario covers (`missing-key`, `unknown-rating`,
/// `unknown-level`), no levels it does not cover (`level-not-in-scenario`, a warning), and at each
/// level a decision whose options are not all rated the same (`no-distinct-best`, a warning).
struct KeyValidator: ScenarioValidator {
    func validate(_ scenario: AuthoredScenario, catalogue: Catalogue) -> [Diagnostic] {
        let covered = scenario.coveredLevels
        var diagnostics: [Diagnostic] = []
        for node in scenario.nodes {
            guard let decision = node.decision else { continue }
            var ratingsByLevel: [LeadershipLevel: [String]] = [:]
            for option in decision.options {
                guard let key = option.key else { continue }
                // Levels the author gave a rating for, right or wrong: a wrong one is reported as unknown, not missing.
                var given = Set<LeadershipLevel>()
                var keyed: [LeadershipLevel: String] = [:]
                let location: FileLocation
                switch key {
                case .all(let rating):
                    location = rating.location
                    given = Set(covered)
                    if check(rating, catalogue: catalogue, into: &diagnostics) {
                        for level in covered { keyed[level] = rating.value }
                    }
                case .perLevel(let entries):
                    location = entries.first?.level.location ?? option.location
                    for entry in entries {
                        guard let level = LevelReference.resolve(entry.level, covered: covered, owner: option.name, into: &diagnostics)
                        else { continue }
                        given.insert(level)
                        if check(entry.value, catalogue: catalogue, into: &diagnostics) { keyed[level] = entry.value.value }
                    }
                }
                for level in covered where !given.contains(level) {
                    diagnostics.append(
                        .error(.missingKey, "\(option.name) has no rating for level '\(level)'", at: location))
                }
                for (level, rating) in keyed { ratingsByLevel[level, default: []].append(rating) }
            }
            guard let name = node.id?.value, decision.options.count >= 2 else { continue }
            for level in covered {
                let ratings = ratingsByLevel[level] ?? []
                guard ratings.count == decision.options.count, Set(ratings).count == 1 else { continue }
                diagnostics.append(
                    .warning(
                        .noDistinctBest,
                        "every option of node '\(name)' is rated '\(ratings[0])' at level '\(level)', so the decision cannot tell learners apart",
                        at: decision.optionsLocation ?? node.location))
            }
        }
        return diagnostics
    }

    /// Reports an unknown rating; returns whether the rating is on the scale.
    private func check(_ rating: Located<String>, catalogue: Catalogue, into diagnostics: inout [Diagnostic]) -> Bool {
        guard catalogue.scale.rating(RatingID(rating.value)) == nil else { return true }
        let ids = catalogue.scale.ratings.map(\.id.rawValue)
        diagnostics.append(
            .error(
                .unknownRating, "unknown rating '\(rating.value)'; the catalogue's ratings are \(ids.joined(separator: ", "))",
                at: rating.location, notes: [Diagnostic.suggestion(for: rating.value, among: ids)].compactMap { $0 }))
        return false
    }
}

/// Resolves a level named as a key in `key:` or `feedback:`.
enum LevelReference {
    /// - Returns: The level, or `nil` (reported) when it is not a level; a level the scenario does
    ///   not cover is returned and warned about.
    static func resolve(
        _ name: Located<String>, covered: [LeadershipLevel], owner: String, into diagnostics: inout [Diagnostic]
    ) -> LeadershipLevel? {
        guard let level = LeadershipLevel(rawValue: name.value) else {
            let ids = LeadershipLevel.allCases.map(\.rawValue)
            diagnostics.append(
                .error(
                    .unknownLevel, "unknown level '\(name.value)'; the levels are \(ids.joined(separator: ", "))",
                    at: name.location, notes: [Diagnostic.suggestion(for: name.value, among: ids)].compactMap { $0 }))
            return nil
        }
        if !covered.contains(level) {
            diagnostics.append(
                .warning(
                    .levelNotInScenario,
                    "\(owner) names level '\(level)', which the scenario's 'levels' does not include", at: name.location))
        }
        return level
    }
}
