import Foundation
import SJTEngine

/// Every path through a scenario with its number of decisions and the most it can score per level.
public struct PathReport: Sendable {
    public var scenario: Scenario
    public var catalogue: Catalogue

    public init(scenario: Scenario, catalogue: Catalogue) {
        self.scenario = scenario
        self.catalogue = catalogue
    }

    /// One line per path: `1. backlog -[a]-> cause -[a]-> good-end (positive)`, then its decision count
    /// and best score per level as points/maximum and percentage.
    public func text() -> String {
        let scorer = Scorer(scale: catalogue.scale)
        let limit = 10_000
        let paths = scenario.paths(limit: limit)
        var lines = ["\(scenario.id): \(paths.count) \(paths.count == 1 ? "path" : "paths")"]
        if paths.count == limit {
            lines[0] = "\(scenario.id): more than \(limit) paths; the first \(limit) are listed"
        }
        for (index, path) in paths.enumerated() {
            var route = ""
            for step in path.steps { route += "\(step.node) -[\(step.via.map(\.rawValue).joined(separator: ","))]-> " }
            let outcome = scenario.node(path.ending)?.ending?.outcome.rawValue ?? ""
            lines.append("")
            lines.append("\(index + 1). \(route)\(path.ending) (\(outcome))")
            lines.append("   \(path.decisionCount) \(path.decisionCount == 1 ? "decision" : "decisions")")
            for level in scenario.levels {
                let best = scorer.best(along: path, in: scenario, at: level)
                let percent = best.maximum > 0 ? "\(Int((Double(best.points) * 100 / Double(best.maximum)).rounded()))%" : "no maximum"
                lines.append("   \(level.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)) best \(best.points)/\(best.maximum) (\(percent))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
