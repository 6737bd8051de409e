import ArgumentParser
import Foundation
import SJTBatch
import SJTCohort

struct ExportXAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xapi",
        abstract: "Write the responses in a progress store as xAPI statements, and send them to a learning record store.",
        discussion: """
            Each response becomes an `answered` statement and each finished attempt a `completed` \
            one, scored through the engine as sjt batch scores them (docs/xapi.md). Statement ids \
            are fixed by what they record, so an LRS sent the same statements twice stores them \
            once. The store is only read, never changed.

            \(ExitStatus.help(
                failure: "1 on failure, with the reason on standard error (when the LRS stops taking them, how many it stored)",
                "2 when responses could not be scored (the file holds the rest)"))
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var bank: BankOptions
    @OptionGroup var xapi: XAPIArguments

    @Option(help: ArgumentHelp("Only this learner's responses.", valueName: "id"))
    var learner: String?

    @Option(help: ArgumentHelp(
        "Only this cohort's responses (learners who played without a cohort are in 'unassigned').", valueName: "name"))
    var cohort: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The JSON file to write.", valueName: "file"))
    var output: String = XAPIStatementsFile.name

    @Flag(help: "Replace the file if it exists.")
    var force = false

    @Option(help: ArgumentHelp(
        "Replace learner ids with keyed hashes (HMAC-SHA-256) and leave out rationales, as sjt batch --pseudonymise does.",
        valueName: "keyfile"))
    var pseudonymise: String?

    @OptionGroup var lrs: LRSOptions

    func validate() throws {
        _ = try xapi.options()
    }

    func run() throws {
        try OutputFile.check(output, replacing: force)
        let path = store.resolvedPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("there is no progress store at \(path); check --store or SJT_STORE, or play a scenario first")
        }
        var export = StoreStatements(bank: try bank.loadBank(), store: path, options: try xapi.options())
        export.learner = learner
        export.cohort = cohort
        export.pseudonymKey = try pseudonymise.map(BatchCommand.readKey)
        let client = try lrs.client()
        let result: StoreStatements.Result
        do { result = try export.run() } catch CohortInputError.emptyStore where learner != nil || cohort != nil {
            throw CommandFailure("the store \(path) holds no responses \(learner.map { "of learner \($0)" } ?? "in cohort \(cohort ?? "")"); nothing was exported")
        } catch {
            throw CommandFailure("\(error)")
        }
        let written: Int
        do { written = try XAPIStatementsFile.write(result.statements, to: output) } catch {
            throw CommandFailure("cannot write \(output): \(error)")
        }
        Terminal.standardError.write("Wrote \(written) \(written == 1 ? "statement" : "statements") to \(output)\n")
        if let client { try StatementSending.send(result.statements, to: client, batchSize: lrs.lrsBatchSize, file: output) }
        if !result.rejected.isEmpty {
            Terminal.standardError.write(Self.rejectedMessage(result.rejected))
            throw ExitCode(2)
        }
    }

    /// Why responses became no statement: the count, then each one's row and reason (never its
    /// values), at most ten.
    static func rejectedMessage(_ rejected: [RejectedRow]) -> String {
        let count = rejected.count
        var lines = ["Left out \(count) \(count == 1 ? "response" : "responses") that could not be scored:"]
        lines += rejected.prefix(10).map { "  row \($0.source.row): \($0.reason.text(for: .trainer))" }
        if count > 10 { lines.append("  and \(count - 10) more") }
        return lines.joined(separator: "\n") + "\n"
    }
}
