import SJTCSV
import SJTDigest
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

/// What writing one file of an export gave: its rows, and its size and SHA-256, taken from its
/// bytes as they were written, so the manifest need not read the file back.
struct WrittenExport {
    var rows: Int
    var file: WrittenFile
}

extension Array where Element == any ExportFile {
    /// Writes each file into `directory` through the libcsv wrapper: the header, then its rows,
    /// committed under its name.
    ///
    /// - Returns: The rows written per file, by file name.
    func write(into directory: String, byteOrderMark: Bool) throws -> [String: Int] {
        try writeDescribed(into: directory, byteOrderMark: byteOrderMark).mapValues(\.rows)
    }

    /// Writes each file into the export folder, and tells the folder each file's size and hash for
    /// the manifest (``ExportFolder/recordWritten(_:_:)``).
    ///
    /// - Returns: The rows written per file, by file name.
    func write(into folder: ExportFolder, byteOrderMark: Bool) throws -> [String: Int] {
        let written = try writeDescribed(into: folder.temporaryPath, byteOrderMark: byteOrderMark)
        for (name, export) in written { folder.recordWritten(name, export.file) }
        return written.mapValues(\.rows)
    }

    /// Writes each file, hashing its bytes as they go out.
    private func writeDescribed(into directory: String, byteOrderMark: Bool) throws -> [String: WrittenExport] {
        var written: [String: WrittenExport] = [:]
        for file in self { written[file.name] = try file.write(into: directory, byteOrderMark: byteOrderMark) }
        return written
    }
}

extension ExportFile {
    /// Writes the file into `directory`: the header, then its rows, committed under its name.
    func write(into directory: String, byteOrderMark: Bool) throws -> WrittenExport {
        let hash = HashOfWrittenBytes()
        let writer = try CSVWriter(path: directory + "/" + name, byteOrderMark: byteOrderMark, observer: hash.update)
        try writer.write(header.map(CSVCell.text))
        let rows = try writeRows(to: writer)
        try writer.commit()
        return WrittenExport(rows: rows, file: WrittenFile(bytes: writer.bytesWritten, sha256: hash.hex()))
    }
}

/// The SHA-256 of the bytes a ``CSVWriter`` writes, as its observer sees them.
private final class HashOfWrittenBytes {
    private var hash = StreamingContentHash()

    func update(_ bytes: UnsafeRawBufferPointer) { hash.update(bytes) }

    func hex() -> String { hash.hex() }
}

/// What every file of one cohort export reads.
struct ExportContext {
    let run: CohortRun
    let catalogue: Catalogue
    let options: CohortExportOptions

    var scope: SummaryScope { SummaryScope(includeIncomplete: options.includeIncomplete) }
}
