/// Text that came from a store or from a user, as it may be written to a terminal: every control
/// character is shown as a Swift escape (`\u{1B}` for ESC), so a learner id holding an escape
/// sequence is seen, not obeyed. Bidirectional formatting characters (U+202E and its kin) are
/// shown the same way, because they reorder what follows them on the line.
///
/// The one rule for every place sjt writes such text to a terminal; documented in
/// docs/practice.md. Files (CSV, JSON) keep the text as it was.
struct VisibleText: CustomStringConvertible {
    let text: String

    init(_ text: String) { self.text = text }

    var description: String {
        var shown = ""
        for scalar in text.unicodeScalars {
            if Self.isHidden(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                shown += "\\u{" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// C0 and C1 controls and DEL (category Cc), and the bidirectional marks, embeddings,
    /// overrides and isolates.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
