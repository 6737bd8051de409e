/// The one-line text form of a response, used in cohort CSV files, `--answers` and saved sessions.
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
    public var description: String {
        switch self {
        case .single(let choice): choice.rawValue
        case .bestWorst(let best, let worst): "best=\(best);worst=\(worst)"
        case .rank(let order): order.map(\.rawValue).joined(separator: ">")
        case .rate(let ratings): ratings.map { "\($0.choice)=\($0.rating)" }.joined(separator: ";")
        }
    }

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
        switch format {
        case .single:
            guard !trimmed.utf8.contains(where: { $0 == 0x3B || $0 == 0x2C || $0 == 0x3E || $0 == 0x3D }) else { throw malformed }
            self = .single(ChoiceID(trimmed))
        case .bestWorst:
            var best: ChoiceID?, worst: ChoiceID?
            for part in trimmed.split(separator: ";", omittingEmptySubsequences: true) {
                let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
                guard pair.count == 2, !pair[1].isEmpty else { throw malformed }
                switch pair[0].lowercased() {
                case "best" where best == nil: best = ChoiceID(pair[1])
                case "worst" where worst == nil: worst = ChoiceID(pair[1])
                default: throw malformed
                }
            }
            guard let best, let worst else { throw malformed }
            self = .bestWorst(best: best, worst: worst)
        case .rank:
            let ids = trimmed.split(separator: ">", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard ids.count >= 2, !ids.contains(where: \.isEmpty) else { throw malformed }
            self = .rank(ids.map(ChoiceID.init))
        case .rate:
            var ratings: [RatedChoice] = []
            for part in trimmed.split(separator: ";", omittingEmptySubsequences: true) {
                let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
                guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else { throw malformed }
                // An unknown rating name stays as written; the session reports it with the option it belongs to.
                let rating = scale.rating(named: pair[1])?.id ?? RatingID(pair[1])
                ratings.append(RatedChoice(ChoiceID(pair[0]), rating))
            }
            guard !ratings.isEmpty else { throw malformed }
            self = .rate(ratings)
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
