import SJTEngine

/// How the scenario bank covers the catalogue: principles × levels × response formats, with counts,
/// so gaps are visible at a glance. The table in scenarios/README.md is this report's output.
public struct BankCoverage: Sendable {
    public let bank: ScenarioBank
    /// Every decision node in the bank, with its scenario: gathered once, as every count reads it.
    public let decisions: [(scenario: Scenario, node: NodeID, decision: Decision)]

    public init(bank: ScenarioBank) {
        self.bank = bank
        decisions = bank.scenarios.flatMap { scenario in
            scenario.nodes.compactMap { node in node.decision.map { (scenario, node.id, $0) } }
        }
    }

    /// Scenarios whose main (first) principle is this one.
    public func scenariosWithMainPrinciple(_ id: PrincipleID) -> Int {
        bank.scenarios.count { $0.mainPrinciple == id }
    }

    /// Decisions that count toward a principle, in scenarios written for a level.
    public func decisions(principle: PrincipleID, level: LeadershipLevel) -> Int {
        decisions.count { $0.scenario.covers(level) && principles(of: $0.decision, in: $0.scenario).contains(principle) }
    }

    public func decisions(principle: PrincipleID, format: ResponseFormat) -> Int {
        decisions.count { $0.decision.format == format && principles(of: $0.decision, in: $0.scenario).contains(principle) }
    }

    /// Decisions with at least one option rated differently at two levels.
    public var levelDependentDecisions: Int {
        decisions.count { $0.decision.choices.contains { !$0.key.isUniform } }
    }

    public func decisions(format: ResponseFormat) -> Int { decisions.count { $0.decision.format == format } }

    private func principles(of decision: Decision, in scenario: Scenario) -> [PrincipleID] {
        decision.taggedPrinciples.isEmpty ? scenario.principles : decision.taggedPrinciples
    }

    /// The coverage tables as Markdown.
    public func markdown() -> String {
        let catalogue = bank.catalogue
        let levels = LeadershipLevel.allCases
        let formats = ResponseFormat.allCases
        var lines: [String] = []
        lines.append(
            "\(count(bank.scenarios.count, "scenario")), \(count(decisions.count, "decision")); \(count(levelDependentDecisions, "decision")) "
                + "(\(Percent.share(levelDependentDecisions, of: decisions.count))) have an option rated differently between levels.")
        lines.append("")
        lines.append("Decisions by format: " + formats.map { "\($0) \(decisions(format: $0))" }.joined(separator: ", ") + ".")
        lines.append("")
        lines.append("Each cell counts the decisions that exercise the principle (tagged on the node or its options).")
        lines.append("")
        let header = ["principle", "main in"] + levels.map(\.rawValue) + formats.map(\.rawValue)
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
        for principle in catalogue.principles {
            let cells =
                [principle.id.rawValue, "\(scenariosWithMainPrinciple(principle.id))"]
                + levels.map { "\(decisions(principle: principle.id, level: $0))" }
                + formats.map { "\(decisions(principle: principle.id, format: $0))" }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append("| scenario | main principle | levels | decisions | endings |")
        lines.append("|---|---|---|---|---|")
        for scenario in bank.scenarios {
            let decisionCount = scenario.nodes.count { $0.decision != nil }
            let endings = Set(scenario.nodes.compactMap { $0.ending?.outcome.rawValue }).sorted()
            lines.append(
                "| \(scenario.id) | \(scenario.mainPrinciple?.rawValue ?? "") | \(scenario.levels.count) | \(decisionCount) | \(endings.joined(separator: ", ")) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

}
