import ArgumentParser
import Foundation
import SJTBatch
import SJTCohort
import SJTStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export recorded responses for a trainer.",
        subcommands: [ExportResponsesCommand.self, ExportXAPICommand.self]
    )
}

struct ExportResponsesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "responses",
        abstract: "Write the responses in a progress store as a cohort responses CSV file, for `sjt batch`.",
        discussion: """
            The format is in docs/csv-formats.md. Unfinished attempts are included; sjt batch marks \
            them incomplete. The store is only read, never changed. A response the store holds but \
            sjt cannot read is left out, with the reason on standard error.

            \(ExitStatus.help("2 when responses were left out (the file holds the rest)"))
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only this learner's responses.", valueName: "id"))
    var learner: String?

    @Option(help: ArgumentHelp(
        "Only this cohort's responses (learners who played without a cohort are in 'unassigned').", valueName: "name"))
    var cohort: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The CSV file to write.", valueName: "file"))
    var output: String = "responses.csv"

    @Flag(help: "Replace the file if it exists.")
    var force = false

    @Flag(inversion: .prefixedNo, help: "Start the file with a UTF-8 byte order mark, so Excel shows names right.")
    var bom = true

    func run() throws {
        try OutputFile.check(output, replacing: force)
        let store = try self.store.openExisting()
        let stored = try store.cohortResponses(learner: learner, cohort: cohort)
        let rows = stored.rows
        do {
            try CohortResponseWriter.write(rows, to: output, byteOrderMark: bom)
        } catch {
            throw CommandFailure("\(error)")
        }
        let learnerCount = Set(rows.map(\.learnerID)).count
        Terminal.standardError.write(
            "Wrote \(rows.count) \(rows.count == 1 ? "response" : "responses") from \(learnerCount) \(learnerCount == 1 ? "learner" : "learners") to \(output)\n")
        if !stored.leftOut.isEmpty {
            // Status 2, as sjt batch's for rejected rows: the file is written, but is not all there is.
            Terminal.standardError.write(Self.leftOutMessage(stored.leftOut))
            throw ExitCode(2)
        }
    }

    /// Why responses were left out: the count, then each reason (never a row's values), at most
    /// ten of them.
    static func leftOutMessage(_ reasons: [String]) -> String {
        let count = reasons.count
        var lines = [
            "Left out \(count) \(count == 1 ? "response" : "responses") that sjt cannot read from the store; restore the store from a backup to export \(count == 1 ? "it" : "them"):"
        ]
        lines += reasons.prefix(10).map { "  " + $0 }
        if count > 10 { lines.append("  and \(count - 10) more") }
        return lines.joined(separator: "\n") + "\n"
    }
}
