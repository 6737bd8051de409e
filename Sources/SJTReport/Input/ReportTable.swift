import Foundation
import SJTCSV

/// One CSV file of an export folder, read back through SJTCSV exactly as a spreadsheet would read
/// it: the report's only source of figures, so that every number it shows is one the file holds.
///
/// Cells are kept as the text the file holds (`65.74`, `0.6667`, empty for a figure that does not
/// exist), so a table in the report shows the file's own digits; a chart parses them where it needs
/// a position.
struct ReportTable: Sendable {
    /// The file's name in the folder, e.g. `principles.csv`.
    let file: String
    let header: [String]
    let rows: [[String]]

    /// Reads `folder/file` a megabyte at a time.
    ///
    /// - Parameters:
    ///   - optional: Whether a folder may lack the file (an export from an sjt that did not write
    ///     it yet); such a file reads as a table with no rows.
    ///   - keeping: The only columns to keep, in this order, when the report needs a few of a wide
    ///     file's (learners.csv has a column per principle, element and capability): memory then
    ///     grows with those alone.
    /// - Throws: ``ReportError`` when the file is missing, is not CSV, or lacks a column to keep.
    init(folder: String, file: String, optional: Bool = false, keeping: [String]? = nil) throws(ReportError) {
        self.file = file
        var rows: [[String]] = []
        let header = try Self.scan(folder: folder, file: file, optional: optional, keeping: keeping) { rows.append($0) }
        self.header = header
        self.rows = rows
    }

    /// Reads `folder/file` a megabyte at a time, handing over each row after the header as the
    /// cells kept (all of them when `keeping` is `nil`).
    ///
    /// - Returns: The header, or the columns kept; empty for a missing optional file.
    static func scan(
        folder: String, file: String, optional: Bool = false, keeping: [String]?, row: ([String]) -> Void
    ) throws(ReportError) -> [String] {
        let path = folder + "/" + file
        guard FileManager.default.fileExists(atPath: path) else {
            guard optional else { throw .missingFile(path) }
            return []
        }
        var header: [String]?
        var positions: [Int]?
        do {
            // Scanned, so that only the cells kept become strings.
            try CSVReader().scan(contentsOf: path) { fields, number in
                guard let expected = header?.count else {
                    let names = fields.strings
                    header = names
                    positions = try Self.header(names, positionsOf: keeping, file: file)
                    return
                }
                guard fields.count == expected else {
                    throw CSVError.raggedRecord(record: number, fields: fields.count, expected: expected)
                }
                row(positions.map { $0.map { String(decoding: fields[$0], as: UTF8.self) } } ?? fields.strings)
            }
        } catch let error as ReportError {
            throw error
        } catch {
            throw .unreadableFile(path, reason: "\(error)")
        }
        guard let header else { throw .unreadableFile(path, reason: "\(CSVError.empty)") }
        return keeping ?? header
    }

    /// Where each column to keep is in `header`; `nil` to keep them all.
    private static func header(_ header: [String], positionsOf keeping: [String]?, file: String) throws(ReportError) -> [Int]? {
        try keeping?.map { (name: String) throws(ReportError) -> Int in
            guard let position = header.firstIndex(of: name) else { throw .missingColumn(file, column: name) }
            return position
        }
    }

    /// The position of each named column.
    ///
    /// - Throws: ``ReportError/missingColumn(_:column:)`` for a column the file lacks (a table
    ///   with no header, read from a missing optional file, has every column).
    func columns(_ names: [String]) throws(ReportError) -> [Int] {
        if header.isEmpty { return names.indices.map { $0 } }
        var positions: [Int] = []
        for name in names {
            guard let position = header.firstIndex(of: name) else { throw .missingColumn(file, column: name) }
            positions.append(position)
        }
        return positions
    }

    /// Each row as the named columns' cells, in the order named.
    func select(_ names: [String]) throws(ReportError) -> [[String]] {
        let positions = try columns(names)
        return rows.map { row in positions.map { row[$0] } }
    }
}
