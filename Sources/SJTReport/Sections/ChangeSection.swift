import Foundation
import SJTEngine

/// "What changed": per level and principle, the mean change from before the course to after with
/// its 95% confidence interval against zero, the effect size and the share who moved up a band
/// (summary.csv of `sjt compare`).
struct ChangeSection {
    let summary: ReportTable
    let labels: ReportLabels

    static let columns = ["learners", "mean_pre", "mean_post", "mean_change", "sd_change", "ci95_low", "ci95_high", "effect_size", "share_moved_up"]

    func make() throws(ReportError) -> ReportSection {
        let heading = "What changed, per principle and level"
        let rows = try summary.select(["level", "principle"] + Self.columns)
        var content: [BodyNode] = [ReportSection.paragraph(
            "For each level, each principle's mean change in percentage points from before to after, smallest first. "
                + "The line is the 95% confidence interval of the mean change: wholly right of zero, the cohort improved beyond what chance would give "
                + "(\u{201C}rose\u{201D}); wholly left, it fell; across zero, this cohort's data cannot tell. effect_size is Cohen's d for paired scores "
                + "(about 0.2 small, 0.5 medium, 0.8 large); share_moved_up the share of learners whose band went up.")]
        guard !rows.isEmpty else {
            content.append(ReportSection.nothingToShow(
                "No learner could be compared: none is in both cohorts at the same level with complete attempts on a principle in common. "
                    + "unmatched.csv says why for each."))
            return ReportSection(id: "change", heading: heading, content: content)
        }
        content += ReportSection.perLevel(rows, labels: labels, empty: "No learner at this level was in both cohorts with a principle to compare.") {
            level, name, atLevel in
            let sorted = atLevel.sortedByFigure(at: 5)
            let extent = sorted.flatMap { [$0[5], $0[7], $0[8]].compactMap(Double.init).map(abs) }.max() ?? 0
            let bound = max(10, (extent / 10).rounded(.up) * 10)
            let chart = DotRangeChart(
                rows: sorted.map { row in
                    let (low, high) = (Double(row[7]), Double(row[8]))
                    let verdict =
                        if let low, let high { low > 0 ? "rose" : high < 0 ? "fell" : "can't tell" } else { "one pair: no interval" }
                    return DotRangeChart.Row(
                        label: labels.principle(row[1]), value: Double(row[5]), low: low, high: high,
                        note: "\(row[5]) · \(verdict) · n \(row[2])",
                        colour: verdict == "rose" ? Palette.blue : verdict == "fell" ? Palette.vermillion : Palette.ink)
                },
                domain: -bound...bound, ticks: [-bound, -bound / 2, 0, bound / 2, bound], tickLabel: { SVG.number($0) },
                references: [.init(value: 0, label: "no change", colour: Palette.ink)])
            let id = "change-\(level.rawValue)"
            let figure = ReportFigure(
                id: id, title: "\(name).",
                caption: "Mean change (dot) and its 95% interval (line) per principle, in percentage points; n is the number of learners compared.",
                chart: chart.svg(labelledBy: id + "-caption"),
                table: DataTable(
                    file: summary.file, header: ["principle"] + Self.columns, rows: sorted.map { [labels.principle($0[1])] + Array($0[2...]) },
                    numeric: Set(1...Self.columns.count)))
            return figure.render()
        }
        return ReportSection(id: "change", heading: heading, content: content)
    }
}
