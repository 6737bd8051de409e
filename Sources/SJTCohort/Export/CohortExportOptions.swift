/// How `sjt batch` writes an export.
public struct CohortExportOptions: Sendable, Equatable, Codable {
    /// Summaries (learners, principles, items, options) include unfinished attempts too.
    public var includeIncomplete = false
    /// Start each CSV file with the UTF-8 byte order mark.
    public var byteOrderMark = true

    public init(includeIncomplete: Bool = false, byteOrderMark: Bool = true) {
        self.includeIncomplete = includeIncomplete
        self.byteOrderMark = byteOrderMark
    }
}
