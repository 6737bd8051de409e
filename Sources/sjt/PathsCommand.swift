import ArgumentParser
import SJTAuthoring
import SJTEngine

struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "List every path through a scenario with its length and the most it can score at each level.",
        discussion: """
            A path's score is what a learner who follows it and knows the key would earn, out of the \
            maximum of the decisions on it. Compare paths to see whether they are fair to each other.
            """
    )

    @OptionGroup var bank: BankOptions

    @Argument(help: "The scenario id.")
    var id: String

    func run() throws {
        let loaded = try bank.loadBank()
        let scenario = try bank.scenario(id, in: loaded)
        Terminal.standardOutput.write(PathReport(scenario: scenario, catalogue: loaded.catalogue).text())
    }
}
