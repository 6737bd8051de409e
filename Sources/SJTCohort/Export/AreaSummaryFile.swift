import SJTCSV
import SJTEngine

/// principles.csv, elements.csv or capabilities.csv: per level and area of one vocabulary, the
/// distribution of the learners' percentages and the share who meet the level's expectation.
struct AreaSummaryFile: ExportFile {
    let context: ExportContext
    let vocabulary: CohortVocabulary
    /// Every vocabulary's rows, worked out once for all the files.
    let summaries: SharedFigures<PerVocabulary<[[CSVCell]]>>

    var name: String { vocabulary.fileName }
    var header: [String] { ["level", vocabulary.idColumn, "learners", "mean", "sd", "min", "median", "max", "share_meets"] }

    func writeRows(to writer: CSVWriter) throws -> Int {
        let rows = summaries.value[vocabulary]
        for row in rows { try writer.write(row) }
        return rows.count
    }

    /// Every vocabulary's rows, a vocabulary at a time: the learners' percentages in one
    /// vocabulary (a `Double` per learner and area) are let go before the next is gathered.
    static func rows(of run: CohortRun, _ scope: SummaryScope, catalogue: Catalogue) -> PerVocabulary<[[CSVCell]]> {
        PerVocabulary { rows(of: AreaDistribution($0, of: run, scope, catalogue: catalogue), catalogue: catalogue) }
    }

    /// The rows of one vocabulary's distribution, in level and catalogue order, leaving out areas
    /// no learner at a level was scored in.
    static func rows(of distribution: AreaDistribution, catalogue: Catalogue) -> [[CSVCell]] {
        let ids = distribution.vocabulary.ids(in: catalogue)
        let meets = catalogue.meetsBand?.from
        var rows: [[CSVCell]] = []
        for (position, level) in LeadershipLevel.allCases.enumerated() {
            for (index, id) in ids.enumerated() {
                let values = distribution.values[position][index].sorted()
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
