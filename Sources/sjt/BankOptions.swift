import ArgumentParser
import Foundation
import SJTAuthoring
import SJTEngine

/// Where the scenario bank is: shared by every command that plays or inspects scenarios.
struct BankOptions: ParsableArguments {
    @Option(
        name: .customLong("scenarios"),
        help: ArgumentHelp("The scenario bank directory (default: $SJT_SCENARIOS, else ./scenarios).", valueName: "dir"))
    var scenariosDirectory: String?

    @Option(help: ArgumentHelp("The catalogue file (default: catalogue.yaml in the scenario directory).", valueName: "file"))
    var catalogue: String?

    var directory: String { scenariosDirectory ?? Self.defaultDirectory }

    /// `$SJT_SCENARIOS`, else `scenarios` in the working directory.
    static var defaultDirectory: String { ProcessInfo.processInfo.environment["SJT_SCENARIOS"] ?? "scenarios" }

    /// Loads the bank; a bank with errors still serves its valid scenarios, and says how to see why
    /// the others were left out.
    func loadBank() throws -> ScenarioBank {
        let report = BankLoader.load(paths: [directory], cataloguePath: catalogue)
        guard let bank = report.bank else {
            throw CommandFailure("the scenario catalogue has errors; run `sjt validate \(directory)` to see them")
        }
        if !report.rejectedFiles.isEmpty {
            Terminal.standardError.write(
                "warning: \(report.rejectedFiles.count) scenario file(s) have errors and are left out; run `sjt validate \(directory)` to see why\n")
        }
        return bank
    }

    func scenario(_ id: String, in bank: ScenarioBank) throws -> Scenario {
        guard let scenario = bank.scenario(ScenarioID(id)) else {
            let known = bank.scenarios.map(\.id.rawValue).joined(separator: ", ")
            throw CommandFailure("no valid scenario '\(id)' in \(directory); the scenarios are: \(known)")
        }
        return scenario
    }
}

