import ArgumentParser
import Foundation
import SJTBatch
import SJTCohort
import SJTDigest

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Score a cohort's responses through the engine and write a folder of CSV files for spreadsheets.",
        discussion: """
            Reads cohort responses CSV files and progress stores, replays every attempt through the \
            engine (the same scoring as sjt play), and writes responses, attempts, learners, \
            principles, elements, capabilities, items, options and tests as CSV files, with report.html \
            (the figures as charts and tables on one page, docs/report.md) and a manifest.json. Rows \
            that cannot be used go to rejects.csv with the reason, and the run ends with: rows read = \
            accepted + rejected. Formats: docs/csv-formats.md; the statistics: docs/statistics.md. \
            With --xapi the folder holds statements.json too, xAPI statements that --lrs sends to a \
            learning record store (docs/xapi.md).

            \(ExitStatus.help(
                failure: "1 on failure, with the reason on standard error (when the LRS stops taking statements, how many it stored)",
                "2 when rows were rejected, unless --allow-rejects"))
            """
    )

    @OptionGroup var bank: BankOptions

    @Argument(help: ArgumentHelp(
        "Cohort responses CSV files, - for standard input (a progress store named here is read as one).", valueName: "file"))
    var inputs: [String] = []

    @Option(name: .customLong("store"), help: ArgumentHelp("A progress store to read as well (repeatable).", valueName: "file"))
    var stores: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The export folder (default: exports/<cohort>-<UTC time>).", valueName: "dir"))
    var output: String?

    @Flag(help: "Replace the export folder if it exists.")
    var force = false

    @Option(help: ArgumentHelp("The input delimiter (default: detected from the header row).", valueName: "char"))
    var delimiter: Delimiter?

    @Flag(help: "Exit with status 0 even when rows were rejected.")
    var allowRejects = false

    @Flag(help: "Count unfinished attempts in the summaries too, not only in responses.csv and attempts.csv.")
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

    @Flag(help: "Write the results as xAPI statements too, statements.json (needs --activity-base; --lrs implies it).")
    var xapi = false

    /// For benchmarks: each stage's wall-clock time on standard error. Hidden: not for trainers.
    @Flag(help: .hidden)
    var timings = false

    @OptionGroup var statements: XAPIArguments
    @OptionGroup var lrs: LRSOptions

    func validate() throws {
        guard !inputs.isEmpty || !stores.isEmpty else {
            throw ValidationError("give at least one responses CSV file, or a practice store with --store")
        }
        if let output, output.isEmpty { throw ValidationError("-o needs a folder name, e.g. -o exports/spring-2027") }
        if pseudonymise == nil, keepRationales || pseudonymiseCohorts {
            throw ValidationError("--keep-rationales and --pseudonymise-cohorts go with --pseudonymise KEYFILE")
        }
        if writesStatements { _ = try statements.options() } else if statements.isGiven {
            throw ValidationError("--activity-base and --account-home-page go with --xapi (or --lrs)")
        }
    }

    /// --lrs sends statements, so it writes them too.
    var writesStatements: Bool { xapi || lrs.lrs != nil }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now, startedProcessor = CohortBatch.StageTime.processorTime()
        var batch = CohortBatch(bank: try bank.loadBank(), engineVersion: SJTCommand.engineVersion)
        let bankLoading = CohortBatch.StageTime(
            stage: "bank", duration: started.duration(to: clock.now), processorSeconds: CohortBatch.StageTime.processorTime() - startedProcessor)
        batch.inputs = inputs
        batch.stores = stores
        batch.delimiter = delimiter?.byte
        batch.output = output
        batch.replacing = force
        batch.exportOptions = CohortExportOptions(includeIncomplete: includeIncomplete, byteOrderMark: bom)
        batch.pseudonymKey = try pseudonymise.map(Self.readKey)
        batch.pseudonymisationOptions = PseudonymisationOptions(keepRationales: keepRationales, pseudonymiseCohorts: pseudonymiseCohorts)
        batch.allowsRejects = allowRejects
        if writesStatements { batch.xapi = try statements.options() }
        let client = try lrs.client()
        let result: CohortBatch.Result
        do { result = try batch.run(progress: Self.progressBar()) } catch {
            throw CommandFailure("\(error)")
        }
        if timings {
            for stage in [bankLoading] + result.stages {
                let cores = stage.processorSeconds.map { String(format: ", %.3f s of processor time", $0) } ?? ""
                Terminal.standardError.write("timing: \(stage.stage) \(String(format: "%.3f", stage.seconds)) s\(cores)\n")
                guard stage.stage == "export" else { continue }
                for file in result.files {
                    let seconds = String(format: "%.3f", CohortBatch.StageTime.seconds(file.duration))
                    Terminal.standardError.write("timing:   \(file.file) on writer \(file.writer) \(seconds) s\n")
                }
            }
        }

        let counts = result.manifest.counts
        Terminal.standardOutput.write(
            "Wrote \(result.folder): \(counts.attempts) attempts (\(counts.completeAttempts) complete) from \(counts.learners) learners.\n")
        if counts.rowsRejected > 0 {
            Terminal.standardOutput.write("Rejected rows and their reasons: \(result.folder)/rejects.csv\n")
        }
        Terminal.standardOutput.write(
            "rows read \(counts.rowsRead) = accepted \(counts.rowsAccepted) + rejected \(counts.rowsRejected)\n")
        if let client, let sent = result.statements {
            try StatementSending.send(sent, to: client, batchSize: lrs.lrsBatchSize, file: result.folder + "/" + XAPIStatementsFile.name)
        }
        if counts.rowsRejected > 0 && !allowRejects { throw ExitCode(2) }
    }

    /// A progress bar on standard error while attempts are scored, only for a terminal and an input
    /// worth waiting for (16,384 attempts or more: the run reports every 16,384).
    static func progressBar() -> ((Int, Int) -> Void)? {
        let stderr = Terminal.standardError
        guard stderr.isTerminal else { return nil }
        return { done, total in
            guard total >= 16_384 else { return }
            let filled = done * 30 / total
            stderr.write("\rScoring attempts [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: 30 - filled))] \(done * 100 / total)%")
            if done == total { stderr.write("\n") }
        }
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
