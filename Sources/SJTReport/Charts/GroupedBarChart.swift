import SJTEngine

/// For one decision, a group of bars per option, one bar per level, each as long as the share of
/// that level's attempts that chose the option and labelled with the level and the share, so the
/// levels can be told apart without their colours.
struct GroupedBarChart {
    struct Group {
        var label: String
        /// Per level, the share as the CSV file writes it (`0.6667`); levels with no share are left out.
        var shares: [(level: LeadershipLevel, share: String)]
    }

    var groups: [Group]

    private let width = 760.0
    private let labelRight = 200.0
    private let plotLeft = 210.0
    private let plotRight = 620.0
    private let barHeight = 13.0
    private let groupGap = 12.0
    private let top = 10.0

    func svg(labelledBy caption: String) -> BodyNode {
        let largest = max(1, groups.flatMap { $0.shares.compactMap { Double($0.share) } }.max() ?? 1)
        var nodes: [BodyNode] = []
        var y = top
        for group in groups {
            let groupHeight = Double(max(group.shares.count, 1)) * barHeight
            nodes.append(SVG.text(SVG.shortened(group.label, to: 32), x: labelRight, y: y + groupHeight / 2 + 4, anchor: .end, bold: true))
            for (level, share) in group.shares {
                let value = Double(share) ?? 0
                let barWidth = (plotRight - plotLeft) * value / largest
                nodes.append(SVG.rect(x: plotLeft, y: y, width: barWidth, height: barHeight - 2, fill: Palette.level(level), stroke: Palette.outline))
                nodes.append(SVG.text("\(ReportLabels.abbreviation(level)) \(share)", x: plotLeft + barWidth + 5, y: y + barHeight - 3, size: 10))
                y += barHeight
            }
            y += groupGap
        }
        nodes.append(SVG.line(x1: plotLeft, y1: top - 4, x2: plotLeft, y2: y - groupGap + 2, stroke: Palette.ink))
        return SVG.canvas(width: width, height: y, labelledBy: caption, nodes)
    }
}
