import ArgumentParser
import Foundation
import SJTAuthoring
import SJTCohort
import SJTEngine

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write a synthetic cohort's responses, for trying out, testing and benchmarking the batch runner.",
        discussion: """
            Learners of varying ability choose better-rated options more often; every path is played \
            through the engine, so every row is valid. The same seed gives the same file.

            \(ExitStatus.help())
            """
    )

    @OptionGroup var bank: BankOptions

    @Option(help: ArgumentHelp("How many learners to simulate.", valueName: "count"))
    var learners: Int

    @Option(help: "Seed for the simulation.")
    var seed: UInt64 = 1

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Levels to draw learners from.", valueName: "level"))
    var levels: [LeadershipLevel] = LeadershipLevel.allCases

    @Option(help: ArgumentHelp("How many scenarios each learner plays.", valueName: "count"))
    var scenariosPerLearner: Int = 2

    @Option(help: ArgumentHelp(
        "Add this to every learner's ability: with the same seed, the same learners after a course, e.g. 0.8.",
        valueName: "shift"))
    var abilityShift: Double = 0

    @Option(help: ArgumentHelp("The cohort name written in every row.", valueName: "name"))
    var cohort: String = "simulated"

    @Option(name: .shortAndLong, help: ArgumentHelp("The CSV file to write.", valueName: "file"))
    var output: String

    @Flag(help: "Replace the file if it exists.")
    var force = false

    @Flag(inversion: .prefixedNo, help: "Start the file with a UTF-8 byte order mark, so Excel shows names right.")
    var bom = true

    func validate() throws {
        guard learners >= 1 else { throw ValidationError("--learners must be at least 1") }
        guard scenariosPerLearner >= 1 else { throw ValidationError("--scenarios-per-learner must be at least 1") }
        guard !levels.isEmpty else { throw ValidationError("--levels needs at least one level") }
    }

    func run() throws {
        try OutputFile.check(output, replacing: force)
        let bank = try self.bank.loadBank()
        let simulator = CohortSimulator(
            scenarios: bank.scenarios.map { PreparedScenario($0, catalogue: bank.catalogue) }, levels: levels, cohort: cohort,
            scenariosPerLearner: scenariosPerLearner, abilityShift: abilityShift)
        let writer = try CohortResponseWriter(path: output, byteOrderMark: bom)
        var rows = 0
        try simulator.simulate(learners: learners, seed: seed) { row in
            try writer.write(row)
            rows += 1
        }
        try writer.commit()
        Terminal.standardError.write("Wrote \(rows) responses from \(learners) simulated learners to \(output)\n")
    }
}
