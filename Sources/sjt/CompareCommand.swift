import ArgumentParser
import Foundation
import SJTBatch

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a cohort before and after a course: the change per learner and principle, and whether it is real.",
        discussion: """
            <pre> and <post> are each a cohort responses CSV file, a progress store, or a folder \
            written by sjt batch; one of them may be - for standard input. Rows that cannot be scored \
            are left out, with a warning (sjt batch on the same input says why). Learners are matched \
            by id and level; those in only one of the two, or with no complete attempt in one, are \
            listed in unmatched.csv with the reason, not dropped silently. Writes changes.csv, summary.csv (mean change with its 95% confidence interval, \
            paired effect size, share who moved up a band) and unmatched.csv, with report.html (the \
            changes as charts, docs/report.md) and a manifest.json. \
            See docs/statistics.md.

            \(ExitStatus.help())
            """
    )

    @OptionGroup var bank: BankOptions

    @Argument(help: ArgumentHelp("The cohort before the course.", valueName: "pre"))
    var pre: String

    @Argument(help: ArgumentHelp("The same cohort after it.", valueName: "post"))
    var post: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The output folder (default: exports/compare-<UTC time>).", valueName: "dir"))
    var output: String?

    @Flag(help: "Replace the output folder if it exists.")
    var force = false

    @Flag(inversion: .prefixedNo, help: "Start each CSV file with a UTF-8 byte order mark, so Excel shows names right.")
    var bom = true

    func validate() throws {
        if pre == CohortInputs.standardInput && post == CohortInputs.standardInput {
            throw ValidationError("standard input (-) can be only one of the two cohorts")
        }
    }

    func run() throws {
        var compare = CohortCompare(bank: try bank.loadBank(), engineVersion: SJTCommand.engineVersion, pre: pre, post: post)
        compare.output = output
        compare.replacing = force
        compare.byteOrderMark = bom
        let result: CohortCompare.Result
        do {
            result = try compare.run { Terminal.standardError.write("warning: \($0)\n") }
        } catch { throw CommandFailure("\(error)") }
        let inBoth = result.comparison.unmatched.count { $0.presentIn == "both" }
        Terminal.standardOutput.write(
            "Wrote \(result.folder): \(result.manifest.matchedLearners) learners matched, "
                + "\(result.manifest.unmatchedLearners - inBoth) in only one of the two"
                + (inBoth > 0 ? ", \(inBoth) in both with nothing to compare (see unmatched.csv).\n" : ".\n"))
    }
}
