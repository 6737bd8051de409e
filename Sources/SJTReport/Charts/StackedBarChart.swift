/// Horizontal bars split into segments: learners per band at each level, or attempts complete and
/// not. Each segment is labelled with its count (and its name where it fits), and the chart has a
/// legend in the segments' order, which is the same on every bar.
struct StackedBarChart {
    struct Segment {
        var name: String
        var count: Int
        var colour: String
    }

    struct Bar {
        var label: String
        var segments: [Segment]
        /// Said instead of a bar when the segments add up to nothing, e.g. "no learner at this level".
        var emptyNote: String
        /// Said after the bar, e.g. "7 learners".
        var total: String
    }

    var bars: [Bar]
    /// The segments' names and colours, in order.
    var legend: [(name: String, colour: String)]

    private let width = 760.0
    private let labelWidth = 170.0
    private let barLeft = 180.0
    private let barRight = 640.0
    private let barHeight = 24.0
    private let gap = 12.0
    private let top = 34.0

    func svg(labelledBy caption: String) -> BodyNode {
        var nodes: [BodyNode] = legendNodes()
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * (barHeight + gap)
            nodes.append(SVG.text(SVG.shortened(bar.label, to: 28), x: labelWidth, y: y + barHeight / 2 + 4, anchor: .end))
            let total = bar.segments.reduce(0) { $0 + $1.count }
            guard total > 0 else {
                nodes.append(SVG.text(bar.emptyNote, x: barLeft, y: y + barHeight / 2 + 4, fill: Palette.muted))
                continue
            }
            var x = barLeft
            for segment in bar.segments where segment.count > 0 {
                let segmentWidth = (barRight - barLeft) * Double(segment.count) / Double(total)
                nodes.append(SVG.rect(x: x, y: y, width: segmentWidth, height: barHeight, fill: segment.colour, stroke: Palette.outline))
                let named = "\(segment.name) \(segment.count)"
                let label = SVG.width(of: named) + 8 <= segmentWidth ? named : SVG.width(of: "\(segment.count)") + 4 <= segmentWidth ? "\(segment.count)" : nil
                if let label {
                    nodes.append(SVG.text(label, x: x + segmentWidth / 2, y: y + barHeight / 2 + 4, anchor: .middle, fill: Palette.text(on: segment.colour)))
                }
                x += segmentWidth
            }
            nodes.append(SVG.text(bar.total, x: barRight + 8, y: y + barHeight / 2 + 4))
        }
        let height = top + Double(bars.count) * (barHeight + gap)
        return SVG.canvas(width: width, height: height, labelledBy: caption, nodes)
    }

    /// Swatches with names along the top, left to right in the segments' order.
    private func legendNodes() -> [BodyNode] {
        var nodes: [BodyNode] = []
        var x = barLeft
        for entry in legend {
            nodes.append(SVG.rect(x: x, y: 8, width: 12, height: 12, fill: entry.colour, stroke: Palette.outline))
            nodes.append(SVG.text(entry.name, x: x + 16, y: 18))
            x += 16 + SVG.width(of: entry.name) + 14
        }
        return nodes
    }
}
