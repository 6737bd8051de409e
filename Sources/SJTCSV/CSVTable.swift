/// A whole CSV file read as a header and rows that all have the header's number of fields.
///
/// For small files read at once; a large cohort import reads record by record with ``CSVReader``
/// and rejects a ragged row on its own instead of the file.
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]

    /// Reads the bytes, detecting `,` or `;` as the delimiter unless given.
    ///
    /// - Throws: ``CSVError`` for malformed CSV, text that is not UTF-8, an empty file, or a record
    ///   whose field count differs from the header's.
    public init(bytes: [UInt8], delimiter: UInt8? = nil) throws {
        let reader = CSVReader(delimiter: delimiter ?? CSVReader.detectDelimiter(in: bytes.prefix(64 * 1024)))
        var header: [String]?
        var rows: [[String]] = []
        try reader.read(bytes) { record in
            guard let expected = header?.count else {
                header = record.fields
                return
            }
            guard record.fields.count == expected else {
                throw CSVError.raggedRecord(record: record.number, fields: record.fields.count, expected: expected)
            }
            rows.append(record.fields)
        }
        guard let header else { throw CSVError.empty }
        self.header = header
        self.rows = rows
    }
}
