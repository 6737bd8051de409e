import Foundation
import SJTDigest
import SJTCSV

/// Reads cohort responses CSV files into rows, rejecting each row that cannot be read and saying why.
///
/// Columns are matched by name, in any order and letter case (see docs/csv-formats.md). A file that
/// lacks a required column cannot be read at all: every one of its rows is rejected with that reason.
/// A file that is not well-formed CSV is refused whole, with the line.
///
/// Rows are kept compact: every value is interned once in a ``StringPool`` and a row is a handful of
/// ids (``ImportedRow``), so memory grows with the rows and the distinct values, never with a string
/// per field. ``response(_:)`` gives a row back as a ``CohortResponse``.
public struct CohortImport: Sendable {
    /// Every value read, interned, but for times and rationales.
    var pool = StringPool()
    /// Times and rationales, nearly all different.
    var texts = TextColumn()
    /// Rows that could be read, in the order read.
    public internal(set) var rows: [ImportedRow] = []
    public var rejected: [RejectedRow] = []
    /// Data rows read per file (the header not counted).
    public var rowsRead: [String: Int] = [:]
    /// The inputs, in the order read; ``ImportedRow`` refers to them by position.
    public internal(set) var files: [String] = []

    public init() {}

    public var totalRowsRead: Int { rowsRead.values.reduce(0, +) }

    /// Where a row came from.
    public func source(_ row: ImportedRow) -> SourceRow { SourceRow(file: files[Int(row.file)], row: Int(row.row)) }

    /// A row's values as text.
    public func response(_ row: ImportedRow) -> CohortResponse {
        CohortResponse(
            cohort: pool[row.cohort], learnerID: pool[row.learnerID], learnerName: pool.optional(row.learnerName),
            level: pool[row.level], scenarioID: pool[row.scenarioID],
            scenarioVersion: row.scenarioVersion == 0 ? nil : Int(row.scenarioVersion), attempt: Int(row.attempt),
            step: Int(row.step), nodeID: pool[row.nodeID], response: pool[row.response], shownOrder: pool.optional(row.shownOrder),
            answeredAt: texts.optional(row.answeredAt), rationale: texts.optional(row.rationale))
    }

    /// Reads one file's bytes.
    ///
    /// - Parameters:
    ///   - file: The name to report rows under.
    ///   - delimiter: The field separator; detected from the header row when `nil`.
    /// - Throws: ``CSVError`` when the bytes are not CSV sjt can read safely, ``DuplicateColumn`` when
    ///   the header names a column twice (nothing from the file is kept).
    public mutating func read(_ bytes: [UInt8], file: String, delimiter: UInt8? = nil) throws {
        let reader = CSVReader(delimiter: delimiter ?? CSVReader.detectDelimiter(in: bytes.prefix(64 * 1024)))
        try read(file: file) { record in try reader.scan(bytes, record: record) }
    }

    /// Reads a file a megabyte at a time, so memory grows with the rows kept, not the file.
    ///
    /// - Returns: The SHA-256 of the file's bytes, for the manifest.
    /// - Throws: ``CSVError`` as ``read(_:file:delimiter:)`` does, or when the file cannot be read.
    @discardableResult
    public mutating func read(path: String, delimiter: UInt8? = nil) throws -> String {
        try read(CSVInput(path: path), delimiter: delimiter)
    }

    /// Reads an input (a file, a pipe, standard input) once, from the front, a megabyte at a time;
    /// its rows are reported under its path.
    ///
    /// - Returns: The SHA-256 of the input's bytes, for the manifest.
    /// - Throws: As ``read(path:delimiter:)``.
    @discardableResult
    public mutating func read(_ input: CSVInput, delimiter: UInt8? = nil) throws -> String {
        // Peeked at, not consumed: a pipe cannot be read twice.
        let head = try input.head(64 * 1024)
        let reader = CSVReader(delimiter: delimiter ?? CSVReader.detectDelimiter(in: head))
        // Room for the rows the file will likely hold, judged by the lines in its first 64 KiB:
        // an array that grows by doubling would hold up to twice the rows' memory at its peak.
        if let size = input.size, !head.isEmpty {
            let lines = head.count { $0 == 0x0A }
            rows.reserveCapacity(rows.count + size / head.count * lines + lines)
        }
        var hasher = StreamingContentHash()
        try read(file: input.path) { record in try reader.scan(input, chunk: { hasher.update($0) }, record: record) }
        return hasher.hex()
    }

    /// Reads the records that `drive` hands over, keeping what the file adds only if it reads to
    /// the end.
    private mutating func read(file: String, drive: ((CSVFields, Int) throws -> Void) throws -> Void) throws {
        let fileIndex = Int32(files.count)
        let rowsBefore = rows.count, rejectedBefore = rejected.count
        var mapping: ColumnMapping?
        var count = 0
        do {
            try drive { fields, number in
                if mapping == nil {
                    mapping = try ColumnMapping(header: fields.strings)
                    return
                }
                count += 1
                // Unwrapped in place: binding the mapping to a name would copy it, retaining its
                // arrays, on every row.
                switch mapping!.row(fields, file: fileIndex, number: number, after: rows.last, pool: &pool, texts: &texts) {
                case .success(let row): rows.append(row)
                case .failure(let problem):
                    // The row as read goes to rejects.csv too: the partial values may not be all there was.
                    rejected.append(RejectedRow(
                        source: SourceRow(file: file, row: number), reason: problem.reason, response: problem.partial.map(response),
                        rawFields: fields.strings))
                }
            }
            if mapping == nil { throw CSVError.empty }
        } catch {
            // No row from a file that cannot be read to the end is kept (values it interned stay in
            // the pool, unused).
            rows.removeSubrange(rowsBefore...)
            rejected.removeSubrange(rejectedBefore...)
            throw error
        }
        files.append(file)
        rowsRead[file, default: 0] += count
    }

    /// A field's value: without spaces (U+0020 only) at either end, and without the apostrophe sjt's
    /// CSV writer puts before text that starts like a formula or looks neutralised already, so
    /// `'-amy` reads back as `-amy` and `''-amy` as `'-amy`, what was written. A tab is kept: it is
    /// text a trainer may mean, and the writer neutralises it. Most fields have neither, and come
    /// back whole.
    static func value(in bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        if start < end, bytes[start] == 0x27, CSVCell.looksNeutralised(UnsafeRawBufferPointer(rebasing: bytes[start..<end])) {
            start += 1
        }
        return start == 0 && end == bytes.count ? bytes : UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }

    /// Adds rows that come from elsewhere (a practice store), already in the format.
    public mutating func add(_ responses: [CohortResponse], file: String) {
        let fileIndex = Int32(files.count)
        files.append(file)
        for (index, response) in responses.enumerated() {
            rows.append(ImportedRow(
                file: fileIndex, row: Int32(index + 2), cohort: pool.intern(response.cohort),
                learnerID: pool.intern(response.learnerID), learnerName: pool.intern(response.learnerName ?? ""),
                level: pool.intern(response.level), scenarioID: pool.intern(response.scenarioID),
                scenarioVersion: Int32(response.scenarioVersion ?? 0), attempt: Int32(response.attempt), step: Int32(response.step),
                nodeID: pool.intern(response.nodeID), response: pool.intern(response.response),
                shownOrder: pool.intern(response.shownOrder ?? ""), answeredAt: texts.append(response.answeredAt ?? ""),
                rationale: texts.append(response.rationale ?? "")))
        }
        rowsRead[file, default: 0] += responses.count
    }

    /// Adds rows from a practice store, with those of its rows that could not be read: each is
    /// rejected with its reason and counted, so rows read = accepted + rejected holds for the store.
    ///
    /// - Parameter reasons: The store's own sentence for each row it cannot read, which names the
    ///   table, row and column and never the value.
    public mutating func add(_ responses: [CohortResponse], rejected reasons: [String], file: String) {
        add(responses, file: file)
        for (index, reason) in reasons.enumerated() {
            rejected.append(RejectedRow(source: SourceRow(file: file, row: responses.count + index + 2), reason: .unreadableStoreRow(reason)))
        }
        rowsRead[file, default: 0] += reasons.count
    }
}

/// Which field holds which column, from a header row.
struct ColumnMapping {
    let index: [String: Int]
    let fieldCount: Int
    /// The field position of each of ``CohortResponse/columns``, looked up once per file rather
    /// than by name on every row.
    let positions: [Int?]
    /// The columns the file lacks; every row is rejected when one is required.
    let missing: [String]
    /// Why every row is rejected, when the file lacks a required column.
    let unreadable: RejectionReason?

    /// - Throws: ``DuplicateColumn`` when two cells name the same column of the format.
    init(header: [String]) throws(DuplicateColumn) {
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() {
            let key = name.trimmingSpaces.lowercased()
            guard let earlier = index[key] else {
                index[key] = position
                continue
            }
            if CohortResponse.columns.contains(key) {
                throw DuplicateColumn(column: key, first: (earlier + 1, header[earlier]), second: (position + 1, name))
            }
        }
        self.index = index
        self.fieldCount = header.count
        self.positions = CohortResponse.columns.map { index[$0] }
        missing = CohortResponse.requiredColumns.filter { index[$0] == nil }
        if missing.isEmpty {
            unreadable = nil
        } else if header.count == 1, header[0].contains("\t") {
            // One column holding tabs: a tab-separated file (Excel's "Text (Tab delimited)").
            unreadable = .tabSeparated
        } else {
            unreadable = .missingColumns(missing)
        }
    }

    struct Problem: Error {
        var reason: RejectionReason
        /// The values read so far, step 0 when the row never got as far as a valid step.
        var partial: ImportedRow?
    }

    /// The row the fields make, or why they make none. Values go into the pool or the texts as
    /// they are read; a rejected row's partial values are there too.
    ///
    /// - Parameter previous: The row read before, whose cohort, learner, name, level and scenario
    ///   the next row most often repeats: each is compared before it is looked up.
    func row(
        _ fields: CSVFields, file: Int32, number: Int, after previous: ImportedRow? = nil, pool: inout StringPool,
        texts: inout TextColumn
    ) -> Result<ImportedRow, Problem> {
        if let unreadable { return .failure(Problem(reason: unreadable)) }
        guard fields.count == fieldCount else {
            return .failure(Problem(reason: .fieldCount(found: fields.count, expected: fieldCount)))
        }
        func value(_ column: CohortResponse.Column) -> UnsafeRawBufferPointer {
            positions[column.rawValue].map { CohortImport.value(in: fields[$0]) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
        }
        // Read by position, without looking names up on every row; an empty value interns as 0.
        var row = ImportedRow(
            file: file, row: Int32(number), cohort: pool.intern(value(.cohort), likely: previous?.cohort ?? 0),
            learnerID: pool.intern(value(.learnerID), likely: previous?.learnerID ?? 0),
            learnerName: pool.intern(value(.learnerName), likely: previous?.learnerName ?? 0),
            level: pool.intern(value(.level), likely: previous?.level ?? 0),
            scenarioID: pool.intern(value(.scenarioID), likely: previous?.scenarioID ?? 0), scenarioVersion: 0, attempt: 1, step: 0,
            nodeID: pool.intern(value(.nodeID)), response: pool.intern(value(.response)),
            shownOrder: pool.intern(value(.shownOrder)), answeredAt: texts.append(value(.answeredAt)),
            rationale: texts.append(value(.rationale)))
        let step = value(.step), attempt = value(.attempt), version = value(.scenarioVersion)
        // What parses goes into the row now, so a row rejected for another value shows it in
        // rejects.csv as read.
        row.step = Self.wholeNumber(step) ?? 0
        row.attempt = Self.wholeNumber(attempt) ?? 1
        row.scenarioVersion = Self.wholeNumber(version) ?? 0
        for column in CohortResponse.Column.allCases where column.isRequired {
            let empty = switch column {
            case .cohort: row.cohort == 0
            case .learnerID: row.learnerID == 0
            case .level: row.level == 0
            case .scenarioID: row.scenarioID == 0
            case .step: step.isEmpty
            case .nodeID: row.nodeID == 0
            case .response: row.response == 0
            default: value(column).isEmpty
            }
            if empty { return .failure(Problem(reason: .emptyValue(column: column.name), partial: row)) }
        }
        func wholeNumber(_ column: CohortResponse.Column, _ text: UnsafeRawBufferPointer) -> Result<Int32?, Problem> {
            if text.isEmpty { return .success(nil) }
            if let number = Self.wholeNumber(text) { return .success(number) }
            return .failure(Problem(
                reason: .notAWholeNumber(column: column.name, value: String(decoding: text, as: UTF8.self)), partial: row))
        }
        switch (wholeNumber(.step, step), wholeNumber(.attempt, attempt), wholeNumber(.scenarioVersion, version)) {
        case (.success(let step?), .success(let attempt), .success(let version)):
            row.step = step
            row.attempt = attempt ?? 1
            row.scenarioVersion = version ?? 0
            return .success(row)
        case (.failure(let problem), _, _), (_, .failure(let problem), _), (_, _, .failure(let problem)):
            return .failure(problem)
        default:
            return .failure(Problem(reason: .emptyValue(column: "step"), partial: row))
        }
    }

    /// A whole number from 1, as Swift's `Int(_:)` reads it (an optional sign, digits), that fits a row.
    static func wholeNumber(_ text: UnsafeRawBufferPointer) -> Int32? {
        // Short runs of digits, nearly every value, without making a string.
        let number = text.count <= 9 && text.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            ? text.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            : Int(String(decoding: text, as: UTF8.self))
        guard let number, number >= 1, number <= Int(Int32.max) else { return nil }
        return Int32(number)
    }
}

extension String {
    /// Without spaces at either end, as values are read. Most names have none, and then the string
    /// itself is returned, without copying.
    var trimmingSpaces: String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last, first == 0x20 || last == 0x20 else { return self }
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
