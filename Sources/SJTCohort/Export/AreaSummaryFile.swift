import SJTCSV
import SJTEngine

/// principles.csv, elements.csv or capabilities.csv: per level and area of one vocabulary, the
/// distribution of the learners' percentages and the share who meet the level's expectation.
struct AreaSummaryFile: ExportFile {
    let context: ExportContext
    let vocabulary: CohortVocabulary
    /// Every vocabulary's distribution, gathered once for all the files (by learners.csv as it
    /// writes its rows).
    let distributions: SharedFigures<PerVocabulary<AreaDistribution>>

    var name: String { vocabulary.fileName }
    var header: [String] { ["level", vocabulary.idColumn, "learners", "mean", "sd", "min", "median", "max", "share_meets"] }

    func writeRows(to writer: CSVWriter) throws -> Int {
        let rows = Self.rows(of: distributions.value[vocabulary], catalogue: context.catalogue)
        for row in rows { try writer.write(row) }
        return rows.count
    }

    /// The rows of one vocabulary's distribution, in level and catalogue order, leaving out areas
    /// no learner at a level was scored in.
    static func rows(of distribution: AreaDistribution, catalogue: Catalogue) -> [[CSVCell]] {
        let ids = distribution.vocabulary.ids(in: catalogue)
        let meets = catalogue.meetsBand?.from
        var rows: [[CSVCell]] = []
        for (position, level) in LeadershipLevel.allCases.enumerated() {
            for (index, id) in ids.enumerated() {
                let values = distribution.sortedValues(level: position, area: index)
                guard !values.isEmpty else { continue }
                let summary = Summary(values)
                let share = meets.map { threshold in CSVCell.ratio(values.count { $0 >= threshold }, over: values.count, places: 4) }
                rows.append([
                    .text(level.rawValue), .text(id), .integer(values.count),
                    .exact(Fraction.mean(nineDecimals: values), orRounded: summary.mean, places: 2), .decimal(summary.standardDeviation, places: 2),
                    .percentage(summary.minimum), .exact(Fraction.median(nineDecimalsSorted: values), orRounded: summary.median, places: 2),
                    .percentage(summary.maximum), share ?? .empty,
                ])
            }
        }
        return rows
    }
}
