import SJTCSV
import SJTEngine

/// options.csv: per decision and option, how often it was chosen at each level and how those who
/// chose it did.
struct OptionsFile: ExportFile {
    let context: ExportContext
    let analyses: SharedFigures<[TestAnalysis]>

    let name = "options.csv"
    let header = [
        "scenario_id", "level", "node_id", "option_id", "keyed", "chosen", "share", "mean_attempt_percentage",
        "mean_rest_percentage",
    ]

    func writeRows(to writer: CSVWriter) throws -> Int {
        let tests = analyses.value
        let run = context.run
        var count = 0
        for test in tests {
            for (item, node) in test.nodes.enumerated() {
                guard let decision = test.scenario.node(node)?.decision else { continue }
                let reached = test.patterns.indices.reduce(0) { $0 + (test.answer($1, item) != nil ? test.patterns[$1].count : 0) }
                guard reached > 0 else { continue }
                // Answers that follow the node's own `next` (rate) lead with no option: "chosen" has no meaning there.
                let leadsWithNone = decision.format.route == .nodeNext
                for choice in decision.choices {
                    let choosers = test.patterns.indices.filter { test.chose(choice.id, $0, item) }
                    let chosen = choosers.reduce(0) { $0 + test.patterns[$1].count }
                    let attemptMean = Summary(weighted: choosers.compactMap { pattern in
                        run.paths[Int(test.patterns[pattern].path)].percentage.map { ($0, test.patterns[pattern].count) }
                    }).mean
                    let exactAttemptMean = Fraction.mean(choosers.compactMap { pattern in
                        test.exactPercentages[pattern].map { ($0, test.patterns[pattern].count) }
                    })
                    let restMean = Summary(weighted: choosers.compactMap { pattern in
                        test.analysis.restScores[pattern][item].map { ($0, test.patterns[pattern].count) }
                    }).mean
                    let exactRestMean = Fraction.mean(choosers.compactMap { pattern in
                        test.analysis.restScores[pattern][item].map { _ in (test.exactRest(pattern, item), test.patterns[pattern].count) }
                    })
                    try writer.write([
                        .text(test.scenario.id.rawValue), .text(test.level.rawValue), .text(node.rawValue), .text(choice.id.rawValue),
                        .text(orEmpty: choice.key[test.level]?.rawValue), leadsWithNone ? .empty : .integer(chosen),
                        leadsWithNone ? .empty : .ratio(chosen, over: reached, places: 4),
                        leadsWithNone ? .empty : .exact(exactAttemptMean, orRounded: attemptMean, places: 2),
                        leadsWithNone ? .empty : .exact(exactRestMean.flatMap { $0 * 100 }, orRounded: restMean.map { $0 * 100 }, places: 2),
                    ])
                    count += 1
                }
            }
        }
        return count
    }
}
