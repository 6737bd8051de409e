import ArgumentParser
import SJTAuthoring
import SJTEngine

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a scenario's branching structure as Graphviz DOT or Mermaid.",
        discussion: """
            Render DOT with `dot -Tsvg`; paste Mermaid into any Markdown viewer that draws it.

            \(ExitStatus.help())
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, mermaid }

    @OptionGroup var bank: BankOptions

    @Argument(help: "The scenario id.")
    var id: String

    @Option(help: "The language to draw in.")
    var format: Format = .mermaid

    func run() throws {
        let loaded = try bank.loadBank()
        let scenario = try bank.scenario(id, in: loaded)
        let graph = ScenarioGraph(scenario: scenario, catalogue: loaded.catalogue)
        Terminal.standardOutput.write(format == .dot ? graph.dot() : graph.mermaid())
    }
}
