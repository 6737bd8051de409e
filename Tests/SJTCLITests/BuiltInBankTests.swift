import Foundation
import SJTAuthoring
import SJTTestSupport
import Testing

/// The bank built into the binary: used from any folder when no folder is named; a folder named
/// with --scenarios or SJT_SCENARIOS read as before, and a missing one reported as missing; the
/// bank compiled at build time, and a bank with errors refused at build time.
struct BuiltInBankTests {
    let directory: URL
    /// Runs in an empty folder, far from the checkout and its scenarios/.
    let sjt: CommandLineRunner
    let version: BankVersion
    let scenarioCount: Int

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-built-in-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        sjt = CommandLineRunner(workingDirectory: directory, environment: ["SJT_STORE": directory.appendingPathComponent("progress.sqlite").path])
        let bank = try #require(Fixtures.bank().bank)
        version = bank.version
        scenarioCount = bank.scenarios.count
    }

    @Test func versionNamesTheEngineAndTheBuiltInBank() throws {
        let run = try sjt.run(["--version"])
        #expect(run == .init(status: 0, standardOutput: "sjt 0.1.0\nbuilt-in scenario bank: \(version)\n", standardError: ""))
    }

    @Test func catalogueSaysTheBuiltInBankIsInUseAndItsVersion() throws {
        let run = try sjt.run(["catalogue"])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("""
            Scenario bank: built into sjt, \(version), \(scenarioCount) scenarios

            Children's and young people's services leadership catalogue (version 1)

            Principles:
            """))
    }

    @Test func catalogueSaysWhichFolderIsInUseAndItsVersion() throws {
        let folder = Fixtures.path("docs/examples")
        let bank = try #require(BankLoader.load(paths: [folder], cataloguePath: Fixtures.cataloguePath).bank)
        for run in [
            try sjt.run(["catalogue", "--scenarios", folder, "--catalogue", Fixtures.cataloguePath]),
            try CommandLineRunner(workingDirectory: directory, environment: ["SJT_SCENARIOS": folder]).run(
                ["catalogue", "--catalogue", Fixtures.cataloguePath]),
        ] {
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.hasPrefix("Scenario bank: the folder \(folder), \(bank.version), 1 scenario\n\n"))
        }
    }

    @Test func theScenariosFolderNamedHasTheBuiltInBanksVersion() throws {
        let run = try sjt.run(["catalogue", "--scenarios", Fixtures.path("scenarios")])
        #expect(run.standardOutput.hasPrefix("Scenario bank: the folder \(Fixtures.path("scenarios")), \(version), \(scenarioCount) scenarios\n"))
    }

    @Test func playFromAnyFolderServesTheBuiltInBank() throws {
        let run = try sjt.run(["play", "--learner", "l-01", "--level", "frontline-leader", "--scenario", "friday-referral", "--answers", "q"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasSuffix("Saved. Continue where you left off with: sjt play --resume\n"))
    }

    @Test(arguments: ["play", "batch", "simulate", "catalogue", "progress", "paths", "graph", "compare"])
    func aMissingFolderNamedWithTheOptionIsReportedAsMissing(command: String) throws {
        let extra: [String] =
            switch command {
            case "batch": ["responses.csv"]
            case "simulate": ["--learners", "1", "-o", "sim.csv"]
            case "paths", "graph": ["friday-referral"]
            case "compare": ["a.csv", "b.csv"]
            default: []
            }
        let missing = directory.appendingPathComponent("our-bank").path
        let run = try sjt.run([command, "--scenarios", missing] + extra)
        #expect(run == .init(
            status: 1, standardOutput: "",
            standardError: "Error: there is no scenario folder at \(missing); check --scenarios or SJT_SCENARIOS\n"))
    }

    @Test func aMissingFolderNamedWithTheVariableIsReportedAsMissing() throws {
        let run = try CommandLineRunner(workingDirectory: directory, environment: ["SJT_SCENARIOS": "our-bank"]).run(
            ["play", "--learner", "l-01", "--answers", "q"])
        #expect(run == .init(
            status: 1, standardOutput: "", standardError: "Error: there is no scenario folder at our-bank; check --scenarios or SJT_SCENARIOS\n"))
    }

    @Test func aFolderWithoutACatalogueSaysSo() throws {
        let folder = directory.appendingPathComponent("bank")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("docs/examples/delayed-recording.yaml"), toPath: folder.appendingPathComponent("delayed-recording.yaml").path)
        let run = try sjt.run(["play", "--scenarios", "bank", "--answers", "q"])
        #expect(run == .init(
            status: 1, standardOutput: "",
            standardError: "Error: there is no catalogue at bank/catalogue.yaml; a scenario folder needs its catalogue.yaml, or name one with --catalogue\n"))
    }

    @Test func aCatalogueWithErrorsSaysHowToSeeThem() throws {
        let folder = directory.appendingPathComponent("bank")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "format: 1\nid: broken\n".write(to: folder.appendingPathComponent("catalogue.yaml"), atomically: true, encoding: .utf8)
        let run = try sjt.run(["catalogue", "--scenarios", "bank"])
        #expect(run == .init(
            status: 1, standardOutput: "",
            standardError: "Error: the catalogue bank/catalogue.yaml has errors; run `sjt validate bank` to see them\n"))
    }

    @Test func aCatalogueWithoutAFolderIsRefused() throws {
        let run = try sjt.run(["catalogue", "--catalogue", Fixtures.cataloguePath])
        #expect(run.status == 64)
        #expect(run.standardError.hasPrefix(
            "Error: --catalogue goes with a scenario folder (--scenarios DIR or SJT_SCENARIOS); the built-in bank has its own catalogue\n"))
    }

    @Test(arguments: ["validate", "audit"])
    func checkingWithNoFolderHereSaysWhatToName(command: String) throws {
        let run = try sjt.run([command])
        #expect(run == .init(
            status: 1, standardOutput: "",
            standardError: "Error: there is no scenarios folder here to check; name one: sjt \(command) DIR (the bank built into sjt was checked when sjt was built)\n"))
    }

    // MARK: - Compiling the bank at build time

    /// A folder with the catalogue and the scenario files named, from the fixtures.
    func bankFolder(_ files: [String]) throws -> URL {
        let folder = directory.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files + ["scenarios/catalogue.yaml"] {
            try FileManager.default.copyItem(
                atPath: Fixtures.path(file), toPath: folder.appendingPathComponent((file as NSString).lastPathComponent).path)
        }
        return folder
    }

    @Test func aBankWithErrorsFailsTheBuildWithEveryDiagnostic() throws {
        let folder = try bankFolder(["Tests/Fixtures/broken/unknown-node.yaml", "docs/examples/delayed-recording.yaml"])
        let output = directory.appendingPathComponent("Bank.swift")
        let validate = try sjt.run(["validate", folder.path])
        let run = try sjt.run([folder.path, output.path], executable: CommandLineRunner.bankCompiler)
        #expect(run == .init(
            status: 1, standardOutput: "",
            standardError: validate.standardError + """
                error: the scenario bank in \(folder.path) has errors, so sjt cannot be built with it; fix them \
                (every one is listed above, as `sjt validate` lists them) and build again

                """))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aValidBankCompilesToASourceHoldingItsVersion() throws {
        let folder = try bankFolder(["docs/examples/delayed-recording.yaml"])
        let output = directory.appendingPathComponent("Bank.swift")
        let run = try sjt.run([folder.path, output.path], executable: CommandLineRunner.bankCompiler)
        #expect(run == .init(status: 0, standardOutput: "", standardError: ""))
        let bank = try #require(BankLoader.load(paths: [folder.path]).bank)
        let source = try String(contentsOf: output, encoding: .utf8)
        #expect(source.hasPrefix("""
            // Generated at build time by sjt-compile-bank (BuiltInBankPlugin) from the package's
            // scenarios/ folder. Do not edit: edit the scenarios and build again.

            extension BuiltInBank {
                /// The bank's version, as `sjt --version` and `sjt catalogue` print it.
                static let archivedVersion = "\(bank.version)"

                /// The compiled bank, as `BankArchive` JSON.
                static let archive: StaticString = #"{"catalogue":
            """))
        #expect(source.contains(#""path":"scenarios/delayed-recording.yaml""#))
    }
}
