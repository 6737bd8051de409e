import SJTCSV
import SJTEngine

/// tests.csv: per scenario and level, the reliability figures of its attempts (docs/statistics.md).
struct TestsFile: ExportFile {
    let context: ExportContext
    let analyses: SharedFigures<[TestAnalysis]>

    let name = "tests.csv"
    let header = [
        "scenario_id", "level", "attempts", "items", "mean_total", "median_total", "sd_total", "skewness", "kurtosis",
        "mean_percentage", "sd_percentage", "alpha", "error_ratio", "sem", "sem_percentage",
    ]

    func writeRows(to writer: CSVWriter) throws -> Int {
        let tests = analyses.value
        let run = context.run
        for test in tests {
            let figures = test.analysis.test
            let percentages = Summary(weighted: test.patterns.compactMap { pattern in
                run.paths[Int(pattern.path)].percentage.map { ($0, pattern.count) }
            })
            let exactTotals = test.patterns.indices.map { (value: test.exactTotals[$0], count: test.patterns[$0].count) }
            let exactPercentages = test.patterns.indices.compactMap { pattern in
                test.exactPercentages[pattern].map { (value: Optional($0), count: test.patterns[pattern].count) }
            }
            let semPercentage = figures.alpha.flatMap { alpha in
                percentages.standardDeviation.flatMap { alpha <= 1 ? $0 * (1 - alpha).squareRoot() : nil }
            }
            try writer.write([
                .text(test.scenario.id.rawValue), .text(test.level.rawValue), .integer(figures.attempts), .integer(figures.items),
                .exact(Fraction.mean(exactTotals), orRounded: figures.total.mean, places: 4),
                .exact(Fraction.median(exactTotals), orRounded: figures.total.median, places: 4),
                .decimal(figures.total.standardDeviation, places: 4), .decimal(figures.skewness, places: 4),
                .decimal(figures.kurtosis, places: 4), .exact(Fraction.mean(exactPercentages), orRounded: percentages.mean, places: 2),
                .decimal(percentages.standardDeviation, places: 2), .decimal(figures.alpha, places: 4),
                .decimal(figures.errorRatio, places: 2), .decimal(figures.standardErrorOfMeasurement, places: 4),
                .decimal(semPercentage, places: 2),
            ])
        }
        return tests.count
    }
}
