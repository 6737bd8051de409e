import SJTCSV
import SJTEngine

/// One CSV file of a cohort export: its name, its header, and its rows in a stable order.
///
/// ``CohortExport`` opens the writer, writes the header, asks the file for its rows and commits;
/// a file only says what its rows are. What several files share (the run, the catalogue, which
/// attempts are summarised, how rejects are redacted) is in ``ExportContext``.
protocol ExportFile {
    /// `responses.csv`
    var name: String { get }
    var header: [String] { get }
    /// Writes every row after the header.
    ///
    /// - Returns: The number of rows written.
    func writeRows(to writer: CSVWriter) throws -> Int
}

extension Array where Element == any ExportFile {
    /// Writes each file into `directory` through the libcsv wrapper: the header, then its rows,
    /// committed under its name.
    ///
    /// - Returns: The rows written per file, by file name.
    func write(into directory: String, byteOrderMark: Bool) throws -> [String: Int] {
        var written: [String: Int] = [:]
        for file in self {
            let writer = try CSVWriter(path: directory + "/" + file.name, byteOrderMark: byteOrderMark)
            try writer.write(file.header.map(CSVCell.text))
            written[file.name] = try file.writeRows(to: writer)
            try writer.commit()
        }
        return written
    }
}

/// What every file of one cohort export reads.
struct ExportContext {
    let run: CohortRun
    let catalogue: Catalogue
    let options: CohortExportOptions

    var scope: SummaryScope { SummaryScope(includeIncomplete: options.includeIncomplete) }
}
