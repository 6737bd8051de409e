import Plot

/// A chart with its caption and the table of its numbers: the unit every section of the report is
/// made of. A figure with nothing to draw says so in words instead of showing an empty chart.
struct ReportFigure {
    /// The page's own id for the figure, made from fixed words and positions, never from an
    /// export's or a bank's text.
    var id: String
    var title: String
    /// What the chart shows, in a sentence or two of plain English.
    var caption: String
    var chart: BodyNode?
    var table: DataTable?

    func render() -> BodyNode {
        let captionID = id + "-caption"
        return .element(named: "figure", nodes: [
            .safeAttribute("id", id),
            .element(named: "figcaption", nodes: [.safeAttribute("id", captionID), .strong(.literal(title)), .literal(" " + caption)]),
            chart.map { .div(.class("chart-box"), $0) } ?? .empty,
            table?.render() ?? .empty,
        ])
    }
}
