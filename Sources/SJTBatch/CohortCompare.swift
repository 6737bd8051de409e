import Foundation
import SJTAuthoring
import SJTCohort
import SJTCSV
import SJTEngine
import SJTReport

/// `sjt compare` as a library: a cohort before and after a course, matched learner by learner,
/// written as changes.csv, summary.csv and unmatched.csv with report.html and a manifest
/// (docs/statistics.md, docs/report.md).
public struct CohortCompare {
    public let bank: ScenarioBank
    public let engineVersion: String
    /// Each a cohort responses CSV file, a practice store, or a folder written by `sjt batch`;
    /// one may be `-` for standard input.
    public var pre: String
    public var post: String
    /// The output folder; `nil` for `exports/compare-<UTC time>`.
    public var output: String?
    public var replacing = false
    public var byteOrderMark = true

    public init(bank: ScenarioBank, engineVersion: String, pre: String, post: String) {
        self.bank = bank
        self.engineVersion = engineVersion
        self.pre = pre
        self.post = post
    }

    public struct Result: Sendable {
        public var folder: String
        public var manifest: ComparisonManifest
        public var comparison: CohortComparison
    }

    /// Reads both cohorts, compares them and writes the folder.
    ///
    /// - Parameter warn: Told, in a sentence, about rows of an input that could not be scored and are left out.
    public func run(warn: (String) -> Void = { _ in }) throws -> Result {
        let comparison = CohortComparison(
            pre: try learners(pre, warn: warn), post: try learners(post, warn: warn), catalogue: bank.catalogue)
        let folderPath = output ?? "exports/compare-" + UTCTime.stamp()
        let folder = try ExportFolder(path: folderPath, replacing: replacing)
        try ComparisonExport(comparison, byteOrderMark: byteOrderMark).write(into: folder)
        var manifest = ComparisonManifest(
            engineVersion: engineVersion, createdAt: UTCTime.iso8601(), pre: pre, post: post,
            catalogueSHA256: bank.catalogueSHA256,
            matchedLearners: Set(comparison.changes.map { $0.learner + "/" + $0.level.rawValue }).count,
            unmatchedLearners: comparison.unmatched.count)
        let report = try ComparisonReport(folder: folder.temporaryPath, manifest: manifest, labels: bank.reportLabels).render()
        try ReportFile.write(report, to: folder.temporaryPath + "/" + ReportFile.name)
        try folder.commit { written in
            manifest.writtenFiles = written
            return try manifest.json()
        }
        return Result(folder: folderPath, manifest: manifest, comparison: comparison)
    }

    /// The learners' principle percentages in one input: an export folder's learners.csv, or a
    /// responses file or store scored through the engine here.
    func learners(_ path: String, warn: (String) -> Void) throws -> [CohortComparison.Learner] {
        var isDirectory: ObjCBool = false
        guard path == CohortInputs.standardInput || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CohortInputError.noSuchInput(path: path)
        }
        if isDirectory.boolValue { return try exportedLearners(path + "/learners.csv") }
        var inputs = CohortInputs()
        try inputs.add(path, delimiter: nil)
        try inputs.requireResponses()
        let run = CohortRun(inputs.imported, scenarios: bank.preparedScenarios)
        if run.rowsRejected > 0 {
            warn("\(run.rowsRejected) rows of \(path) could not be scored and are left out; run sjt batch on it to see why")
        }
        return run.learnerScores(SummaryScope(), catalogue: bank.catalogue)
    }

    /// The learners of a learners.csv written by `sjt batch`.
    func exportedLearners(_ path: String) throws -> [CohortComparison.Learner] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CohortInputError.missingLearners(path: path) }
        let table: CSVTable
        do { table = try CSVTable(bytes: Array(data)) } catch {
            throw CohortInputError.unreadableLearners(path: path, reason: "\(error)")
        }
        guard let idColumn = table.header.firstIndex(of: "learner_id"), let levelColumn = table.header.firstIndex(of: "level") else {
            throw CohortInputError.notLearnersFile(path: path)
        }
        return table.rows.compactMap { row in
            guard let level = LeadershipLevel(rawValue: row[levelColumn]) else { return nil }
            var principles: [PrincipleID: Double] = [:]
            for principle in bank.catalogue.principleOrder {
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
