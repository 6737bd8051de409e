import SJTEngine

/// How differently a scenario is keyed at two of the levels it covers: of its decisions, the share
/// where the keyed-best option differs, and the share where any option's rating differs.
public struct LevelDifferentiation: Sendable, Equatable, Codable {
    public var scenario: String
    public var lower: String
    public var upper: String
    public var decisions: Int
    public var keyedBestDiffers: Int
    public var ratingDiffers: Int

    public var keyedBestDiffersShare: Double { decisions > 0 ? Double(keyedBestDiffers) / Double(decisions) : 0 }
    public var ratingDiffersShare: Double { decisions > 0 ? Double(ratingDiffers) / Double(decisions) : 0 }

    /// Every pair of levels the scenario covers, lower level first.
    ///
    /// - Complexity: O(levels² × decisions × options).
    static func pairs(in scenario: Scenario, scorer: Scorer) -> [LevelDifferentiation] {
        let decisions = scenario.nodes.compactMap(\.decision)
        var result: [LevelDifferentiation] = []
        for (index, lower) in scenario.levels.enumerated() {
            for upper in scenario.levels[(index + 1)...] {
                let best = decisions.count { Set(scorer.bestChoiceIndices(in: $0, at: lower)) != Set(scorer.bestChoiceIndices(in: $0, at: upper)) }
                let rating = decisions.count { $0.choices.contains { $0.key[lower] != $0.key[upper] } }
                result.append(
                    LevelDifferentiation(
                        scenario: scenario.id.rawValue, lower: lower.rawValue, upper: upper.rawValue, decisions: decisions.count,
                        keyedBestDiffers: best, ratingDiffers: rating))
            }
        }
        return result
    }
}
