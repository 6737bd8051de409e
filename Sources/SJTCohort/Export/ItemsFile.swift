import SJTCSV
import SJTEngine

/// items.csv: per scenario, level and decision, how the cohort did on it and what an author
/// should look at (``ItemFlags``).
struct ItemsFile: ExportFile {
    let context: ExportContext
    let analyses: SharedFigures<[TestAnalysis]>

    let name = "items.csv"
    let header = [
        "scenario_id", "level", "node_id", "format", "reached", "mean_points", "maximum", "facility", "sd",
        "discrimination_index", "discriminative_efficiency", "flags",
    ]

    func writeRows(to writer: CSVWriter) throws -> Int {
        let tests = analyses.value
        var count = 0
        let flags = ItemFlags(scale: context.catalogue.scale)
        for test in tests {
            for (item, node) in test.nodes.enumerated() {
                let answers = test.patterns.indices.compactMap { pattern in
                    test.answer(pattern, item).map { (step: $0, count: test.patterns[pattern].count) }
                }
                // A decision that earns nothing at the level (maximum 0) has no item score: no row.
                guard !answers.isEmpty, let decision = test.scenario.node(node)?.decision, answers[0].step.score.maximum > 0
                else { continue }
                let figures = test.analysis.items[item]
                let maximum = answers[0].step.score.maximum
                let reached = answers.reduce(0) { $0 + $1.count }, points = answers.reduce(0) { $0 + $1.count * $1.step.score.points }
                // Whole points over whole maxima, rounded from the exact ratio; the maximum is the
                // decision's at the level, the same in every answer of one scenario version.
                let facility = answers.allSatisfy { $0.step.score.maximum == maximum }
                    ? CSVCell.ratio(points, over: maximum * reached, places: 4) : .decimal(figures.facility, places: 4)
                try writer.write([
                    .text(test.scenario.id.rawValue), .text(test.level.rawValue), .text(node.rawValue), .text(decision.format.rawValue),
                    .integer(reached), .ratio(points, over: reached, places: 4), .integer(maximum), facility,
                    .decimal(figures.standardDeviation, places: 4),
                    .decimal(figures.discriminationIndex, places: 2), .decimal(figures.discriminativeEfficiency, places: 2),
                    .text(flags.flags(for: decision, item: item, in: test).joined(separator: " ")),
                ])
                count += 1
            }
        }
        return count
    }
}
