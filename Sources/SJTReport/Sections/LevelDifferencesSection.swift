import SJTEngine

/// "Where the levels answered differently": for the decisions whose options split the levels
/// most, each level's shares side by side (options.csv).
///
/// A decision's split is the widest gap between two levels' shares for one of its options, so a
/// decision where most front-line workers chose b and few strategic leaders did comes first; of
/// decisions that split the levels as widely, the one met by most attempts (items.csv's reached,
/// over the levels) comes first, since its shares rest on more answers. Only the ranking uses
/// these; the figures shown are options.csv's.
struct LevelDifferencesSection {
    let options: ReportTable
    let items: ReportTable
    let labels: ReportLabels

    static let shown = 3

    private struct Decision {
        var scenario: String
        var node: String
        /// Options in the file's order, each with its rows per level.
        var options: [(id: String, levels: [LeadershipLevel: (keyed: String, chosen: String, share: String)])]
        var split: Double = 0
        /// Attempts that met the decision, over the levels.
        var reached = 0
        var widest: (option: String, high: LeadershipLevel, low: LeadershipLevel)?
    }

    func make() throws(ReportError) -> ReportSection {
        let heading = "Where the levels answered differently"
        var decisions: [Decision] = []
        var index: [[String]: Int] = [:]
        for row in try options.select(["scenario_id", "level", "node_id", "option_id", "keyed", "chosen", "share"]) {
            guard let level = LeadershipLevel(rawValue: row[1]), !row[6].isEmpty else { continue }
            let key = [row[0], row[2]]
            let position = index[key] ?? {
                decisions.append(Decision(scenario: row[0], node: row[2], options: []))
                index[key] = decisions.count - 1
                return decisions.count - 1
            }()
            if let option = decisions[position].options.firstIndex(where: { $0.id == row[3] }) {
                decisions[position].options[option].levels[level] = (row[4], row[5], row[6])
            } else {
                decisions[position].options.append((row[3], [level: (row[4], row[5], row[6])]))
            }
        }
        for row in try items.select(["scenario_id", "node_id", "reached"]) {
            if let position = index[[row[0], row[1]]] { decisions[position].reached += Int(row[2]) ?? 0 }
        }
        for position in decisions.indices {
            for option in decisions[position].options where option.levels.count >= 2 {
                let shares = option.levels.compactMap { level, figures in Double(figures.share).map { (level, $0) } }.sorted { $0.0 < $1.0 }
                guard let high = shares.max(by: { $0.1 < $1.1 }), let low = shares.min(by: { $0.1 < $1.1 }) else { continue }
                if high.1 - low.1 > decisions[position].split {
                    decisions[position].split = high.1 - low.1
                    decisions[position].widest = (option.id, high.0, low.0)
                }
            }
        }
        let chosen = decisions.enumerated().filter { $0.element.split > 0 }
            .sorted { a, b in
                if a.element.split != b.element.split { return a.element.split > b.element.split }
                return a.element.reached != b.element.reached ? a.element.reached > b.element.reached : a.offset < b.offset
            }
            .prefix(Self.shown).map(\.element)

        var content: [BodyNode] = [ReportSection.paragraph(
            "The same option can be right at one level and wrong at another, and levels often choose differently. "
                + "These are the \(Self.shown) decisions where the shares of two levels' attempts choosing one option differ most. "
                + "Each bar is labelled with its level (FW front-line worker, FL front-line leader, OL operational leader, SL strategic leader) and its share.")]
        guard !chosen.isEmpty else {
            let answeredAtTwoLevels = decisions.contains { decision in decision.options.contains { $0.levels.count >= 2 } }
            content.append(ReportSection.nothingToShow(
                answeredAtTwoLevels
                    ? "Where a decision was answered at two levels or more, every option was chosen as often at each, so there is nothing to set side by side."
                    : "No decision was answered at two levels or more, so there is nothing to set side by side."))
            return ReportSection(id: "levels", heading: heading, content: content)
        }
        for (number, decision) in chosen.enumerated() {
            let levels = LeadershipLevel.allCases.filter { level in decision.options.contains { $0.levels[level] != nil } }
            let id = "levels-\(number + 1)"
            var caption = "The share of each level's attempts that chose each option (options.csv's share: chosen ÷ attempts that met the decision)."
            if let widest = decision.widest, let option = decision.options.first(where: { $0.id == widest.option }),
                let high = option.levels[widest.high], let low = option.levels[widest.low]
            {
                caption += " Option \(widest.option) parts the levels most: \(high.share) of \(labels.level(widest.high.rawValue)) attempts chose it "
                    + "(keyed \(high.keyed) there), \(low.share) of \(labels.level(widest.low.rawValue)) attempts (keyed \(low.keyed))."
            }
            let chart = GroupedBarChart(groups: decision.options.map { option in
                .init(label: "Option \(option.id)", shares: levels.compactMap { level in option.levels[level].map { (level, $0.share) } })
            })
            let header = ["option"] + levels.flatMap { level in
                let short = ReportLabels.abbreviation(level)
                return ["\(short) key", "\(short) chosen", "\(short) share"]
            }
            let rows = decision.options.map { option in
                [option.id] + levels.flatMap { level in option.levels[level].map { [$0.keyed, $0.chosen, $0.share] } ?? ["", "", ""] }
            }
            let figure = ReportFigure(
                id: id, title: "\(labels.scenario(decision.scenario)), decision \(decision.node).", caption: caption,
                chart: chart.svg(labelledBy: id + "-caption"),
                table: DataTable(
                    file: "options.csv", header: header, rows: rows,
                    numeric: Set(levels.indices.flatMap { [2 + 3 * $0, 3 + 3 * $0] })))
            content.append(figure.render())
        }
        return ReportSection(id: "levels", heading: heading, content: content)
    }
}
