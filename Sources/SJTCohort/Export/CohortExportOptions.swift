/// How `sjt batch` writes an export.
public struct CohortExportOptions: Sendable, Equatable, Codable {
    /// Summaries (learners, principles, items, options) include unfinished attempts too.
    public var includeIncomplete = false
    /// Start each CSV file with the UTF-8 byte order mark.
    public var byteOrderMark = true

    /// When set (a pseudonymised export), rejects.csv shows only what ``RejectsRedaction`` allows:
    /// the bank's ids, well-formed numbers and times, pseudonyms; anything else, which might be a
    /// name in a misplaced column, is written `…`.
    public var rejectsRedaction: RejectsRedaction?

    public init(includeIncomplete: Bool = false, byteOrderMark: Bool = true, rejectsRedaction: RejectsRedaction? = nil) {
        self.includeIncomplete = includeIncomplete
        self.byteOrderMark = byteOrderMark
        self.rejectsRedaction = rejectsRedaction
    }
}
