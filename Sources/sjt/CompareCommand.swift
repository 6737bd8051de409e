import ArgumentParser
import Foundation
import SJTAuthoring
import SJTCohort
import SJTCSV
import SJTEngine

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a cohort before and after a course: the change per learner and principle, and whether it is real.",
        discussion: """
            PRE and POST are each a cohort responses CSV file, a practice store, or a folder written by \
            sjt batch; one of them may be - for standard input. Learners are matched by id and level; those in only one of the two are listed in \
            unmatched.csv, not dropped silently. Writes changes.csv, summary.csv (mean change with its \
            95% confidence interval, paired effect size, share who moved up a band) and unmatched.csv, \
            with a manifest. See docs/statistics.md.
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

    @Flag(inversion: .prefixedNo, help: "Start each CSV file with a UTF-8 byte order mark.")
    var bom = true

    func validate() throws {
        if pre == CohortInputs.standardInput && post == CohortInputs.standardInput {
            throw ValidationError("standard input (-) can be only one of the two cohorts")
        }
    }

    func run() throws {
        let bank = try self.bank.loadBank()
        let catalogue = bank.catalogue
        let comparison = CohortComparison(
            pre: try learners(pre, bank: bank), post: try learners(post, bank: bank), catalogue: catalogue)

        let folderPath = output ?? "exports/compare-" + UTCTime.stamp()
        let folder: ExportFolder
        do { folder = try ExportFolder(path: folderPath, replacing: force) } catch { throw CommandFailure("\(error)") }
        func write(_ name: String, _ header: [String], _ rows: [[CSVCell]]) throws {
            let writer = try CSVWriter(path: folder.temporaryPath + "/" + name, byteOrderMark: bom)
            try writer.write(header.map(CSVCell.text))
            for row in rows { try writer.write(row) }
            try writer.commit()
        }
        let band = { (band: Band?) in band.map { CSVCell.text($0.id.rawValue) } ?? .empty }
        try write(
            "changes.csv", ["learner_id", "level", "principle", "pre", "post", "change", "pre_band", "post_band", "moved_up"],
            comparison.changes.map {
                [.text($0.learner), .text($0.level.rawValue), .text($0.principle.rawValue), .decimal($0.pre, places: 2),
                 .decimal($0.post, places: 2), .decimal($0.change, places: 2), band($0.preBand), band($0.postBand),
                 .text($0.movedUp ? "yes" : "no")]
            })
        try write(
            "summary.csv",
            ["level", "principle", "learners", "mean_pre", "mean_post", "mean_change", "sd_change", "ci95_low", "ci95_high",
             "effect_size", "share_moved_up"],
            comparison.summaries.map {
                [.text($0.level.rawValue), .text($0.principle.rawValue), .integer($0.learners), .decimal($0.meanPre, places: 2),
                 .decimal($0.meanPost, places: 2), .decimal($0.meanChange, places: 2), .decimal($0.sdChange, places: 2),
                 .decimal($0.lower, places: 2), .decimal($0.upper, places: 2), .decimal($0.effectSize, places: 3),
                 .decimal($0.shareMovedUp, places: 4)]
            })
        try write(
            "unmatched.csv", ["learner_id", "level", "present_in"],
            comparison.unmatched.map { [.text($0.learner), .text($0.level.rawValue), .text($0.presentIn)] })
        var manifest = ComparisonManifest(
            engineVersion: SJTCommand.configuration.version, createdAt: UTCTime.iso8601(), pre: pre, post: post,
            catalogueSHA256: bank.catalogueSHA256,
            matchedLearners: Set(comparison.changes.map { $0.learner + "/" + $0.level.rawValue }).count,
            unmatchedLearners: comparison.unmatched.count)
        do {
            try folder.commit { written in
                manifest.writtenFiles = written
                return try manifest.json()
            }
        } catch { throw CommandFailure("\(error)") }
        Terminal.standardOutput.write(
            "Wrote \(folderPath): \(manifest.matchedLearners) learners matched, \(comparison.unmatched.count) in only one of the two.\n")
    }

    /// The learners' principle percentages in one input: an export folder's learners.csv, or a
    /// responses file or store scored through the engine here.
    func learners(_ path: String, bank: ScenarioBank) throws -> [CohortComparison.Learner] {
        var isDirectory: ObjCBool = false
        guard path == CohortInputs.standardInput || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("there is no file or folder \(path)")
        }
        if isDirectory.boolValue { return try exportedLearners(path + "/learners.csv", catalogue: bank.catalogue) }
        var inputs = CohortInputs()
        try inputs.add(path, delimiter: nil)
        try inputs.requireResponses()
        let prepared = Dictionary(uniqueKeysWithValues: bank.scenarios.map { ($0.id, PreparedScenario($0, catalogue: bank.catalogue)) })
        let run = CohortRun(inputs.imported, scenarios: prepared)
        if run.rowsRejected > 0 {
            Terminal.standardError.write(
                "warning: \(run.rowsRejected) rows of \(path) could not be scored and are left out; run sjt batch on it to see why\n")
        }
        return CohortExport(run: run, catalogue: bank.catalogue, options: CohortExportOptions()).learnerScores()
    }

    func exportedLearners(_ path: String, catalogue: Catalogue) throws -> [CohortComparison.Learner] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(path) is missing; give a folder written by sjt batch, a responses CSV file or a store")
        }
        let table: CSVTable
        do { table = try CSVTable(bytes: Array(data)) } catch { throw CommandFailure("\(path): \(error)") }
        guard let idColumn = table.header.firstIndex(of: "learner_id"), let levelColumn = table.header.firstIndex(of: "level") else {
            throw CommandFailure("\(path) has no learner_id and level columns; is it a learners.csv from sjt batch?")
        }
        return table.rows.compactMap { row in
            guard let level = LeadershipLevel(rawValue: row[levelColumn]) else { return nil }
            var principles: [PrincipleID: Double] = [:]
            for principle in catalogue.principleOrder {
                if let column = table.header.firstIndex(of: principle.rawValue), let value = Double(row[column]) {
                    principles[principle] = value
                }
            }
            // As written, without the apostrophe the export put before an id like -amy, so it matches
            // the same learner read from a responses file.
            return CohortComparison.Learner(id: CSVCell.readBack(row[idColumn]), level: level, principles: principles)
        }
    }
}
