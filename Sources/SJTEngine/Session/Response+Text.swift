/// The one-line text form of a response, used in cohort CSV files, `--answers` and saved sessions;
/// each format's ``ResponseFormatRules/read(_:scale:)`` and ``ResponseFormatRules/text(_:)`` hold it.
///
/// | format | text |
/// |---|---|
/// | single | `b` |
/// | best-worst | `best=b;worst=d` |
/// | rank | `c>a>b>d` |
/// | rate | `a=meets;b=below;c=exceeds` (a rating's points, `a=2`, are accepted on input) |
///
/// Spaces around ids are ignored on input. Output is always the canonical form above.
extension Response: CustomStringConvertible {
    public var description: String { visit(Text()) }

    /// Reads a response written in its text form.
    ///
    /// Only the syntax is checked here; whether the options exist is checked when the response is
    /// given to a session.
    ///
    /// - Parameters:
    ///   - text: The response, e.g. `best=b;worst=d`.
    ///   - format: The format of the node it answers.
    ///   - scale: Resolves ratings given as points (`a=2`) to rating ids.
    /// - Throws: ``SessionError/malformedResponse(_:format:)`` when the text is not of that format.
    public init(text: String, format: ResponseFormat, scale: RatingScale) throws(SessionError) {
        let trimmed = text.trimmingSpaces
        let malformed = SessionError.malformedResponse(text, format: format)
        guard !trimmed.isEmpty else { throw malformed }
        guard let response = format.visit(Reader(trimmed: trimmed, scale: scale)) else { throw malformed }
        self = response
    }

    private struct Text: ResponseVisitor {
        typealias Result = String
        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type, _ answer: Rules.Answer) -> String { rules.text(answer) }
    }

    private struct Reader: ResponseFormatVisitor {
        typealias Result = Response?
        let trimmed: String
        let scale: RatingScale

        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type) -> Response? {
            rules.read(trimmed, scale: scale).map(rules.response)
        }
    }
}

extension Response {
    /// Reads the canonical text form written by ``description``, where ratings are always rating ids
    /// (a saved session or an exported file), so no scale is needed to resolve points.
    public init(canonicalText text: String, format: ResponseFormat) throws(SessionError) {
        try self.init(text: text, format: format, scale: RatingScale([]))
    }
}

extension String {
    /// Without leading and trailing whitespace; the string itself, uncopied, when it has none.
    var trimmingSpaces: String {
        guard let first = first, let last = last, first.isWhitespace || last.isWhitespace else { return self }
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
