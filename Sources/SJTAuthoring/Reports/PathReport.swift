import Foundation
import SJTEngine

/// Every path through a scenario with its number of decisions and, per level, the range of
/// percentages and bands it can earn under the engine's rules: the worst and the best a learner
/// going that way can do, the bands after the ending's cap.
public struct PathReport: Sendable {
    public var scenario: Scenario
    public var catalogue: Catalogue

    public init(scenario: Scenario, catalogue: Catalogue) {
        self.scenario = scenario
        self.catalogue = catalogue
    }

    /// One block per path:
    ///
    /// ```
    /// 3. backlog -[b]-> audit -[a,b,c]-> poor-end (negative, band at most developing)
    ///    2 decisions
    ///    frontline-worker    36–75%   below–developing (capped; uncapped below–meets)
    /// ```
    ///
    /// Percentages are rounded to whole numbers; both come from ``Scorer/range(along:in:at:)`` and
    /// both bands from ``Catalogue/band(forPercentage:endingIn:)``, so the report can never disagree
    /// with what a learner is given.
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
            let outcome = scenario.node(path.ending)?.ending?.outcome
            let cap = outcome.flatMap { catalogue.outcome($0)?.highestBand }.map { ", band at most \($0)" } ?? ""
            lines.append("")
            lines.append("\(index + 1). \(route)\(path.ending) (\(outcome?.rawValue ?? "")\(cap))")
            lines.append("   \(path.decisionCount) \(path.decisionCount == 1 ? "decision" : "decisions")")
            for level in scenario.levels {
                let range = scorer.range(along: path, in: scenario, at: level)
                let name = level.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)
                guard let low = range.lowest.percentage, let high = range.highest.percentage else {
                    lines.append("   \(name) no maximum")
                    continue
                }
                func bands(_ outcome: OutcomeID?) -> String {
                    let lowBand = catalogue.band(forPercentage: low, endingIn: outcome)?.id.rawValue ?? ""
                    let highBand = catalogue.band(forPercentage: high, endingIn: outcome)?.id.rawValue ?? ""
                    return lowBand == highBand ? lowBand : "\(lowBand)–\(highBand)"
                }
                let capped = bands(outcome), uncapped = bands(nil)
                let note = capped == uncapped ? "" : " (capped; uncapped \(uncapped))"
                let percentages = "\(Percent.number(low))–\(Percent.number(high))%".padding(toLength: 8, withPad: " ", startingAt: 0)
                lines.append("   \(name) \(percentages) \(capped)\(note)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

}
