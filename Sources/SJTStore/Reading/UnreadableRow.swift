/// A stored row that sjt cannot read: which table, which row, which column, and what is wrong with
/// it. It never holds the value itself, which may be a learner's name or reason, so it can be shown
/// to anyone.
public struct UnreadableRow: Error, Sendable, Equatable, CustomStringConvertible {
    /// What a column holds when sjt wrote it.
    public enum Expected: String, Sendable {
        case text = "text"
        case wholeNumber = "a whole number"
        case number = "a number"
        case time = "a time sjt wrote"
        case status = "one of in-progress, complete and superseded"
    }

    public enum Problem: Sendable, Equatable {
        /// No value where sjt always writes one.
        case missing
        /// A value of another kind.
        case not(Expected)
    }

    public var table: String
    /// The row's `rowid`, which is its `id` in `attempt` and `response`.
    public var rowID: Int64
    /// The column as the store names it (`answeredAt`).
    public var column: String
    public var problem: Problem

    public init(table: String, rowID: Int64, column: String, problem: Problem) {
        self.table = table
        self.rowID = rowID
        self.column = column
        self.problem = problem
    }

    /// The reason, naming the column as the reader knows it: the cohort format's `answered_at`
    /// for a trainer, the store's own name otherwise.
    public func reason(naming columnName: String) -> String {
        let what = switch problem {
        case .missing: "is empty"
        case .not(let expected): "is not \(expected.rawValue)"
        }
        return "\(columnName) in the store \(what) (row \(rowID) of table \(table))"
    }

    public var description: String { reason(naming: column) }
}
