import Foundation
import SJTEngine

/// Checks that every quotation that claims to be the pledge or the framework is theirs word for
/// word (see ``SourceMatcher`` for what "word for word" allows), and that the catalogue's own
/// `pledge:` texts are.
///
/// **Which quotations claim a source.** A passage in double quotes (straight `"…"` or typographic
/// `“…”`) of two words or more, in a situation, feedback or debrief, whose sentence names the pledge
/// or the framework: the words "pledge", "framework", "principle", "element", "dimension" or
/// "capability", an element number such as 5.3, or the name of a catalogue principle (its words up
/// to the first colon). Other quotations (what a character says, "family time") are not claims and
/// are not checked.
struct QuotationCheck: Sendable {
    let matcher: SourceMatcher
    /// Normalised principle names, each at least two words, that make a sentence a claim.
    let principleNames: [[Substring]]

    init(catalogue: Catalogue) {
        matcher = SourceMatcher(catalogue.sources)
        principleNames = catalogue.principles.map {
            SourceMatcher.words(String($0.name.split(separator: ":", maxSplits: 1).first ?? ""))
        }.filter { $0.count >= 2 }
    }

    /// A quotation: its words and where it starts in the text.
    struct Quotation: Equatable {
        var text: String
        /// The opening mark and first word, to find it in the file.
        var opening: String
        var sentence: String
    }

    /// Every double-quoted passage in a text with the sentence it stands in.
    ///
    /// - Complexity: O(characters).
    static func quotations(in text: String) -> [Quotation] {
        let characters = Array(text)
        var result: [Quotation] = []
        var index = 0
        while index < characters.count {
            let mark = characters[index]
            let close: Character? = mark == "\"" ? "\"" : (mark == "\u{201C}" ? "\u{201D}" : nil)
            guard let close, let end = characters[(index + 1)...].firstIndex(of: close) else { index += 1; continue }
            let quoted = String(characters[(index + 1)..<end])
            let firstWord = quoted.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
            result.append(Quotation(text: quoted, opening: String(mark) + firstWord, sentence: sentence(around: index..<end, in: characters)))
            index = end + 1
        }
        return result
    }

    /// The sentence holding a range: back to the previous ". ", "! " or "? " and on to the next.
    private static func sentence(around range: Range<Int>, in characters: [Character]) -> String {
        func isBoundary(_ at: Int) -> Bool {
            at + 1 < characters.count && ".!?".contains(characters[at]) && characters[at + 1].isWhitespace
        }
        var start = range.lowerBound
        while start > 0 && !isBoundary(start - 1) { start -= 1 }
        var end = range.upperBound
        while end < characters.count && !isBoundary(end) { end += 1 }
        return String(characters[start..<min(end + 1, characters.count)])
    }

    /// Whether a quotation's sentence attributes it to the pledge or the framework.
    func isClaim(_ quotation: Quotation) -> Bool {
        guard SourceMatcher.words(quotation.text).count >= 2 else { return false }
        let sentence = quotation.sentence.lowercased()
        let keywords = ["pledge", "framework", "principle", "element", "dimension", "capabilit"]
        if keywords.contains(where: sentence.contains) { return true }
        if sentence.range(of: #"\b[1-7]\.[1-4]\b"#, options: .regularExpression) != nil { return true }
        let words = SourceMatcher.words(quotation.sentence)
        return principleNames.contains { name in
            words.count >= name.count && (0...(words.count - name.count)).contains { words[$0..<($0 + name.count)].elementsEqual(name) }
        }
    }

    /// Findings for claimed quotations not found in any source, and the counts checked and found.
    func findings(in texts: [AuditedText], locator: AuditLocator) -> (findings: [AuditFinding], checked: Int, found: Int) {
        var findings: [AuditFinding] = [], checked = 0, found = 0
        for text in texts where text.kind != .option {
            for quotation in Self.quotations(in: text.text) where isClaim(quotation) {
                checked += 1
                if matcher.source(of: quotation.text) != nil { found += 1; continue }
                let shown = quotation.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let why = matcher.isEmpty ? "the catalogue has no `sources:` to check it against" : "it is not word for word in any of the catalogue's sources"
                findings.append(
                    AuditFinding(
                        .quotationNotInSource, "\(text.name) quotes \"\(shown)\" as the pledge or framework, but \(why)",
                        at: locator.refine(text.location, toPhrase: quotation.opening)))
            }
        }
        return (findings, checked, found)
    }

    /// A finding for each principle whose `pledge:` text is not its source's words in order.
    func pledgeFindings(_ catalogue: Catalogue, locator: AuditLocator) -> [AuditFinding] {
        catalogue.principles.compactMap { principle in
            guard matcher.source(of: principle.pledge) == nil else { return nil }
            let why = matcher.isEmpty ? "the catalogue has no `sources:` to check it against" : "it is not the words of any source in order; mark cut words with …"
            return AuditFinding(
                .quotationNotInSource, "the pledge text of principle '\(principle.id)' is shown to learners as a quotation, but \(why)",
                at: locator.catalogueLocation(of: "pledge:", after: "id: \(principle.id)"))
        }
    }
}
