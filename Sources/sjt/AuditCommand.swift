import ArgumentParser
import Foundation
import SJTAuthoring
import SJTCSV

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit a scenario bank as an assessment: cues that give the key away, score against story, levels, quotations.",
        discussion: """
            Plays every scenario through the engine at every level it covers and reports, as \
            file:line:column warnings and a bank summary: option length and position cues; learners \
            who answer by length, by position or at random; how differently the levels are keyed; \
            paths whose score band and ending disagree; texts that name options by letter or \
            position; quotations of the pledge or framework that are not in the catalogue's sources. \
            Thresholds come from the catalogue's audit: section. See docs/audit.md.

            \(ExitStatus.help(
                success: "0 when the bank is audited, whatever the audit finds",
                failure: "1 when the bank has errors (see sjt validate), or with --strict when any threshold is broken"))
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json

        /// What each format holds, listed under `--format` in the help.
        static var allValueDescriptions: [String: String] {
            [Self.text.rawValue: "Findings as file:line:column warnings, then a bank summary.",
             Self.csv.rawValue: "One row per finding and per measure, for a spreadsheet.",
             Self.json.rawValue: "Everything, for tools."]
        }
    }

    @Argument(help: ArgumentHelp("Scenario files or directories (default: $SJT_SCENARIOS, else ./scenarios).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The catalogue file (default: catalogue.yaml beside the first path).", valueName: "file"))
    var catalogue: String?

    @Option(help: "How to print the report.")
    var format: Format = .text

    @Flag(help: "Exit with status 1 when any threshold is broken.")
    var strict = false

    @Flag(help: "No colour or emphasis, for screen readers and logs.")
    var plain = false

    func run() throws {
        let report = BankLoader.load(paths: paths.isEmpty ? [try BankOptions.folderToCheck(command: "audit")] : paths, cataloguePath: catalogue)
        let stderr = Terminal.standardError
        if !report.diagnostics.isEmpty {
            stderr.write(DiagnosticRenderer(colour: !plain && stderr.allowsColour).render(report.diagnostics) + "\n")
        }
        guard let bank = report.bank, !report.hasErrors else {
            throw CommandFailure("the bank has errors, so it cannot be audited; run `\(CommandName.current) validate` and fix them first")
        }
        let audit = BankAudit(bank: bank).run()
        switch format {
        case .text: Terminal.standardOutput.write(audit.text())
        case .json: Terminal.standardOutput.write(audit.json())
        case .csv:
            // All CSV goes through the one wrapper, which writes files: write one aside, then print it.
            let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("sjt-audit-\(ProcessInfo.processInfo.processIdentifier).csv")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let writer = try CSVWriter(path: path, byteOrderMark: false)
            try writer.write(AuditReport.tableHeader.map(CSVCell.text))
            for row in audit.table() { try writer.write(row.map(CSVCell.text)) }
            try writer.commit()
            FileHandle.standardOutput.write(FileManager.default.contents(atPath: path) ?? Data())
        }
        if strict && !audit.passes { throw ExitCode.failure }
    }
}
