/// A source document's own words, carried by the catalogue so that quotations in scenarios can be
/// checked against them: a pledge, the framework's element and level descriptions, a set of
/// capabilities.
///
/// The text is the source's exactly as published (copied from the seed documents); `sjt audit`
/// compares words after normalising case, punctuation and typographic quotes, so line breaks and
/// the source's own formatting do not matter.
public struct SourceText: Sendable, Equatable, Identifiable, Codable {
    public var id: String
    public var title: String
    public var text: String

    public init(id: String, title: String, text: String) {
        self.id = id
        self.title = title
        self.text = text
    }
}
