/// Lays text out for a terminal: paragraphs reflowed to a width, with an indent.
enum TextLayout {
    /// Wraps text to `width` columns.
    ///
    /// Blank lines separate paragraphs and are kept; single line breaks inside a paragraph are how
    /// authors wrap YAML, so they are reflowed. A word longer than the width gets a line of its own.
    static func wrap(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> String {
        let width = max(width, indent.count + 20)
        var lines: [String] = []
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
            .split { $0.allSatisfy(\.isWhitespace) }
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { lines.append("") }
            let words = paragraph.flatMap { $0.split(separator: " ", omittingEmptySubsequences: true) }
            var line = index == 0 ? (firstIndent ?? indent) : indent
            var lineIsEmpty = true
            for word in words {
                if !lineIsEmpty && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = indent
                    lineIsEmpty = true
                }
                line += (lineIsEmpty ? "" : " ") + word
                lineIsEmpty = false
            }
            if !lineIsEmpty { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }
}
