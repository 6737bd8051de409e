/// One row per thing measured: a dot at its value, a line across its range, and optionally a
/// darker band across its spread, against vertical reference lines. The report draws three
/// charts with it: a principle's mean (dot), its learners' lowest to highest (line) and mean ± one
/// standard deviation (band) against the "meets expectations" threshold; a decision's facility
/// against 0.2 and 0.95; and a mean change with its 95% interval against zero.
///
/// Every row is labelled at its right with its figures in words, so the chart can be read without
/// colour, and the table beneath it has the same figures as the CSV file.
struct DotRangeChart {
    struct Row {
        var label: String
        var value: Double?
        var low: Double?
        var high: Double?
        var innerLow: Double?
        var innerHigh: Double?
        /// The figures, written beside the row.
        var note: String
        var colour: String = Palette.ink
    }

    struct Reference {
        var value: Double
        var label: String
        var colour: String
    }

    var rows: [Row]
    var domain: ClosedRange<Double>
    var ticks: [Double]
    var tickLabel: (Double) -> String
    var references: [Reference] = []

    /// The most characters of a row's label the chart shows.
    static let labelLimit = 44

    private let width = 760.0
    private let labelRight = 262.0
    private let plotLeft = 270.0
    private let plotRight = 560.0
    private let noteLeft = 570.0
    private let rowHeight = 20.0
    private let top = 30.0

    private func x(_ value: Double) -> Double {
        let clamped = min(max(value, domain.lowerBound), domain.upperBound)
        return plotLeft + (plotRight - plotLeft) * (clamped - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
    }

    func svg(labelledBy caption: String) -> BodyNode {
        let bottom = top + Double(rows.count) * rowHeight
        var nodes: [BodyNode] = []
        for tick in ticks {
            nodes.append(SVG.line(x1: x(tick), y1: top - 4, x2: x(tick), y2: bottom, stroke: Palette.grid))
            nodes.append(SVG.text(tickLabel(tick), x: x(tick), y: bottom + 14, anchor: .middle, size: 10, fill: Palette.muted))
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            if index % 2 == 1 {
                nodes.insert(SVG.rect(x: 0, y: y - rowHeight / 2, width: width, height: rowHeight, fill: "#f4f4f4"), at: 0)
            }
            nodes.append(SVG.text(SVG.shortened(row.label, to: Self.labelLimit), x: labelRight, y: y + 4, anchor: .end))
            if let low = row.low, let high = row.high {
                nodes.append(SVG.line(x1: x(low), y1: y, x2: x(high), y2: y, stroke: Palette.outline, width: 1.5))
                nodes.append(SVG.line(x1: x(low), y1: y - 4, x2: x(low), y2: y + 4, stroke: Palette.outline, width: 1.5))
                nodes.append(SVG.line(x1: x(high), y1: y - 4, x2: x(high), y2: y + 4, stroke: Palette.outline, width: 1.5))
            }
            if let innerLow = row.innerLow, let innerHigh = row.innerHigh {
                nodes.append(SVG.rect(x: x(innerLow), y: y - 5, width: x(innerHigh) - x(innerLow), height: 10, fill: Palette.skyBlue, stroke: Palette.outline))
            }
            if let value = row.value {
                nodes.append(SVG.circle(cx: x(value), cy: y, r: 4.5, fill: row.colour, stroke: "#ffffff"))
            }
            nodes.append(SVG.text(row.note, x: noteLeft, y: y + 4, size: 10.5))
        }
        for reference in references {
            nodes.append(SVG.line(x1: x(reference.value), y1: top - 10, x2: x(reference.value), y2: bottom, stroke: reference.colour, width: 1.5, dashed: true))
            nodes.append(SVG.text(reference.label, x: x(reference.value), y: top - 14, anchor: .middle, size: 10, bold: true, fill: reference.colour))
        }
        return SVG.canvas(width: width, height: bottom + 22, labelledBy: caption, nodes)
    }
}
