import ArgumentParser
import SJTBatch

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Make an export folder's report.html again from its CSV files.",
        discussion: """
            sjt batch and sjt compare write report.html into every folder: the cohort's figures as \
            charts, each with the table of its numbers, in one file that loads nothing from anywhere \
            and prints on A4. This command makes it again from the folder's CSV files (after an \
            upgrade of sjt, say) and records it in the folder's manifest.json. The folder must be one \
            sjt wrote, unchanged, and the scenario bank the one the export was made with. See \
            docs/report.md.

            \(ExitStatus.help())
            """
    )

    @OptionGroup var bank: BankOptions

    @Argument(help: ArgumentHelp("A folder written by sjt batch or sjt compare.", valueName: "export-dir"))
    var folder: String

    func run() throws {
        let result: CohortReport.Result
        do { result = try CohortReport(bank: try bank.loadBank(), folder: folder).run() } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(error)")
        }
        Terminal.standardOutput.write("Wrote \(result.report) (\(result.bytes) bytes).\n")
    }
}
