import SJTEngine

/// Principles, framework elements or capabilities per level (principles.csv, elements.csv,
/// capabilities.csv): each area's mean with its spread, weakest first, against the catalogue's
/// "meets expectations" threshold.
struct AreaSection {
    /// Which of the three summaries.
    enum Vocabulary {
        case principles, elements, capabilities

        var idColumn: String {
            switch self {
            case .principles: "principle"
            case .elements: "element"
            case .capabilities: "capability"
            }
        }

        var sectionID: String { String(describing: self) }

        var heading: String {
            switch self {
            case .principles: "Principles per level"
            case .elements: "Framework elements per level"
            case .capabilities: "Capabilities per level"
            }
        }

        /// The word for one, in a sentence.
        var noun: String {
            switch self {
            case .principles: "principle"
            case .elements: "framework element"
            case .capabilities: "capability"
            }
        }
    }

    let table: ReportTable
    let vocabulary: Vocabulary
    let labels: ReportLabels

    static let columns = ["learners", "mean", "sd", "min", "median", "max", "share_meets"]

    /// The section, or `nil` for a vocabulary the catalogue does not have and the export has no rows for.
    func make() throws(ReportError) -> ReportSection? {
        let rows = try table.select(["level", vocabulary.idColumn] + Self.columns)
        if rows.isEmpty, vocabulary == .capabilities, labels.catalogue.capabilities.isEmpty { return nil }
        var content: [BodyNode] = []
        if rows.isEmpty {
            content.append(ReportSection.nothingToShow(
                "No learner has a \(vocabulary.noun) figure: no attempt was complete (\(table.file) has no rows). "
                    + "sjt batch --include-incomplete counts unfinished attempts too."))
            return ReportSection(id: vocabulary.sectionID, heading: vocabulary.heading, content: content)
        }
        content.append(ReportSection.paragraph(
            "For each level, every \(vocabulary.noun) the learners' decisions counted toward, weakest first (by mean percentage). "
                + "The dot is the mean, the shaded bar the mean give or take one standard deviation, the line runs from the lowest "
                + "learner to the highest. The dashed line marks where the catalogue's \u{201C}\(labels.meets?.name ?? "meets expectations")\u{201D} band begins. "
                + "share_meets is the share of learners at or above it."))
        content += ReportSection.perLevel(rows, labels: labels, empty: "No learner at this level has a \(vocabulary.noun) figure.") { level, name, atLevel in
            let sorted = atLevel.sortedByFigure(at: 3)
            let chart = DotRangeChart(
                rows: sorted.map { row in
                    let (mean, sd) = (Double(row[3]), Double(row[4]))
                    return DotRangeChart.Row(
                        label: label(row[1]), value: mean, low: Double(row[5]), high: Double(row[7]),
                        innerLow: mean.flatMap { m in sd.map { max(0, m - $0) } }, innerHigh: mean.flatMap { m in sd.map { min(100, m + $0) } },
                        note: "mean \(row[3]) · n \(row[2])")
                },
                domain: 0...100, ticks: [0, 25, 50, 75, 100], tickLabel: { SVG.number($0) },
                references: labels.meets.map { [.init(value: $0.from, label: "meets \(SVG.number($0.from))", colour: Palette.vermillion)] } ?? [])
            let id = "\(vocabulary.sectionID)-\(level.rawValue)"
            let figure = ReportFigure(
                id: id, title: "\(name).",
                caption: "\(sorted.count) \(vocabulary.noun == "capability" ? "capabilities" : vocabulary.noun + "s"), weakest first; "
                    + "n is the number of learners with a figure.",
                chart: chart.svg(labelledBy: id + "-caption"),
                table: DataTable(
                    file: table.file, header: [vocabulary.idColumn] + Self.columns,
                    rows: sorted.map { [label($0[1])] + Array($0[2...]) }, numeric: Set(1...Self.columns.count)))
            return figure.render()
        }
        return ReportSection(id: vocabulary.sectionID, heading: vocabulary.heading, content: content)
    }

    private func label(_ id: String) -> String {
        switch vocabulary {
        case .principles: labels.principle(id)
        case .elements: labels.element(id)
        case .capabilities: labels.capability(id)
        }
    }
}
