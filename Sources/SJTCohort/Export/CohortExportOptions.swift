/// How `sjt batch` writes an export.
public struct CohortExportOptions: Sendable, Equatable, Codable {
    /// Summaries (learners, principles, items, options) include unfinished attempts too.
    public var includeIncomplete = false
    /// Start each CSV file with the UTF-8 byte order mark.
    public var byteOrderMark = true

    /// When set (a pseudonymised export), a reason in rejects.csv quotes only these words, the
    /// bank's own ids and the format's names; any other value it quoted, which might be a name in a
    /// misplaced column, is written as `'…'`.
    public var reasonVocabulary: Set<String>?

    public init(includeIncomplete: Bool = false, byteOrderMark: Bool = true, reasonVocabulary: Set<String>? = nil) {
        self.includeIncomplete = includeIncomplete
        self.byteOrderMark = byteOrderMark
        self.reasonVocabulary = reasonVocabulary
    }
}
