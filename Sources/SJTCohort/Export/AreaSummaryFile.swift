import SJTCSV
import SJTEngine

/// principles.csv or elements.csv: per level and area of one vocabulary, the distribution of the
/// learners' percentages and the share who meet the level's expectation.
struct AreaSummaryFile: ExportFile {
    let context: ExportContext
    let vocabulary: CohortVocabulary
    /// The learners' percentages in the areas of every vocabulary.
    let distributions: SharedFigures<PerVocabulary<AreaDistribution>>

    var name: String { vocabulary.fileName }
    var header: [String] { ["level", vocabulary.idColumn, "learners", "mean", "sd", "min", "median", "max", "share_meets"] }

    func writeRows(to writer: CSVWriter) throws -> Int {
        let distribution = distributions.value[vocabulary]
        let ids = vocabulary.ids(in: context.catalogue)
        let meets = context.catalogue.meetsBand?.from
        var count = 0
        for (position, level) in LeadershipLevel.allCases.enumerated() {
            for (index, id) in ids.enumerated() {
                let values = distribution.values[position][index].sorted()
                guard !values.isEmpty else { continue }
                let summary = Summary(values)
                let share = meets.map { threshold in CSVCell.ratio(values.count { $0 >= threshold }, over: values.count, places: 4) }
                try writer.write([
                    .text(level.rawValue), .text(id), .integer(values.count),
                    .exact(Fraction.mean(nineDecimals: values), orRounded: summary.mean, places: 2), .decimal(summary.standardDeviation, places: 2),
                    .percentage(summary.minimum), .exact(Fraction.median(nineDecimalsSorted: values), orRounded: summary.median, places: 2),
                    .percentage(summary.maximum), share ?? .empty,
                ])
                count += 1
            }
        }
        return count
    }
}
