import Foundation

/// A report page taken apart the way the tests need it: its figures by id, each figure's table as
/// header and rows of cell text (entities decoded), and its visible text.
///
/// The page is sjt's own, so a few regular expressions suffice: figures do not nest, and every
/// cell holds text only.
struct ReportHTML {
    let html: String

    init(path: String) throws {
        html = try String(contentsOfFile: path, encoding: .utf8)
    }

    struct Table: Equatable {
        var file: String
        var header: [String]
        var rows: [[String]]
    }

    /// Every table, by the id of the figure that holds it (or `table-<n>` for one outside a figure).
    var tables: [String: Table] {
        var tables: [String: Table] = [:]
        for (number, match) in Self.matches(#"<figure id="([^"]*)">(.*?)</figure>|(<table data-file.*?</table>)"#, in: html).enumerated() {
            let id = match[1].isEmpty ? "table-\(number)" : match[1]
            let body = match[1].isEmpty ? match[3] : match[2]
            guard let table = Self.matches(#"<table data-file="([^"]*)">(.*?)</table>"#, in: body).first else { continue }
            let header = Self.matches(#"<th(?:\s[^>]*)?>(.*?)</th>"#, in: table[2]).map { Self.decode($0[1]) }
            let rows = Self.matches(#"<tbody>(.*?)</tbody>"#, in: table[2]).first.map { body in
                Self.matches(#"<tr>(.*?)</tr>"#, in: body[1]).map { row in Self.matches(#"<td(?:\s[^>]*)?>(.*?)</td>"#, in: row[1]).map { Self.decode($0[1]) } }
            } ?? []
            tables[id] = Table(file: table[1], header: header, rows: rows)
        }
        return tables
    }

    /// Each figure's title (its caption's bold words), by the figure's id.
    var captions: [String: String] {
        Dictionary(
            Self.matches(#"<figure id="([^"]*)"><figcaption[^>]*><strong>(.*?)</strong>"#, in: html).map { ($0[1], Self.decode($0[2])) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The page's text without its tags, entities decoded: what a reader sees.
    var text: String {
        Self.decode(html.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression))
    }

    /// Every tag name the page uses.
    var tagNames: Set<String> {
        Set(Self.matches(#"<([a-zA-Z][a-zA-Z0-9]*)"#, in: html).map { $0[1].lowercased() })
    }

    /// Every attribute name the page uses, with the values each has.
    var attributes: [String: Set<String>] {
        var attributes: [String: Set<String>] = [:]
        for tag in Self.matches(#"<[a-zA-Z][a-zA-Z0-9]*((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*/?>"#, in: html) {
            for attribute in Self.matches(#"([^\s=]+)(?:="([^"]*)")?"#, in: tag[1]) {
                attributes[attribute[1].lowercased(), default: []].insert(attribute[2])
            }
        }
        return attributes
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Each match's groups (0 the whole match; an unmatched group is empty), dot matching newlines.
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let string = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: string.length)).map { match in
            (0..<match.numberOfRanges).map { match.range(at: $0).location == NSNotFound ? "" : string.substring(with: match.range(at: $0)) }
        }
    }
}
