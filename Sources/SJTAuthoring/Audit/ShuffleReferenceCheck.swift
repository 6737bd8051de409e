import Foundation
import SJTEngine

/// Finds option and feedback texts that name another option by letter or position, which the
/// seeded shuffle makes wrong: "as in (b)", "option c", "the next option", "as above".
///
/// The patterns, case-insensitive: a letter a–h in brackets; "option"/"options" followed by a
/// letter; "the next / previous / preceding / following / first … last / other / above / below"
/// followed by "option", "answer" or "choice" ("the first response" is often about the story, not an option); "as / see / listed / mentioned /
/// described above"; "option / answer / choice above or below". "above" alone is not one ("the level
/// above" is about levels, not options).
struct ShuffleReferenceCheck {
    static let patterns = [
        #"\([a-h]\)"#,
        #"\boptions?\s+\(?[a-h]\)?(?=[\s.,;:!?)]|$)"#,
        #"\bthe\s+(?:next|previous|preceding|following|first|second|third|fourth|fifth|last|other|above|below)\s+(?:option|answer|choice)s?\b"#,
        #"\b(?:as|see|listed|mentioned|described)\s+above\b"#,
        #"\b(?:option|answer|choice)s?\s+(?:above|below)\b"#,
    ]

    /// Compiled once per audit.
    private let expressions = patterns.compactMap { try? NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    /// The phrases in `text` that refer to options by position, in the order they occur.
    ///
    /// - Complexity: O(patterns × characters).
    func references(in text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        var found: [(Int, String)] = []
        for expression in expressions {
            for match in expression.matches(in: text, range: range) {
                if let swiftRange = Range(match.range, in: text) { found.append((match.range.location, String(text[swiftRange]))) }
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    func findings(in texts: [AuditedText], locator: AuditLocator) -> [AuditFinding] {
        texts.filter { $0.kind == .option || $0.kind == .feedback }.flatMap { text in
            references(in: text.text).map { phrase in
                AuditFinding(
                    .shuffleReference,
                    "\(text.name) refers to an option by letter or position (\"\(phrase.split(whereSeparator: \.isWhitespace).joined(separator: " "))\"); options are shuffled, so write out what it means",
                    at: locator.refine(text.location, toPhrase: phrase))
            }
        }
    }
}
