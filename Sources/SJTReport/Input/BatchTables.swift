import SJTCSV

/// The CSV files of a `sjt batch` folder that the report reads, each read once.
///
/// responses.csv, tests.csv and rejects.csv are not read: the report's figures are the summaries'
/// and the item analysis's, and the manifest has the rows rejected.
struct BatchTables: Sendable {
    let learners: ReportTable
    let attempts: ReportTable
    let principles: ReportTable
    let elements: ReportTable
    let capabilities: ReportTable
    let items: ReportTable
    let options: ReportTable

    /// - Throws: ``ReportError`` for a file that is missing or cannot be read back.
    init(folder: String) throws(ReportError) {
        // The two files with a row per learner or attempt are read for the columns the report counts.
        learners = try ReportTable(folder: folder, file: "learners.csv", keeping: ["cohort", "level", "band"])
        attempts = try ReportTable(folder: folder, file: "attempts.csv", keeping: ["level", "complete"])
        principles = try ReportTable(folder: folder, file: "principles.csv")
        elements = try ReportTable(folder: folder, file: "elements.csv", optional: true)
        capabilities = try ReportTable(folder: folder, file: "capabilities.csv", optional: true)
        items = try ReportTable(folder: folder, file: "items.csv")
        options = try ReportTable(folder: folder, file: "options.csv")
    }

    /// The cohorts the learners belong to, as written before the export made them safe for a
    /// spreadsheet, each once, sorted.
    func cohorts() throws(ReportError) -> [String] {
        Array(Set(try learners.select(["cohort"]).map { CSVCell.readBack($0[0]) })).sorted()
    }
}
