import Foundation
import SJTEngine

/// A scenario's branching structure as text an author can look at: Graphviz DOT or Mermaid.
///
/// Decisions are boxes labelled with their id and format; endings are rounded and labelled with
/// their outcome; edges carry the ids of the options that take them.
public struct ScenarioGraph: Sendable {
    public var scenario: Scenario
    public var catalogue: Catalogue

    public init(scenario: Scenario, catalogue: Catalogue) {
        self.scenario = scenario
        self.catalogue = catalogue
    }

    struct Edge { var from: NodeID; var to: NodeID; var label: String }

    var edges: [Edge] {
        scenario.nodes.flatMap { node -> [Edge] in
            guard let decision = node.decision else { return [] }
            return node.successors.map { next in
                let label =
                    decision.format.route == .nodeNext
                    ? "rated" : decision.choices.filter { $0.next == next }.map(\.id.rawValue).joined(separator: ", ")
                return Edge(from: node.id, to: next, label: label)
            }
        }
    }

    public func dot() -> String {
        var lines = ["digraph \(quoted(scenario.id.rawValue)) {", "  rankdir=TB;", "  node [fontname=\"Helvetica\"];"]
        for node in scenario.nodes {
            switch node.content {
            case .decision(let decision):
                lines.append("  \(quoted(node.id.rawValue)) [shape=box, label=\(quoted("\(node.id)\\n(\(decision.format))"))];")
            case .ending(let ending):
                let style = ending.outcome.rawValue == "positive" ? "bold" : (ending.outcome.rawValue == "negative" ? "dashed" : "solid")
                lines.append(
                    "  \(quoted(node.id.rawValue)) [shape=ellipse, style=\(style), label=\(quoted("\(node.id)\\n\(outcomeName(ending.outcome))"))];")
            }
        }
        for edge in edges {
            lines.append("  \(quoted(edge.from.rawValue)) -> \(quoted(edge.to.rawValue)) [label=\(quoted(edge.label))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    public func mermaid() -> String {
        var names: [NodeID: String] = [:]
        for (index, node) in scenario.nodes.enumerated() { names[node.id] = "n\(index)" }
        var lines = ["flowchart TD"]
        for node in scenario.nodes {
            let name = names[node.id]!
            switch node.content {
            case .decision(let decision):
                lines.append("  \(name)[\"\(escape(node.id.rawValue))<br/>(\(decision.format))\"]")
            case .ending(let ending):
                lines.append("  \(name)([\"\(escape(node.id.rawValue))<br/>\(escape(outcomeName(ending.outcome)))\"])")
            }
        }
        for edge in edges {
            lines.append("  \(names[edge.from]!) -->|\"\(escape(edge.label))\"| \(names[edge.to]!)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func outcomeName(_ id: OutcomeID) -> String { catalogue.outcome(id)?.name ?? id.rawValue }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func escape(_ text: String) -> String { text.replacingOccurrences(of: "\"", with: "#quot;") }
}
