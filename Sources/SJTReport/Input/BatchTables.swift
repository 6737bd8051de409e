import Dispatch
import Foundation
import SJTCSV
import SJTCohort

/// The CSV files of a `sjt batch` folder that the report reads, each read once.
///
/// responses.csv, tests.csv and rejects.csv are not read: the report's figures are the summaries'
/// and the item analysis's, and the manifest has the rows rejected.
struct BatchTables: Sendable {
    let learners: ReportTally
    let attempts: ReportTally
    let principles: ReportTable
    let elements: ReportTable
    let capabilities: ReportTable
    let items: ReportTable
    let options: ReportTable

    /// - Parameter written: Tallies the export's writers took of the files as they wrote them, by
    ///   file name; a file without one counted by the columns needed is read back.
    /// - Throws: ``ReportError`` for a file that is missing or cannot be read back.
    init(folder: String, written: [String: WrittenTally] = [:]) throws(ReportError) {
        // The two files with a row per learner or attempt, most of what the report reads, are only
        // counted by the columns the report needs: from their writers' tallies, or read at once,
        // one per thread.
        let long = TalliesReadAtOnce(
            folder: folder, [("learners.csv", ["cohort", "level", "band"]), ("attempts.csv", ["level", "complete"])], written: written)
        learners = try long.tally(0)
        attempts = try long.tally(1)
        principles = try ReportTable(folder: folder, file: "principles.csv")
        elements = try ReportTable(folder: folder, file: "elements.csv", optional: true)
        capabilities = try ReportTable(folder: folder, file: "capabilities.csv", optional: true)
        items = try ReportTable(folder: folder, file: "items.csv")
        options = try ReportTable(folder: folder, file: "options.csv")
    }

    /// The cohorts the learners belong to, as written before the export made them safe for a
    /// spreadsheet, each once, sorted.
    func cohorts() throws(ReportError) -> [String] {
        Array(Set(try learners.values(of: "cohort").map(CSVCell.readBack))).sorted()
    }
}

/// Files counted on a thread each: the result of each, kept in the order named.
private final class TalliesReadAtOnce: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock` while the reads run.
    private var results: [Result<ReportTally, ReportError>?]

    init(folder: String, _ files: [(file: String, countingBy: [String])], written: [String: WrittenTally]) {
        results = Array(repeating: nil, count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let (file, columns) = files[index]
            let result = Result { () throws(ReportError) -> ReportTally in
                if let tally = written[file], tally.columns == columns { return ReportTally(file: file, written: tally) }
                return try ReportTally(folder: folder, file: file, countingBy: columns)
            }
            lock.lock()
            results[index] = result
            lock.unlock()
        }
    }

    /// The file counted `index`th, or the error reading it gave.
    func tally(_ index: Int) throws(ReportError) -> ReportTally { try results[index]!.get() }
}
