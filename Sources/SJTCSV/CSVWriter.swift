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
    /// The field separator.
    public let delimiter: UInt8
    /// Sees every byte as it goes to the file.
    private let observer: ((UnsafeRawBufferPointer) -> Void)?
    /// The bytes written to the file so far, the byte order mark included.
    public private(set) var bytesWritten = 0

    /// Opens a temporary file beside `path`.
    ///
    /// - Parameters:
    ///   - byteOrderMark: Start the file with the UTF-8 BOM (on by default).
    ///   - delimiter: The field separator.
    ///   - observer: Sees every byte the file gets, in order, as it is written: to hash the file
    ///     while writing it rather than reading it back.
    public init(
        path: String, byteOrderMark: Bool = true, delimiter: UInt8 = UInt8(ascii: ","),
        observer: ((UnsafeRawBufferPointer) -> Void)? = nil
    ) throws {
        self.path = path
        self.delimiter = delimiter
        self.observer = observer
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        temporaryPath = (directory.isEmpty ? "" : directory + "/") + ".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)"
        // Opened directly, not through FileManager.createFile, which on Linux writes an empty file under
        // a name of its own (`.dat.nosync…`) and renames it: a run killed between the two would leave
        // a file sjt does not know it wrote, and a later run would not clean the folder up.
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CSVError.cannotWrite(
                path: path, reason: "cannot create a file in \(directory.isEmpty ? "." : directory) (\(String(cString: strerror(errno))))")
        }
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
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
        try write { record in
            for cell in cells { record.append(cell) }
        }
    }

    /// Appends one record built cell by cell, for a writer of millions of rows that would otherwise
    /// make an array of cells for each.
    ///
    /// ```swift
    /// try writer.write { record in
    ///     record.append(.text(learner))
    ///     record.append(encoded: sharedCells)   // made once by encode(_:)
    /// }
    /// ```
    public func write(_ build: (inout CSVRecord) throws -> Void) throws {
        // The buffer is lent to the record and taken back: the writer's storage is touched once a
        // record, not once a cell.
        let start = buffer.count
        var record = CSVRecord(bytes: buffer, delimiter: delimiter)
        buffer = []
        do { try build(&record) } catch {
            // A record that could not be built is not written at all.
            record.bytes.removeSubrange(start...)
            buffer = record.bytes
            throw error
        }
        record.bytes.append(0x0D)
        record.bytes.append(0x0A)
        buffer = record.bytes
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// The bytes `cells` go into the file as: neutralised, quoted where needed, separated by the
    /// delimiter. Appended with ``CSVRecord/append(encoded:)``, they make the same record as
    /// appending each cell.
    public func encode(_ cells: [CSVCell]) -> [UInt8] {
        encode { record in
            for cell in cells { record.append(cell) }
        }
    }

    /// The bytes of the cells `build` appends, as ``encode(_:)-([CSVCell])`` gives them.
    public func encode(_ build: (inout CSVRecord) -> Void) -> [UInt8] {
        var bytes: [UInt8] = []
        encode(into: &bytes, build)
        return bytes
    }

    /// Puts the bytes of the cells `build` appends in `bytes`, in place of what it held, as
    /// ``encode(_:)-(inout CSVRecord)`` gives them: for cells encoded once a record, into the same
    /// array every time.
    public func encode(into bytes: inout [UInt8], _ build: (inout CSVRecord) -> Void) {
        bytes.removeAll(keepingCapacity: true)
        var record = CSVRecord(bytes: bytes, delimiter: delimiter)
        bytes = []
        build(&record)
        bytes = record.bytes
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
        if let observer { buffer.withUnsafeBytes(observer) }
        do { try handle.write(contentsOf: buffer) } catch {
            throw CSVError.cannotWrite(path: path, reason: "\(error)")
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
