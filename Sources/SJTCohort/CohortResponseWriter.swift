import SJTCSV

/// Writes cohort responses CSV through the libcsv wrapper: header first, then one row per response.
public enum CohortResponseWriter {
    /// Writes the rows to `path`, under a temporary name renamed into place when complete.
    ///
    /// Numbers (version, attempt, step) are written as numbers; text that looks like a formula is
    /// neutralised.
    public static func write(_ rows: [CohortResponse], to path: String, byteOrderMark: Bool = true) throws {
        let writer = try CSVWriter(path: path, byteOrderMark: byteOrderMark)
        try writer.write(CohortResponse.columns.map(CSVCell.text))
        for row in rows {
            try writer.write([
                .text(row.cohort), .text(row.learnerID), row.learnerName.map(CSVCell.text) ?? .empty, .text(row.level),
                .text(row.scenarioID), row.scenarioVersion.map(CSVCell.integer) ?? .empty, .integer(row.attempt),
                .integer(row.step), .text(row.nodeID), .text(row.response), row.shownOrder.map(CSVCell.text) ?? .empty,
                row.answeredAt.map(CSVCell.text) ?? .empty, row.rationale.map(CSVCell.text) ?? .empty,
            ])
        }
        try writer.commit()
    }
}
