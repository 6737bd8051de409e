import SJTCSV
import SJTEngine

/// Writes a ``CohortComparison`` as the CSV files of a `sjt compare` folder: changes.csv,
/// summary.csv and unmatched.csv (docs/statistics.md).
public struct ComparisonExport {
    public let comparison: CohortComparison
    public let byteOrderMark: Bool

    public init(_ comparison: CohortComparison, byteOrderMark: Bool = true) {
        self.comparison = comparison
        self.byteOrderMark = byteOrderMark
    }

    var files: [any ExportFile] {
        [ChangesFile(comparison: comparison), ComparisonSummaryFile(comparison: comparison), UnmatchedFile(comparison: comparison)]
    }

    /// Writes every file into `directory`, which must exist.
    ///
    /// - Returns: The rows written per file, by file name.
    @discardableResult
    public func write(into directory: String) throws -> [String: Int] {
        try files.write(into: directory, byteOrderMark: byteOrderMark)
    }

    /// Writes every file into the export folder, which learns each file's size and hash as it is
    /// written, for the manifest.
    @discardableResult
    public func write(into folder: ExportFolder) throws -> [String: Int] {
        try files.write(into: folder, byteOrderMark: byteOrderMark)
    }
}

/// changes.csv: per matched learner, level and principle, the two percentages and the change.
struct ChangesFile: ExportFile {
    let comparison: CohortComparison

    let name = "changes.csv"
    let header = ["learner_id", "level", "principle", "pre", "post", "change", "pre_band", "post_band", "moved_up"]

    func writeRows(to writer: CSVWriter) throws -> Int {
        for change in comparison.changes {
            try writer.write([
                .text(change.learner), .text(change.level.rawValue), .text(change.principle.rawValue),
                .percentage(change.pre), .percentage(change.post), .exact(change.exactChange, orRounded: change.change, places: 2),
                .text(orEmpty: change.preBand?.id.rawValue), .text(orEmpty: change.postBand?.id.rawValue),
                .text(change.movedUp ? "yes" : "no"),
            ])
        }
        return comparison.changes.count
    }
}

/// summary.csv: per level and principle, the mean change with its 95% confidence interval, the
/// paired effect size and the share who moved up a band.
struct ComparisonSummaryFile: ExportFile {
    let comparison: CohortComparison

    let name = "summary.csv"
    let header = [
        "level", "principle", "learners", "mean_pre", "mean_post", "mean_change", "sd_change", "ci95_low", "ci95_high",
        "effect_size", "share_moved_up",
    ]

    func writeRows(to writer: CSVWriter) throws -> Int {
        for summary in comparison.summaries {
            try writer.write([
                .text(summary.level.rawValue), .text(summary.principle.rawValue), .integer(summary.learners),
                .exact(summary.exactMeanPre, orRounded: summary.meanPre, places: 2),
                .exact(summary.exactMeanPost, orRounded: summary.meanPost, places: 2),
                .exact(summary.exactMeanChange, orRounded: summary.meanChange, places: 2), .decimal(summary.sdChange, places: 2),
                .decimal(summary.lower, places: 2), .decimal(summary.upper, places: 2), .decimal(summary.effectSize, places: 3),
                .ratio(summary.movedUp, over: summary.learners, places: 4),
            ])
        }
        return comparison.summaries.count
    }
}

/// unmatched.csv: learners with no change to show (in one cohort only, no complete attempt in one,
/// or no principle in common), each with the reason, so none is dropped silently.
struct UnmatchedFile: ExportFile {
    let comparison: CohortComparison

    let name = "unmatched.csv"
    let header = ["learner_id", "level", "present_in", "reason"]

    func writeRows(to writer: CSVWriter) throws -> Int {
        for unmatched in comparison.unmatched {
            try writer.write([
                .text(unmatched.learner), .text(unmatched.level.rawValue), .text(unmatched.presentIn), .text(unmatched.reason.rawValue),
            ])
        }
        return comparison.unmatched.count
    }
}
