import ArgumentParser
import Foundation
import SJTAuthoring
import SJTBuiltInBank
import SJTCohort
import SJTEngine

/// Which scenario bank a command uses: the folder named by `--scenarios` or `$SJT_SCENARIOS`, read
/// and validated as `sjt validate` reads it, else the bank sjt was built with (``BuiltInBank``), so
/// the binary works from any folder. Shared by every command that plays or inspects scenarios.
struct BankOptions: ParsableArguments {
    @Option(
        name: .customLong("scenarios"),
        help: ArgumentHelp("The scenario bank folder (default: $SJT_SCENARIOS, else the bank built into sjt).", valueName: "dir"))
    var scenariosDirectory: String?

    @Option(help: ArgumentHelp("The catalogue file (default: catalogue.yaml in the scenario folder).", valueName: "file"))
    var catalogue: String?

    /// The folder the user named, with the flag or the variable; `nil` for the built-in bank.
    var directory: String? {
        scenariosDirectory ?? ProcessInfo.processInfo.environment["SJT_SCENARIOS"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `$SJT_SCENARIOS`, else `scenarios` in the working directory: the files `sjt validate` and
    /// `sjt audit` check when given none (the built-in bank was checked when sjt was built).
    static var defaultDirectory: String {
        ProcessInfo.processInfo.environment["SJT_SCENARIOS"].flatMap { $0.isEmpty ? nil : $0 } ?? "scenarios"
    }

    /// The folder `sjt validate` or `sjt audit` (`command`) checks when given no path: the
    /// default folder, which must be there, or the user is told what to name instead.
    static func folderToCheck(command: String) throws -> String {
        let folder = defaultDirectory
        guard FileKind(at: folder, followingLinks: true) == .none else { return folder }
        if ProcessInfo.processInfo.environment["SJT_SCENARIOS"].map({ !$0.isEmpty }) == true {
            throw CommandFailure("there is no scenario folder at \(folder); check SJT_SCENARIOS")
        }
        throw CommandFailure(
            "there is no scenarios folder here to check; name one: \(CommandName.current) \(command) DIR (the bank built into sjt was checked when sjt was built)")
    }

    /// What `sjt catalogue` says is in use: "built in", or the folder.
    var origin: String { directory.map { "the folder \(URL(fileURLWithPath: $0).standardizedFileURL.path)" } ?? "built into sjt" }

    func validate() throws {
        if catalogue != nil, directory == nil {
            throw ValidationError(
                "--catalogue goes with a scenario folder (--scenarios DIR or SJT_SCENARIOS); the built-in bank has its own catalogue")
        }
    }

    /// The bank: built in, or loaded from the folder named. A folder's bank with errors still serves
    /// its valid scenarios, and says how to see why the others were left out.
    ///
    /// - Throws: ``CommandFailure`` when the folder named is not there or cannot be read (saying
    ///   so, in those words), or when its catalogue cannot be used.
    func loadBank() throws -> ScenarioBank {
        guard let directory else { return BuiltInBank.bank }
        try Self.checkReadable(directory)
        let report = BankLoader.load(paths: [directory], cataloguePath: catalogue)
        guard let bank = report.bank else {
            let cataloguePath = catalogue ?? (directory as NSString).appendingPathComponent(BankLoader.catalogueFileName)
            if FileKind(at: cataloguePath, followingLinks: true) == .none {
                throw CommandFailure(
                    "there is no catalogue at \(cataloguePath); a scenario folder needs its \(BankLoader.catalogueFileName), or name one with --catalogue")
            }
            throw CommandFailure(
                "the catalogue \(cataloguePath) has errors; run `\(CommandName.current) validate \(directory)` to see them")
        }
        if !report.rejectedFiles.isEmpty {
            Terminal.standardError.write(
                "warning: \(report.rejectedFiles.count) scenario file(s) have errors and are left out; run `\(CommandName.current) validate \(directory)` to see why\n")
        }
        return bank
    }

    /// A folder (or file) the user named must be there and readable: said in those words, never
    /// as errors in a catalogue that was never read.
    static func checkReadable(_ path: String) throws {
        switch FileKind(at: path, followingLinks: true) {
        case .none:
            throw CommandFailure("there is no scenario folder at \(path); check --scenarios or SJT_SCENARIOS")
        case .directory:
            // Listing a folder needs read and search (execute) permission.
            guard FileManager.default.isReadableFile(atPath: path), FileManager.default.isExecutableFile(atPath: path) else {
                throw CommandFailure("the scenario folder \(path) cannot be read (permission denied); check --scenarios or SJT_SCENARIOS")
            }
        default:
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw CommandFailure("the scenario file \(path) cannot be read (permission denied); check --scenarios or SJT_SCENARIOS")
            }
        }
    }

    func scenario(_ id: String, in bank: ScenarioBank) throws -> Scenario {
        guard let scenario = bank.scenario(ScenarioID(id)) else {
            let known = bank.scenarios.map(\.id.rawValue).joined(separator: ", ")
            throw CommandFailure("no valid scenario '\(id)' in \(directory ?? "the built-in bank"); the scenarios are: \(known)")
        }
        return scenario
    }
}
