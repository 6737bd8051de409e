import Plot
import SJTEngine

/// A part of the report with its heading, listed in the page's contents.
struct ReportSection {
    /// The in-page anchor, a fixed word such as `glance`.
    var id: String
    var heading: String
    var content: [BodyNode]

    func render() -> BodyNode {
        .section(.safeAttribute("id", id), .h2(.literal(heading)), .group(content))
    }

    /// A paragraph of plain text.
    static func paragraph(_ text: String) -> BodyNode { .p(.literal(text)) }

    /// A paragraph that says there is nothing to show, and why, where a chart would be.
    static func nothingToShow(_ text: String) -> BodyNode { .p(.class("empty"), .literal(text)) }
}

extension ReportSection {
    /// One figure per level, in the framework's order, from the rows whose first cell is that
    /// level's id; a level with no row gets its name and `empty`, in words, instead of an empty chart.
    static func perLevel(_ rows: [[String]], labels: ReportLabels, empty: String, figure: (LeadershipLevel, String, [[String]]) -> BodyNode) -> [BodyNode] {
        LeadershipLevel.allCases.flatMap { level -> [BodyNode] in
            let atLevel = rows.filter { $0[0] == level.rawValue }
            let name = labels.level(level.rawValue)
            return atLevel.isEmpty ? [.h3(.literal(name)), nothingToShow(empty)] : [figure(level, name, atLevel)]
        }
    }
}
