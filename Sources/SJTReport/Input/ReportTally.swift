import SJTCohort

/// A CSV file with a row per learner or attempt, counted by the few columns the report needs
/// (learners.csv by level and band, attempts.csv by level and completion), read back through SJTCSV
/// like every ``ReportTable``, or taken from the tally its writer made of the same cells as it wrote
/// them (``WrittenTally``), which `sjt batch` passes on so as not to read the file back.
///
/// Only each distinct combination of those cells and its number of rows is kept, so the report's
/// memory does not grow with the cohort: a million learners' export has a few dozen combinations.
struct ReportTally: Sendable {
    /// The file's name in the folder, e.g. `learners.csv`.
    let file: String
    /// The columns counted by, in the order named.
    let header: [String]
    /// Each combination of the counted cells, with the rows that have it.
    let groups: [[String]: Int]

    /// - Throws: ``ReportError`` when the file is missing, is not CSV, or lacks a column named.
    init(folder: String, file: String, countingBy columns: [String]) throws(ReportError) {
        self.file = file
        var groups: [[String]: Int] = [:]
        header = try ReportTable.scan(folder: folder, file: file, keeping: columns) { groups[$0, default: 0] += 1 }
        self.groups = groups
    }

    /// The tally the file's writer took as it wrote the rows, counted by the same cells.
    init(file: String, written: WrittenTally) {
        self.file = file
        header = written.columns
        groups = written.groups
    }

    /// The rows whose counted cells (in ``header``'s order) satisfy `predicate`.
    func rows(where predicate: ([String]) -> Bool) -> Int {
        groups.reduce(0) { total, group in predicate(group.key) ? total + group.value : total }
    }

    /// The distinct values of one counted column, sorted.
    ///
    /// - Throws: ``ReportError/missingColumn(_:column:)`` for a column not counted by.
    func values(of column: String) throws(ReportError) -> [String] {
        guard let position = header.firstIndex(of: column) else { throw .missingColumn(file, column: column) }
        return Array(Set(groups.keys.map { $0[position] })).sorted()
    }
}
