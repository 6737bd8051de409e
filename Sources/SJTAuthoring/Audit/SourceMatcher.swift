import Foundation
import SJTEngine

/// Finds a quotation word for word in the catalogue's source texts.
///
/// Words are compared after normalising: case is ignored; typographic apostrophes count as `'`;
/// everything that is not a letter, a digit or an apostrophe (punctuation, dashes, slashes,
/// markdown emphasis, line breaks) separates words, so "decision-making" and "decision making",
/// "governance/decision" and "governance decision" match, but an added, dropped or changed word
/// never does. An ellipsis (`…` or `...`) marks cut words: each piece must be found, in order, in
/// one source.
struct SourceMatcher: Sendable {
    private let sources: [(id: String, words: [Substring])]

    init(_ sources: [SourceText]) {
        self.sources = sources.map { ($0.id, Self.words($0.text)) }
    }

    var isEmpty: Bool { sources.isEmpty }

    /// The normalised words of a text.
    ///
    /// - Complexity: O(characters).
    static func words(_ text: String) -> [Substring] {
        let folded = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
        return folded.split { !($0.isLetter || $0.isNumber || $0 == "'") }
            .map { $0.drop { $0 == "'" } }.map { word in word.dropLast(word.reversed().prefix { $0 == "'" }.count) }
            .filter { !$0.isEmpty }
    }

    /// The id of the first source that holds every piece of `quotation` in order, or `nil`.
    ///
    /// - Complexity: O(sources × source words × quotation words).
    func source(of quotation: String) -> String? {
        let pieces = quotation.replacingOccurrences(of: "...", with: "\u{2026}").split(separator: "\u{2026}")
            .map { Self.words(String($0)) }.filter { !$0.isEmpty }
        guard !pieces.isEmpty else { return nil }
        return sources.first { source in
            var from = 0
            for piece in pieces {
                guard let found = Self.find(piece, in: source.words, from: from) else { return false }
                from = found + piece.count
            }
            return true
        }?.id
    }

    private static func find(_ piece: [Substring], in words: [Substring], from start: Int) -> Int? {
        guard piece.count <= words.count - start else { return nil }
        for index in start...(words.count - piece.count) where words[index] == piece[0] {
            if words[index..<(index + piece.count)].elementsEqual(piece) { return index }
        }
        return nil
    }
}
