import Plot

/// The table beneath a chart: the chart's figures as the CSV file writes them, for screen readers,
/// for people who prefer tables, and for checking the chart.
///
/// An empty cell is a figure that does not exist (docs/statistics.md); the style sheet shows it as
/// a dash without putting one in the page, so the cell holds what the file holds.
struct DataTable {
    /// The CSV file the rows come from, named in the table's `data-file` attribute.
    var file: String
    var header: [String]
    var rows: [[String]]
    /// Columns of figures, set right-aligned.
    var numeric: Set<Int> = []

    func render() -> BodyNode {
        .table(
            .safeAttribute("data-file", file),
            .thead(.tr(.group(header.enumerated().map { index, name in
                .th(.if(numeric.contains(index), .class("n")), .literal(name))
            }))),
            .tbody(.group(rows.map { row in
                .tr(.group(row.enumerated().map { index, cell in
                    .td(.if(numeric.contains(index), .class("n")), .literal(cell))
                }))
            }))
        )
    }
}
