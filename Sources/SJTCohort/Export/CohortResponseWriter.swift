import SJTCSV

/// Writes cohort responses CSV through the libcsv wrapper: header first, then one row per response,
/// under a temporary name renamed into place by ``commit()``.
///
/// Numbers (version, attempt, step) are written as numbers; text that looks like a formula is
/// neutralised.
public final class CohortResponseWriter {
    private let writer: CSVWriter

    public init(path: String, byteOrderMark: Bool = true) throws {
        writer = try CSVWriter(path: path, byteOrderMark: byteOrderMark)
        try writer.write(CohortResponse.columns.map(CSVCell.text))
    }

    public func write(_ row: CohortResponse) throws {
        try writer.write([
            .text(row.cohort), .text(row.learnerID), .text(orEmpty: row.learnerName), .text(row.level), .text(row.scenarioID),
            row.scenarioVersion.map(CSVCell.integer) ?? .empty, .integer(row.attempt), .integer(row.step), .text(row.nodeID),
            .text(row.response), .text(orEmpty: row.shownOrder), .text(orEmpty: row.answeredAt), .text(orEmpty: row.rationale),
        ])
    }

    public func commit() throws { try writer.commit() }

    /// Writes all the rows to `path`.
    public static func write(_ rows: [CohortResponse], to path: String, byteOrderMark: Bool = true) throws {
        let writer = try CohortResponseWriter(path: path, byteOrderMark: byteOrderMark)
        for row in rows { try writer.write(row) }
        try writer.commit()
    }
}
