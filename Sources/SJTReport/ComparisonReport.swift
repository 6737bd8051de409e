import Plot
import SJTCohort

/// The report of a `sjt compare` folder, made from its summary.csv, unmatched.csv and manifest
/// (docs/report.md). Like ``BatchReport``, the same folder gives the same bytes, and no learner is
/// named.
public struct ComparisonReport {
    public let folder: String
    public let manifest: ComparisonManifest
    public let labels: ReportLabels

    public init(folder: String, manifest: ComparisonManifest, labels: ReportLabels) {
        self.folder = folder
        self.manifest = manifest
        self.labels = labels
    }

    /// - Throws: ``ReportError`` for a CSV file that is missing or cannot be read back.
    public func render() throws(ReportError) -> [UInt8] {
        let tables = try ComparisonTables(folder: folder)
        let lead: [BodyNode] = [
            .ul(
                .class("facts"),
                .li(.strong(.literal(String(manifest.matchedLearners))), .literal("learners matched")),
                .li(.strong(.literal(String(manifest.unmatchedLearners))), .literal("not compared"))
            ),
            ReportSection.paragraph("Before the course: \(manifest.pre). After it: \(manifest.post)."),
            ReportSection.paragraph(
                "Learners are matched by id and level; each learner's percentage per principle is from complete attempts, as in learners.csv."),
        ]
        let sections = [try ChangeSection(summary: tables.summary, labels: labels).make(), try UnmatchedSection(unmatched: tables.unmatched).make()]
        return ReportPage(
            title: "Before and after the course", lead: lead, sections: sections,
            footer: ReportPage.footer(engineVersion: manifest.engineVersion)
        ).render()
    }
}
