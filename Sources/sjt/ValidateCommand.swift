import ArgumentParser
import SJTAuthoring

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files and report every problem as file:line:column.",
        discussion: """
            Reads the catalogue and every scenario file under the given paths, and prints every error \
            and warning at once, then a one-line summary. A file with errors is never served to a \
            learner or used for scoring. See docs/scenario-format.md.

            \(ExitStatus.help(
                success: "0 when there is no error (with --strict, no warning either)", failure: "1 when there is"))
            """
    )

    @Argument(help: ArgumentHelp("Scenario files or directories (default: $SJT_SCENARIOS, else ./scenarios).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The catalogue file (default: catalogue.yaml beside the first path).", valueName: "file"))
    var catalogue: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "No colour or emphasis, for screen readers and logs.")
    var plain = false

    func run() throws {
        let report = BankLoader.load(paths: paths.isEmpty ? [try BankOptions.folderToCheck(command: "validate")] : paths, cataloguePath: catalogue)
        let stderr = Terminal.standardError
        let renderer = DiagnosticRenderer(colour: !plain && stderr.allowsColour)
        if !report.diagnostics.isEmpty {
            stderr.write(renderer.render(report.diagnostics) + "\n")
        }
        Terminal.standardOutput.write(DiagnosticRenderer().summary(of: report.diagnostics, filesChecked: report.filesChecked) + "\n")
        let warnings = report.diagnostics.contains { $0.severity == .warning }
        if report.hasErrors || (strict && warnings) { throw ExitCode.failure }
    }
}
