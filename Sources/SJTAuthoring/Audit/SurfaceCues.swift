import SJTEngine

/// Surface cues of one decision at one level: what a test-wise reader could find without knowing
/// anything about practice.
///
/// Ties are handled exactly: "keyed best is the longest" is the share of the longest options that
/// are keyed best, so a decision whose options are all equally long scores what chance gives.
public struct SurfaceCues: Sendable, Equatable, Codable {
    public var scenario: String
    public var node: String
    public var level: String
    public var options: Int
    public var shortest: Int
    public var longest: Int
    /// Longest ÷ shortest option text, in characters.
    public var lengthRatio: Double
    /// How many of the longest options are keyed best, over how many options are longest.
    public var keyedBestLongest: Double
    /// Whether the option written first in the file is keyed best.
    public var keyedBestFirst: Bool
    /// Keyed-best options over options: the share of either cue chance would give.
    public var chance: Double
    /// How much the decision counts in the means (`weight:`, 1 unless the author said otherwise).
    public var weight: Double

    /// Measures a decision's options at a level; keyed best through ``Scorer/bestChoiceIndices(in:at:)``.
    ///
    /// - Complexity: O(*n*) in options.
    init(scenario: ScenarioID, node: NodeID, decision: Decision, level: LeadershipLevel, scorer: Scorer) {
        let lengths = decision.choices.map { $0.auditLength(at: level) }
        let best = Set(scorer.bestChoiceIndices(in: decision, at: level))
        let longest = lengths.max() ?? 0, shortest = lengths.min() ?? 0
        let longestIndices = lengths.indices.filter { lengths[$0] == longest }
        self.scenario = scenario.rawValue
        self.node = node.rawValue
        self.level = level.rawValue
        self.options = lengths.count
        self.shortest = shortest
        self.longest = longest
        self.lengthRatio = shortest > 0 ? Double(longest) / Double(shortest) : Double(longest)
        self.keyedBestLongest = Double(longestIndices.count { best.contains($0) }) / Double(max(longestIndices.count, 1))
        self.keyedBestFirst = best.contains(0)
        self.weight = decision.weight
        self.chance = Double(best.count) / Double(max(lengths.count, 1))
    }
}

/// The bank's surface cues at one level: the share of decisions where the keyed best is the longest
/// and where it is first, beside chance.
public struct SurfaceCueShares: Sendable, Equatable, Codable {
    public var level: String
    public var decisions: Int
    public var keyedBestLongest: Double
    public var keyedBestFirst: Double
    public var chance: Double
    public var medianLengthRatio: Double

    /// - Precondition: every cue is at `level`.
    init(level: LeadershipLevel, cues: [SurfaceCues]) {
        let count = Double(max(cues.count, 1))
        self.level = level.rawValue
        self.decisions = cues.count
        self.keyedBestLongest = cues.map(\.keyedBestLongest).reduce(0, +) / count
        self.keyedBestFirst = Double(cues.count(where: \.keyedBestFirst)) / count
        self.chance = cues.map(\.chance).reduce(0, +) / count
        let ratios = cues.map(\.lengthRatio).sorted()
        self.medianLengthRatio = ratios.isEmpty ? 0 : (ratios[(ratios.count - 1) / 2] + ratios[ratios.count / 2]) / 2
    }
}
