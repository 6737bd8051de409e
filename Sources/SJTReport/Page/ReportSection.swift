import Plot

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
