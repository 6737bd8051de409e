/// The CSV files of a `sjt compare` folder that the report reads: summary.csv for the figures,
/// unmatched.csv for who could not be compared. changes.csv, one row per learner, is not read.
struct ComparisonTables: Sendable {
    let summary: ReportTable
    let unmatched: ReportTable

    /// - Throws: ``ReportError`` for a file that is missing or cannot be read back.
    init(folder: String) throws(ReportError) {
        summary = try ReportTable(folder: folder, file: "summary.csv")
        unmatched = try ReportTable(folder: folder, file: "unmatched.csv")
    }
}
