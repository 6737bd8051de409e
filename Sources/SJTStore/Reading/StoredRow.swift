import Foundation
import GRDB

/// A fetched row read column by column, so that one value sjt did not write costs that row, named
/// by table, row and column, rather than failing the whole fetch with GRDB's own error (which
/// prints every value in the row, a learner's reason included).
struct StoredRow {
    let row: Row
    let table: String
    let rowID: Int64

    /// - Parameter rowIDColumn: The column that holds the row's `rowid`: `id` for a table with an
    ///   integer primary key, else `rowid` (which the record must select).
    init(_ row: Row, table: String, rowIDColumn: String = "id") {
        self.row = row
        self.table = table
        rowID = Int64.fromDatabaseValue(row[rowIDColumn] ?? .null) ?? 0
    }

    func decode<Value: StoredValue>(_ column: String) throws(UnreadableRow) -> Value {
        guard let value: Value = try decodeIfPresent(column) else { throw unreadable(column, .missing) }
        return value
    }

    func decodeIfPresent<Value: StoredValue>(_ column: String) throws(UnreadableRow) -> Value? {
        let stored: DatabaseValue = row[column] ?? .null
        if stored.isNull { return nil }
        guard let value = Value.fromDatabaseValue(stored) else { throw unreadable(column, .not(Value.expected)) }
        return value
    }

    private func unreadable(_ column: String, _ problem: UnreadableRow.Problem) -> UnreadableRow {
        UnreadableRow(table: table, rowID: rowID, column: column, problem: problem)
    }
}

/// A type of value the store's columns hold, with what a reader is told when a value is not one.
protocol StoredValue: DatabaseValueConvertible {
    static var expected: UnreadableRow.Expected { get }
}

extension String: StoredValue { static var expected: UnreadableRow.Expected { .text } }
extension Int: StoredValue { static var expected: UnreadableRow.Expected { .wholeNumber } }
extension Int64: StoredValue { static var expected: UnreadableRow.Expected { .wholeNumber } }
extension Double: StoredValue { static var expected: UnreadableRow.Expected { .number } }
extension Date: StoredValue { static var expected: UnreadableRow.Expected { .time } }
