import ArgumentParser
import SJTAuthoring
import SJTEngine

struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "Show the catalogue, or with --coverage how the scenario bank covers it.",
        discussion: """
            Without --coverage: which scenario bank is in use (built into sjt, or a folder) and its \
            version, then the principles, levels, rating scale, bands, leadership framework and \
            leadership capabilities that scenarios are written and scored against. With it: the \
            Markdown coverage table kept in scenarios/README.md.

            \(ExitStatus.help())
            """
    )

    @OptionGroup var bank: BankOptions

    @Flag(help: "Print principles × levels × formats coverage of the bank, as Markdown.")
    var coverage = false

    func run() throws {
        let loaded = try bank.loadBank()
        if coverage {
            Terminal.standardOutput.write(BankCoverage(bank: loaded).markdown())
            return
        }
        let catalogue = loaded.catalogue
        let count = loaded.scenarios.count
        var lines = [
            "Scenario bank: \(bank.origin), \(loaded.version), \(count) \(count == 1 ? "scenario" : "scenarios")", "",
            "\(catalogue.title) (version \(catalogue.version))", "", "Principles:",
        ]
        lines += catalogue.principles.map { "  \($0.id)  \($0.name)" }
        lines += ["", "Levels:"] + catalogue.levels.map { "  \($0.level)  \($0.name)" }
        lines += ["", "Rating scale (lowest first):"] + catalogue.scale.ratings.map { "  \($0.id)  \($0.name), \($0.points) \($0.points == 1 ? "point" : "points")" }
        lines += ["", "Bands:"] + catalogue.bands.map { "  from \(Int($0.from))%  \($0.name)" }
        lines += ["", "Framework:"]
        for dimension in catalogue.dimensions {
            lines.append("  \(dimension.id) \(dimension.name)\(dimension.isSeniorOnly ? " (senior staff only)" : "")")
            lines += dimension.elements.map { "    \($0.id) \($0.name)" }
        }
        if !catalogue.capabilities.isEmpty {
            lines += ["", "Leadership capabilities:"] + catalogue.capabilities.map { "  \($0.id)  \($0.name)" }
        }
        Terminal.standardOutput.write(lines.joined(separator: "\n") + "\n")
    }
}
