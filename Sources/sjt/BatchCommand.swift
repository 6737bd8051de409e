import ArgumentParser
import Foundation
import SJTAuthoring
import SJTCohort
import SJTDigest
import SJTEngine
import SJTStore

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Score a cohort's responses through the engine and write a folder of CSV files for spreadsheets.",
        discussion: """
            Reads cohort responses CSV files and practice stores, replays every attempt through the \
            engine (the same scoring as sjt play), and writes responses, attempts, learners, \
            principles, items and options as CSV, with a manifest. Rows that cannot be used go to \
            rejects.csv with the reason, and the run ends with: rows read = accepted + rejected. \
            Formats: docs/csv-formats.md.
            """
    )

    @OptionGroup var bank: BankOptions

    @Argument(help: ArgumentHelp(
        "Cohort responses CSV files, - for standard input (a practice store named here is read as one).", valueName: "file"))
    var inputs: [String] = []

    @Option(name: .customLong("store"), help: ArgumentHelp("A practice store to read as well (repeatable).", valueName: "file"))
    var stores: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The export folder (default: exports/<cohort>-<UTC time>).", valueName: "dir"))
    var output: String?

    @Flag(help: "Replace the export folder if it exists.")
    var force = false

    @Option(help: ArgumentHelp("The input delimiter, , or ; (default: detected from the header).", valueName: "char"))
    var delimiter: String?

    @Flag(help: "Exit with status 0 even when rows were rejected.")
    var allowRejects = false

    @Flag(help: "Count unfinished attempts in the summaries (learners, principles, items, options).")
    var includeIncomplete = false

    @Flag(inversion: .prefixedNo, help: "Start each CSV file with a UTF-8 byte order mark, so Excel shows names right.")
    var bom = true

    @Option(help: ArgumentHelp(
        "Replace learner ids with keyed hashes (HMAC-SHA-256) and drop names and rationales, for sharing outside the training team.",
        valueName: "keyfile"))
    var pseudonymise: String?

    @Flag(help: "With --pseudonymise: keep the learners' rationales (free text that can name people).")
    var keepRationales = false

    @Flag(help: "With --pseudonymise: replace cohort names with keyed hashes too.")
    var pseudonymiseCohorts = false

    func validate() throws {
        guard !inputs.isEmpty || !stores.isEmpty else {
            throw ValidationError("give at least one responses CSV file, or a practice store with --store")
        }
        if let delimiter, ![",", ";"].contains(delimiter) {
            throw ValidationError("--delimiter must be , or ;")
        }
        if let output, output.isEmpty { throw ValidationError("-o needs a folder name, e.g. -o exports/spring-2027") }
        if pseudonymise == nil, keepRationales || pseudonymiseCohorts {
            throw ValidationError("--keep-rationales and --pseudonymise-cohorts go with --pseudonymise KEYFILE")
        }
    }

    func run() throws {
        let bank = try self.bank.loadBank()
        let key = try pseudonymise.map(Self.readKey)
        // A folder named with -o is checked before any work, so a refusal costs nothing.
        var folder = try output.map { try Self.folder($0, replacing: force) }
        var inputs = CohortInputs()
        // The same file named twice would be counted twice: read each once.
        var seen = Set<InputIdentity>()
        for path in self.inputs + stores where seen.insert(InputIdentity(path: path)).inserted {
            try inputs.add(path, delimiter: delimiter, isStore: stores.contains(path))
        }
        try inputs.requireResponses()
        let pseudonymisation = key.map {
            inputs.imported.pseudonymise(
                key: $0, options: PseudonymisationOptions(keepRationales: keepRationales, pseudonymiseCohorts: pseudonymiseCohorts))
        }
        let imported = inputs.imported

        let prepared = Dictionary(uniqueKeysWithValues: bank.scenarios.map { ($0.id, PreparedScenario($0, catalogue: bank.catalogue)) })
        // A progress bar on standard error, only for a terminal and an input worth waiting for.
        let stderr = Terminal.standardError
        let showsProgress = stderr.isTerminal && imported.totalRowsRead >= 50_000
        let run = CohortRun(imported, scenarios: prepared) { done, total in
            guard showsProgress, total > 0 else { return }
            let filled = done * 30 / total
            stderr.write("\rScoring attempts [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: 30 - filled))] \(done * 100 / total)%")
            if done == total { stderr.write("\n") }
        }

        let folderPath = output ?? Self.defaultFolder(for: run)
        if folder == nil { folder = try Self.folder(folderPath, replacing: force) }
        let export = folder!
        let options = CohortExportOptions(
            includeIncomplete: includeIncomplete, byteOrderMark: bom,
            rejectsRedaction: key == nil ? nil : RejectsRedaction(vocabulary: Self.vocabulary(of: bank)))
        let files = try CohortExport(run: run, catalogue: bank.catalogue, options: options).write(into: export.temporaryPath)

        inputs.count(run)
        let manifest = Manifest(
            engineVersion: SJTCommand.configuration.version,
            createdAt: UTCTime.iso8601(),
            catalogue: .init(id: bank.catalogue.id, version: bank.catalogue.version, sha256: bank.catalogueSHA256),
            scenarios: bank.scenarios.map { .init(id: $0.id.rawValue, version: $0.version, sha256: bank.sources[$0.id]?.sha256 ?? "") },
            inputs: inputs.manifest, counts: Manifest.Counts(run: run),
            options: [
                "include_incomplete": String(includeIncomplete), "bom": String(bom), "delimiter": delimiter ?? "detected",
                "pseudonymised": String(pseudonymise != nil), "allow_rejects": String(allowRejects),
            ],
            files: files, pseudonymisation: pseudonymisation)
        do {
            try export.commit { written in
                var manifest = manifest
                manifest.writtenFiles = written
                return try manifest.json()
            }
        } catch { throw CommandFailure("\(error)") }

        let counts = manifest.counts
        Terminal.standardOutput.write(
            "Wrote \(folderPath): \(counts.attempts) attempts (\(counts.completeAttempts) complete) from \(counts.learners) learners.\n")
        if counts.rowsRejected > 0 {
            Terminal.standardOutput.write("Rejected rows and their reasons: \(folderPath)/rejects.csv\n")
        }
        Terminal.standardOutput.write(
            "rows read \(counts.rowsRead) = accepted \(counts.rowsAccepted) + rejected \(counts.rowsRejected)\n")
        if counts.rowsRejected > 0 && !allowRejects { throw ExitCode(2) }
    }

    /// `exports/<cohort>-<UTC time>`, the cohort's name when there is one, else `cohort`; the name
    /// is kept to letters, digits, `-` and `_`, and to 64 characters, so any cohort makes a folder.
    static func defaultFolder(for run: CohortRun) -> String {
        let cohorts = run.cohorts
        let name = cohorts.count == 1
            ? String(cohorts.first!.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }.prefix(64)) : "cohort"
        return "exports/\(name.isEmpty ? "cohort" : name)-\(UTCTime.stamp())"
    }

    static func folder(_ path: String, replacing: Bool) throws -> ExportFolder {
        do { return try ExportFolder(path: path, replacing: replacing) } catch { throw CommandFailure("\(error)") }
    }

    /// What a pseudonymised rejects.csv may quote: the bank's ids and the format's names.
    static func vocabulary(of bank: ScenarioBank) -> Set<String> {
        // "best" and "worst" name the parts of a best-worst response.
        var words = Set(CohortResponse.columns + LeadershipLevel.allCases.map(\.rawValue) + ["best", "worst"])
        for rating in bank.catalogue.scale.ratings { words.insert(rating.id.rawValue) }
        for scenario in bank.scenarios {
            words.insert(scenario.id.rawValue)
            for node in scenario.nodes {
                words.insert(node.id.rawValue)
                for choice in node.decision?.choices ?? [] { words.insert(choice.id.rawValue) }
            }
        }
        return words
    }

    static func readKey(_ path: String) throws -> PseudonymKey {
        guard let data = FileManager.default.contents(atPath: path), data.count >= 16 else {
            throw CommandFailure("the key file \(path) is missing or shorter than 16 bytes; make one with: head -c 32 /dev/urandom > \(path)")
        }
        if let weakness = PseudonymKey.weakness(of: Array(data)) {
            Terminal.standardError.write(
                "warning: the key in \(path) is weak (\(weakness)): anyone who guesses it can tell whose pseudonym is whose. "
                    + "Make a random one with: head -c 32 /dev/urandom > pseudonym.key (and keep it: the same key gives the same pseudonyms)\n")
        }
        return PseudonymKey(bytes: Array(data))
    }
}
