/// Where a row came from: the input file and its record number (the header is record 1, so the first
/// data row is 2, as a spreadsheet numbers it when the file has no line breaks inside cells).
public struct SourceRow: Sendable, Hashable, Comparable {
    public var file: String
    public var row: Int

    public init(file: String, row: Int) {
        self.file = file
        self.row = row
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.file, lhs.row) < (rhs.file, rhs.row) }
}

/// A row that could not be used, with why. Rejected rows are written to rejects.csv, so that
/// rows read = rows accepted + rows rejected.
public struct RejectedRow: Sendable, Equatable {
    public var source: SourceRow
    public var reason: RejectionReason
    /// The row's values by cohort column, when the row could be read that far.
    public var response: CohortResponse?
    /// The row's fields as read, for a row too malformed to map to columns.
    public var rawFields: [String]

    public init(source: SourceRow, reason: RejectionReason, response: CohortResponse? = nil, rawFields: [String] = []) {
        self.source = source
        self.reason = reason
        self.response = response
        self.rawFields = rawFields
    }
}
