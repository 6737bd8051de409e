import SJTEngine

/// What one path through a scenario can earn at one level, beside the outcome of its ending: the
/// least and the most percentage over every response that follows the path (rank, rate and
/// best-worst responses change the score without changing the path).
///
/// Percentages are the keys' own, uncapped: a cap on the band a negative ending reaches would hide
/// exactly the incoherence this shows.
public struct PathCoherence: Sendable, Equatable, Codable {
    public var scenario: String
    public var level: String
    /// `node -[options]-> node … -> ending`, as `sjt paths` writes it.
    public var route: String
    public var ending: String
    public var outcome: String
    public var leastPercentage: Double
    public var mostPercentage: Double
    public var leastBand: String
    public var mostBand: String

    /// Every path of a scenario at every level it covers.
    ///
    /// A path's least and most percentage are the engine's: the weighted mean of each decision's
    /// worst and best response that leads on along it (``Scorer/extremes(at:leadingTo:level:)``),
    /// added up as ``Credit``, as an attempt's percentage is.
    ///
    /// - Complexity: O(paths × levels × path length) once each decision's extremes are known;
    ///   they are worked out once per node, target and level.
    static func paths(in scenario: Scenario, catalogue: Catalogue, scorer: Scorer) -> [PathCoherence] {
        struct Key: Hashable { var node: NodeID; var next: NodeID; var level: LeadershipLevel }
        var extremes: [Key: (lowest: DecisionScore, highest: DecisionScore)?] = [:]
        var result: [PathCoherence] = []
        for path in scenario.paths() {
            let route = path.steps.map { "\($0.node) -[\($0.via.map(\.rawValue).joined(separator: ","))]-> " }.joined() + path.ending.rawValue
            let outcome = scenario.node(path.ending)?.ending?.outcome.rawValue ?? ""
            for level in scenario.levels {
                var least = Credit.none, most = Credit.none
                for (index, step) in path.steps.enumerated() {
                    guard let decision = scenario.node(step.node)?.decision else { continue }
                    let next = index + 1 < path.steps.count ? path.steps[index + 1].node : path.ending
                    let key = Key(node: step.node, next: next, level: level)
                    if extremes[key] == nil { extremes[key] = scorer.extremes(at: decision, leadingTo: next, level: level) }
                    guard let range = extremes[key] ?? nil else { continue }
                    least.add(range.lowest, weight: decision.weight)
                    most.add(range.highest, weight: decision.weight)
                }
                // A path with nothing to earn has no percentage; it is neither coherent nor not.
                guard let low = least.percentage, let high = most.percentage else { continue }
                result.append(
                    PathCoherence(
                        scenario: scenario.id.rawValue, level: level.rawValue, route: route, ending: path.ending.rawValue,
                        outcome: outcome, leastPercentage: low, mostPercentage: high,
                        leastBand: catalogue.band(forPercentage: low)?.id.rawValue ?? "",
                        mostBand: catalogue.band(forPercentage: high)?.id.rawValue ?? ""))
            }
        }
        return result
    }
}
