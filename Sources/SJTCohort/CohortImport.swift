import Foundation
import SJTDigest
import SJTCSV

/// Reads cohort responses CSV files into rows, rejecting each row that cannot be read and saying why.
///
/// Columns are matched by name, in any order and letter case (see docs/csv-formats.md). A file that
/// lacks a required column cannot be read at all: every one of its rows is rejected with that reason.
/// A file that is not well-formed CSV is refused whole, with the line.
public struct CohortImport: Sendable {
    /// Rows that could be read, in file order.
    public var rows: [(source: SourceRow, response: CohortResponse)] = []
    public var rejected: [RejectedRow] = []
    /// Data rows read per file (the header not counted).
    public var rowsRead: [String: Int] = [:]

    public init() {}

    public var totalRowsRead: Int { rowsRead.values.reduce(0, +) }

    /// Reads one file's bytes.
    ///
    /// - Parameters:
    ///   - file: The name to report rows under.
    ///   - delimiter: The field separator; detected from the header row when `nil`.
    /// - Throws: ``CSVError`` when the bytes are not CSV sjt can read safely (nothing from the file is
    ///   kept).
    public mutating func read(_ bytes: [UInt8], file: String, delimiter: UInt8? = nil) throws {
        let reader = CSVReader(delimiter: delimiter ?? CSVReader.detectDelimiter(in: bytes.prefix(64 * 1024)))
        try read(file: file) { body in try reader.read(bytes, body) }
    }

    /// Reads a file a megabyte at a time, so memory grows with the rows kept, not the file.
    ///
    /// - Returns: The SHA-256 of the file's bytes, for the manifest.
    /// - Throws: ``CSVError`` as ``read(_:file:delimiter:)`` does, or when the file cannot be read.
    @discardableResult
    public mutating func read(path: String, delimiter: UInt8? = nil) throws -> String {
        let head = FileHandle(forReadingAtPath: path).flatMap { handle in
            defer { try? handle.close() }
            return try? handle.read(upToCount: 64 * 1024)
        } ?? Data()
        let reader = CSVReader(delimiter: delimiter ?? CSVReader.detectDelimiter(in: Array(head)))
        var hasher = SHA256()
        try read(file: path) { body in try reader.read(contentsOf: path, chunk: { hasher.update($0) }, body) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Reads records handed over by `drive`, keeping what the file adds only if it reads to the end.
    private mutating func read(file: String, drive: ((CSVReader.Record) throws -> Void) throws -> Void) throws {
        var mapping: ColumnMapping?
        var missing: [String] = []
        var rows: [(SourceRow, CohortResponse)] = []
        var rejected: [RejectedRow] = []
        var count = 0
        try drive { record in
            guard let columns = mapping else {
                let built = ColumnMapping(header: record.fields)
                mapping = built
                missing = built.missing
                return
            }
            count += 1
            let source = SourceRow(file: file, row: record.number)
            if !missing.isEmpty {
                // One column holding tabs: a tab-separated file (Excel's "Text (Tab delimited)").
                let tabs = columns.fieldCount == 1 && (columns.index.keys.first?.contains("\t") ?? false)
                let reason = tabs
                    ? "the file looks tab-separated; save it as CSV (comma or semicolon separated) and try again"
                    : "the file has no \(missing.map { "'\($0)'" }.joined(separator: ", ")) column"
                rejected.append(RejectedRow(source: source, reason: reason, rawFields: record.fields))
                return
            }
            switch columns.response(from: record.fields) {
            case .success(let response): rows.append((source, response))
            case .failure(let problem):
                // The row as read goes to rejects.csv too: the partial values may not be all there was.
                rejected.append(RejectedRow(source: source, reason: problem.reason, response: problem.partial, rawFields: record.fields))
            }
        }
        if mapping == nil { throw CSVError.empty }
        self.rows += rows
        self.rejected += rejected
        rowsRead[file, default: 0] += count
    }

    /// Adds rows that come from elsewhere (a practice store), already in the format.
    public mutating func add(_ responses: [CohortResponse], file: String) {
        for (index, response) in responses.enumerated() {
            rows.append((SourceRow(file: file, row: index + 2), response))
        }
        rowsRead[file, default: 0] += responses.count
    }
}

/// Which field holds which column, from a header row.
struct ColumnMapping {
    let index: [String: Int]
    let fieldCount: Int
    /// The field position of each of ``CohortResponse/columns``, looked up once per file rather
    /// than by name on every row.
    let positions: [Int?]

    init(header: [String]) {
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() {
            let key = name.trimmingSpaces.lowercased()
            if index[key] == nil { index[key] = position }
        }
        self.index = index
        self.fieldCount = header.count
        self.positions = CohortResponse.columns.map { index[$0] }
    }

    var missing: [String] { CohortResponse.requiredColumns.filter { index[$0] == nil } }

    struct Problem: Error {
        var reason: String
        var partial: CohortResponse?
    }

    func response(from fields: [String]) -> Result<CohortResponse, Problem> {
        guard fields.count == fieldCount else {
            return .failure(Problem(reason: "the row has \(fields.count) fields, but the header has \(fieldCount)"))
        }
        func value(_ column: String) -> String? { value(at: CohortResponse.columnNumber(column)) }
        func value(at number: Int) -> String? {
            guard let position = positions[number] else { return nil }
            let text = fields[position].trimmingSpaces.unneutralised
            return text.isEmpty ? nil : text
        }
        var partial = CohortResponse(
            // Positions in CohortResponse.columns, read without looking names up on every row.
            cohort: value(at: 0) ?? "", learnerID: value(at: 1) ?? "", learnerName: value(at: 2), level: value(at: 3) ?? "",
            scenarioID: value(at: 4) ?? "", step: 0, nodeID: value(at: 8) ?? "", response: value(at: 9) ?? "",
            shownOrder: value(at: 10), answeredAt: value(at: 11), rationale: value(at: 12))
        for (number, column) in CohortResponse.requiredColumnNumbers where value(at: number) == nil {
            return .failure(Problem(reason: "'\(column)' is empty", partial: partial))
        }
        func number(_ column: String) -> Result<Int?, Problem> {
            guard let text = value(column) else { return .success(nil) }
            guard let number = Int(text), number >= 1 else {
                return .failure(Problem(reason: "'\(column)' must be a whole number from 1, not '\(text)'", partial: partial))
            }
            return .success(number)
        }
        switch (number("step"), number("attempt"), number("scenario_version")) {
        case (.success(let step?), .success(let attempt), .success(let version)):
            partial.step = step
            partial.attempt = attempt ?? 1
            partial.scenarioVersion = version
            return .success(partial)
        case (.failure(let problem), _, _), (_, .failure(let problem), _), (_, _, .failure(let problem)):
            return .failure(problem)
        default:
            return .failure(Problem(reason: "'step' is empty", partial: partial))
        }
    }
}

extension String {
    /// Text as it was before sjt's CSV writer neutralised it against formula injection: the
    /// apostrophe before a leading `=`, `+`, `-`, `@`, tab or carriage return is taken off, so a
    /// learner exported as `'-amy` reads back as `-amy`.
    var unneutralised: String {
        let utf8 = self.utf8
        guard utf8.first == 0x27, utf8.count >= 2, CSVCell.startsFormula(utf8[utf8.index(after: utf8.startIndex)]) else {
            return self
        }
        return String(dropFirst())
    }

    /// Without leading and trailing spaces and tabs. Most fields have none, and then the string
    /// itself is returned, without copying.
    var trimmingSpaces: String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last,
            first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
        else { return self }
        var slice = Substring(self)
        while let character = slice.first, character == " " || character == "\t" { slice.removeFirst() }
        while let character = slice.last, character == " " || character == "\t" { slice.removeLast() }
        return String(slice)
    }
}
