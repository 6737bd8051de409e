import ArgumentParser
import SJTAuthoring
import SJTEngine

struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "List every path through a scenario with its length and the scores and bands it can earn at each level.",
        discussion: """
            For each level, the lowest and highest percentage a learner who follows the path can earn, and \
            the bands those reach after the ending caps them. Compare paths to see whether they are fair to each other, \
            and whether a bad ending can still reach a good band.

            \(ExitStatus.help())
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
