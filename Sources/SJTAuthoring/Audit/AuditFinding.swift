/// One thing `sjt audit` found, where it is and what is wrong: rendered once per format by
/// ``AuditReport`` (`file:line:column: warning: message [code]` in text).
public struct AuditFinding: Sendable, Equatable, Comparable {
    /// The stable name of each kind of finding, printed in brackets; docs/audit.md lists them.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// A decision's longest option is more than `max-length-ratio` times its shortest.
        case lengthRatio = "length-ratio"
        /// Across the bank, the keyed-best option is the longest more often than `max-keyed-best-longest-share`.
        case keyedBestLongest = "keyed-best-longest"
        /// Across the bank, the keyed-best option is written first more often than `max-keyed-best-first-share`.
        case keyedBestFirst = "keyed-best-first"
        /// A learner who answers by length, by position or at random reaches `max-cue-strategy-percentage`.
        case cueStrategy = "cue-strategy"
        /// Across the bank, a learner who answers by length or position scores more than
        /// `max-cue-gap-from-random` points away from a random responder, above or below (below is a
        /// cue too: avoid the longest), or reaches a positive ending more often than `max-cue-positive-share`.
        case cueGap = "cue-gap"
        /// Two levels of a scenario are keyed (almost) alike.
        case levelDifferentiation = "level-differentiation"
        /// A negative ending reachable in the coherence band or above, or a positive one only below it.
        case scoreStory = "score-story"
        /// Text that names another option by letter or position, which the shuffle makes wrong.
        case shuffleReference = "shuffle-reference"
        /// A quotation that claims the pledge or framework but is not word for word in a source.
        case quotationNotInSource = "quotation-not-in-source"
    }

    public var kind: Kind
    public var location: FileLocation
    public var message: String

    public init(_ kind: Kind, _ message: String, at location: FileLocation) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// By file, line, column, then code and message, so output is stable.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return (lhs.kind.rawValue, lhs.message) < (rhs.kind.rawValue, rhs.message)
    }
}

extension AuditFinding: Encodable {
    private enum CodingKeys: String, CodingKey { case file, line, column, code, message }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location.file, forKey: .file)
        try container.encode(location.line, forKey: .line)
        try container.encode(location.column, forKey: .column)
        try container.encode(kind.rawValue, forKey: .code)
        try container.encode(message, forKey: .message)
    }
}
