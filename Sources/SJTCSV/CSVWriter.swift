internal import CLibCSV
import Foundation

/// Writes RFC 4180 CSV for spreadsheets: UTF-8, a byte order mark by default (so Excel shows
/// non-ASCII names right), CRLF line endings, a field quoted by libcsv only when it holds the
/// delimiter, a quote, a line break or leading or trailing spaces.
///
/// The file is written under a temporary name beside the destination and renamed into place by
/// ``commit()``: an interrupted run leaves nothing that looks finished.
///
/// ```swift
/// let writer = try CSVWriter(path: "exports/x/attempts.csv")
/// try writer.write(["learner_id", "percentage"])
/// try writer.write([.text("l-001"), .decimal(72.5, places: 1)])
/// try writer.commit()
/// ```
public final class CSVWriter {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var committed = false
    private let delimiter: UInt8

    /// Opens a temporary file beside `path`.
    ///
    /// - Parameters:
    ///   - byteOrderMark: Start the file with the UTF-8 BOM (on by default).
    ///   - delimiter: The field separator.
    public init(path: String, byteOrderMark: Bool = true, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        self.path = path
        self.delimiter = delimiter
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        temporaryPath = (directory.isEmpty ? "" : directory + "/") + ".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil) else {
            throw CSVError.cannotWrite(path: path, reason: "cannot create a file in \(directory.isEmpty ? "." : directory)")
        }
        guard let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw CSVError.cannotWrite(path: path, reason: "cannot open the file for writing")
        }
        self.handle = handle
        if byteOrderMark { buffer += [0xEF, 0xBB, 0xBF] }
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        // Never committed: the partial file goes, and nothing is left that looks finished.
        if !committed {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporaryPath)
        }
    }

    /// Appends one record.
    ///
    /// Cells go straight into the output buffer, without intermediate strings: an export writes
    /// millions of them.
    public func write(_ cells: [CSVCell]) throws {
        for cell in cells { append(cell) }
        try endRecord()
    }

    /// Appends one cell to the record being written; ``endRecord()`` ends the record. For a writer of
    /// millions of rows that would otherwise build an array of cells for each.
    public func append(_ cell: CSVCell) {
        startCell()
        switch cell {
        case .text(var text):
            text.withUTF8 { append(text: $0) }
        case .integer(let value):
            append(integer: value)
        case .decimal(let value, let places):
            if value.isFinite { CSVCell.appendFixed(value, places: places, to: &buffer) }
        case .empty:
            break
        }
    }

    /// Appends a text cell from its UTF-8 bytes, as ``append(_:)`` appends `.text`, without making
    /// a `String` of a value that is already bytes.
    public func append(utf8 bytes: UnsafeRawBufferPointer) {
        startCell()
        append(text: bytes.assumingMemoryBound(to: UInt8.self))
    }

    /// Appends cells as ``encode(_:)`` wrote them: the same bytes as appending each cell, for values
    /// written on many rows and encoded once.
    public func append(encoded bytes: [UInt8]) {
        startCell()
        buffer += bytes
    }

    /// Ends the record: a CRLF line ending.
    public func endRecord() throws {
        buffer += [0x0D, 0x0A]
        startsRecord = true
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// The bytes `cells` go into the file as: neutralised, quoted where needed, separated by the
    /// delimiter. Appended with ``append(encoded:)``, they make the same record as appending each.
    public func encode(_ cells: [CSVCell]) -> [UInt8] {
        let saved = (buffer, startsRecord)
        buffer = []
        startsRecord = true
        for cell in cells { append(cell) }
        defer { (buffer, startsRecord) = saved }
        return buffer
    }

    private var startsRecord = true

    private func startCell() {
        if startsRecord { startsRecord = false } else { buffer.append(delimiter) }
    }

    /// Writes what is buffered, closes the file and renames it into place.
    public func commit() throws {
        try flush()
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw CSVError.cannotWrite(path: path, reason: "\(error)")
        }
        guard rename(temporaryPath, path) == 0 else {
            throw CSVError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        committed = true
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch {
            throw CSVError.cannotWrite(path: path, reason: "\(error)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Appends a text field: neutralised if it starts like a formula (see ``CSVCell/neutralised(_:)``),
    /// quoted by libcsv if it holds the delimiter, a quote, a line break or edge spaces.
    private func append(text bytes: UnsafeBufferPointer<UInt8>) {
        let neutralise = bytes.first.map(CSVCell.startsFormula) ?? false
        let needsQuotes = bytes.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || bytes.first == 0x20 || bytes.last == 0x20
        guard needsQuotes else {
            if neutralise { buffer.append(0x27) }
            buffer.append(contentsOf: bytes)
            return
        }
        let field = (neutralise ? [0x27] : []) + Array(bytes)
        // libcsv quotes the field and doubles the quotes inside it; the worst case is every byte a quote.
        var quoted = [UInt8](repeating: 0, count: 2 * field.count + 2)
        let written = field.withUnsafeBytes { source in
            quoted.withUnsafeMutableBytes { destination in
                csv_write(destination.baseAddress, destination.count, source.baseAddress, source.count)
            }
        }
        buffer += quoted[..<written]
    }

    /// Appends an integer's decimal digits.
    private func append(integer value: Int) {
        if value < 0 { buffer.append(0x2D) }
        CSVCell.appendDigits(UInt64(value.magnitude), to: &buffer)
    }
}
