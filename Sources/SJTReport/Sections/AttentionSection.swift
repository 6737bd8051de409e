import SJTEngine

/// "Decisions that need attention": the items.csv rows whose flags an author or trainer should act
/// on, each with the option the cohort chose most there (options.csv).
struct AttentionSection {
    let items: ReportTable
    let options: ReportTable
    let labels: ReportLabels

    /// The flags this section lists a decision for; `option-never-chosen` alone is not one, since
    /// in a small cohort most options go unchosen somewhere.
    static let flags: [(flag: String, meaning: String)] = [
        ("facility-below-0.2", "almost everyone got it wrong at this level: check the key, or the situation's wording"),
        ("facility-above-0.95", "almost everyone got it right: it teaches little at this level"),
        ("negative-discrimination", "learners who did well elsewhere did worse here"),
        ("key-disagrees", "the option chosen most is not one keyed best at the level: the key and the cohort's consensus disagree"),
    ]

    /// How many decisions the chart shows; the table lists every one.
    static let charted = 15

    func make() throws(ReportError) -> ReportSection {
        let heading = "Decisions that need attention"
        let rows = try items.select(["scenario_id", "level", "node_id", "reached", "facility", "discrimination_index", "flags"])
        let mostChosen = try self.mostChosen()
        let wanted = Set(Self.flags.map(\.flag))
        let flagged = rows.enumerated().filter { !Set($0.element[6].split(separator: " ").map(String.init)).isDisjoint(with: wanted) }
            .sorted { a, b in
                let (x, y) = (Int(a.element[3]) ?? 0, Int(b.element[3]) ?? 0)
                return x != y ? x > y : a.offset < b.offset
            }.map(\.element)

        var content: [BodyNode] = [
            ReportSection.paragraph("items.csv flags a decision (per scenario and level) when:"),
            .ul(.group(Self.flags.map { .li(.code(.literal($0.flag)), .literal(": " + $0.meaning)) })),
        ]
        guard !flagged.isEmpty else {
            content.append(ReportSection.nothingToShow(
                rows.isEmpty ? "No decision has figures: no attempt was complete (items.csv has no rows)." : "No decision has any of these flags."))
            return ReportSection(id: "attention", heading: heading, content: content)
        }
        let tableRows = flagged.map { row -> [String] in
            let chosen = mostChosen[[row[0], row[1], row[2]]] ?? []
            return [labels.scenario(row[0]), labels.level(row[1]), row[2], row[3], row[4], row[5], row[6],
                chosen.map(\.option).joined(separator: ", "), chosen.map(\.keyed).joined(separator: ", "), chosen.first?.share ?? ""]
        }
        let chart = DotRangeChart(
            rows: flagged.prefix(Self.charted).map { row in
                let facility = Double(row[4])
                let level = LeadershipLevel(rawValue: row[1]).map(ReportLabels.abbreviation) ?? row[1]
                // The title gives way, so the node and level always show whole.
                let suffix = " · \(row[2]) (\(level))"
                return DotRangeChart.Row(
                    label: SVG.shortened(labels.scenario(row[0]), to: max(12, DotRangeChart.labelLimit - suffix.count)) + suffix, value: facility,
                    note: "facility \(row[4]) · n \(row[3])",
                    colour: facility.map { $0 < 0.2 ? Palette.vermillion : $0 > 0.95 ? Palette.blue : Palette.ink } ?? Palette.ink)
            },
            domain: 0...1, ticks: [0, 0.25, 0.5, 0.75, 1], tickLabel: { $0 == 0 || $0 == 1 ? SVG.number($0) : String($0) },
            references: [
                .init(value: 0.2, label: "0.2", colour: Palette.vermillion), .init(value: 0.95, label: "0.95", colour: Palette.blue),
            ])
        let shown = min(flagged.count, Self.charted)
        let figure = ReportFigure(
            id: "attention-facility", title: "Facility of the flagged decisions.",
            caption: "\(flagged.count) decisions have one of these flags. "
                + (shown < flagged.count ? "The chart shows the \(shown) met by most attempts; the table lists all of them, " : "The table lists them ")
                + "most attempts first. Facility is the mean score of the decision, 0 to 1; the dashed lines are 0.2 and 0.95. "
                + "A decision met by few attempts can be flagged by chance: look at n (reached) before changing it.",
            chart: chart.svg(labelledBy: "attention-facility-caption"),
            table: DataTable(
                file: "items.csv options.csv",
                header: ["scenario", "level", "decision", "reached", "facility", "discrimination_index", "flags", "chosen most", "its key", "its share"],
                rows: tableRows, numeric: [3, 4, 5, 9]))
        content.append(figure.render())
        return ReportSection(id: "attention", heading: heading, content: content)
    }

    struct Chosen {
        var option: String
        var keyed: String
        var share: String
    }

    /// Per scenario, level and decision, the options chosen by the most attempts (several when they
    /// tie); none for a decision no attempt led with an option at (a rate decision).
    private func mostChosen() throws(ReportError) -> [[String]: [Chosen]] {
        var best: [[String]: (count: Int, options: [Chosen])] = [:]
        for row in try options.select(["scenario_id", "level", "node_id", "option_id", "keyed", "chosen", "share"]) {
            guard let count = Int(row[5]), count > 0 else { continue }
            let key = Array(row[0...2])
            let chosen = Chosen(option: row[3], keyed: row[4], share: row[6])
            switch best[key] {
            case let current? where current.count > count: continue
            case let current? where current.count == count: best[key] = (count, current.options + [chosen])
            default: best[key] = (count, [chosen])
            }
        }
        return best.mapValues(\.options)
    }
}
