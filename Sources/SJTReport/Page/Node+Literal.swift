import Plot

extension Node {
    /// Text shown exactly as given, whatever it holds.
    ///
    /// Plot escapes `<` and `>` but leaves what looks like a character reference (`&amp;`,
    /// `&#60;`) as it is, so that authors can write entities; a learner's or author's `&lt;` would
    /// then show as `<`. Escaping every `&` first makes Plot's output show the text itself.
    static func literal(_ text: String) -> Node {
        .text(text.replacingOccurrences(of: "&", with: "&amp;"))
    }

    /// An attribute whose value is one of the report's own (a number, a colour, an id it made):
    /// Plot writes attribute values as given, so no text from an export or a bank ever goes in one.
    ///
    /// - Precondition: `value` holds no `"`, `<`, `>` or `&`.
    static func safeAttribute(_ name: String, _ value: String) -> Node {
        precondition(!value.contains(where: { "\"<>&".contains($0) }), "an attribute value the report did not make: \(value)")
        return .attribute(named: name, value: value)
    }
}
