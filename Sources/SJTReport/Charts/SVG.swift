import Foundation
import Plot

typealias BodyNode = Node<HTML.BodyContext>

/// The few SVG elements the charts draw, as Plot nodes, so that every label goes through Plot's
/// escaping like the rest of the page.
///
/// Coordinates are written with at most one decimal, so the same figures always give the same
/// bytes. Attribute values are the chart's own numbers and colours (``Node/safeAttribute(_:_:)``);
/// text from an export or a bank only ever appears as element content.
enum SVG {
    /// `12`, `12.5`: one decimal, none when it is zero.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// An `<svg>` of the given size in its own units, scaled to the page's width by the style sheet,
    /// described for screen readers by the element `labelledBy` names (the figure's caption). SVG
    /// inside HTML needs no namespace attribute, so the page names no address at all.
    static func canvas(width: Double, height: Double, labelledBy: String, _ children: [BodyNode]) -> BodyNode {
        .element(named: "svg", nodes: [
            .safeAttribute("viewBox", "0 0 \(number(width)) \(number(height))"),
            .safeAttribute("width", number(width)), .safeAttribute("height", number(height)),
            .safeAttribute("role", "img"), .safeAttribute("aria-labelledby", labelledBy),
            .safeAttribute("class", "chart"),
        ] + children)
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) -> BodyNode {
        .element(named: "rect", nodes: [
            .safeAttribute("x", number(x)), .safeAttribute("y", number(y)),
            .safeAttribute("width", number(max(width, 0))), .safeAttribute("height", number(height)),
            .safeAttribute("fill", fill),
        ] + (stroke.map { [.safeAttribute("stroke", $0), .safeAttribute("stroke-width", "0.75")] } ?? []))
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dashed: Bool = false) -> BodyNode {
        .element(named: "line", nodes: [
            .safeAttribute("x1", number(x1)), .safeAttribute("y1", number(y1)),
            .safeAttribute("x2", number(x2)), .safeAttribute("y2", number(y2)),
            .safeAttribute("stroke", stroke), .safeAttribute("stroke-width", number(width)),
        ] + (dashed ? [.safeAttribute("stroke-dasharray", "4 3")] : []))
    }

    static func circle(cx: Double, cy: Double, r: Double, fill: String, stroke: String) -> BodyNode {
        .element(named: "circle", nodes: [
            .safeAttribute("cx", number(cx)), .safeAttribute("cy", number(cy)), .safeAttribute("r", number(r)),
            .safeAttribute("fill", fill), .safeAttribute("stroke", stroke), .safeAttribute("stroke-width", "1"),
        ])
    }

    enum Anchor: String {
        case start, middle, end
    }

    static func text(
        _ text: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = 11, bold: Bool = false, fill: String = Palette.ink
    ) -> BodyNode {
        .element(named: "text", nodes: [
            .safeAttribute("x", number(x)), .safeAttribute("y", number(y)), .safeAttribute("text-anchor", anchor.rawValue),
            .safeAttribute("font-size", number(size)), .safeAttribute("fill", fill),
        ] + (bold ? [.safeAttribute("font-weight", "bold")] : []) + [.literal(text)])
    }

    /// `text` cut to `limit` characters with an ellipsis: a chart's labels have a fixed width, and
    /// the table beneath the chart has the whole name.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// A rough width of `text` at `size`, for deciding whether a label fits inside a bar.
    static func width(of text: String, size: Double = 11) -> Double { Double(text.count) * size * 0.58 }
}
