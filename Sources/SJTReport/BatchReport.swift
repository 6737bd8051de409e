import Plot
import SJTCohort

/// The report of a `sjt batch` folder, made from the folder's own CSV files and manifest
/// (docs/report.md).
///
/// ```swift
/// let page = try BatchReport(folder: "exports/spring", manifest: manifest, labels: labels).render()
/// ```
///
/// The same folder gives the same bytes: nothing is read but the files (or the tallies their
/// writers took of the same cells). The page holds no time,
/// not even the manifest's, so that two runs on the same input give the same report, as they give
/// the same CSV files (the manifest alone differs, in its time). No learner is named: the page holds the cohort's names and the bank's
/// words, never a learner's id, name or rationale.
public struct BatchReport {
    public let folder: String
    public let manifest: Manifest
    public let labels: ReportLabels
    /// What the export's writers counted as they wrote learners.csv and attempts.csv
    /// (``ExportFolder/tallies``): the report then counts those files without reading them back.
    public let written: [String: WrittenTally]

    public init(folder: String, manifest: Manifest, labels: ReportLabels, written: [String: WrittenTally] = [:]) {
        self.folder = folder
        self.manifest = manifest
        self.labels = labels
        self.written = written
    }

    /// - Throws: ``ReportError`` for a CSV file that is missing or cannot be read back.
    public func render() throws(ReportError) -> [UInt8] {
        let counts = manifest.counts
        let title: String
        var sections: [ReportSection] = []
        if counts.rowsAccepted == 0 {
            title = "Cohort report"
            sections.append(ReportSection(id: "nothing", heading: "Nothing to show", content: [ReportSection.nothingToShow(
                "Every one of the \(counts.rowsRead) rows read was rejected, so no attempt could be scored and there is nothing to chart. "
                    + "rejects.csv in this folder gives the reason for each row.")]))
        } else {
            let tables = try BatchTables(folder: folder, written: written)
            let cohorts = try tables.cohorts()
            title = "Cohort report: " + (cohorts.isEmpty ? "no cohort" : cohorts.joined(separator: ", "))
            sections.append(try CohortGlanceSection(tables: tables, labels: labels).make())
            for (table, vocabulary) in [
                (tables.principles, AreaSection.Vocabulary.principles), (tables.elements, .elements), (tables.capabilities, .capabilities),
            ] {
                if let section = try AreaSection(table: table, vocabulary: vocabulary, labels: labels).make() { sections.append(section) }
            }
            sections.append(try AttentionSection(items: tables.items, options: tables.options, labels: labels).make())
            sections.append(try LevelDifferencesSection(options: tables.options, items: tables.items, labels: labels).make())
        }
        return ReportPage(title: title, lead: lead(), sections: sections, footer: ReportPage.footer(engineVersion: manifest.engineVersion)).render()
    }

    private func lead() -> [BodyNode] {
        let counts = manifest.counts
        let incomplete = manifest.options["include_incomplete"] == "true"
        var lead: [BodyNode] = [
            .ul(
                .class("facts"),
                .li(.strong(.literal(String(counts.learners))), .literal("learners")),
                .li(.strong(.literal(String(counts.attempts))), .literal("attempts")),
                .li(.strong(.literal(String(counts.completeAttempts))), .literal("complete")),
                .li(.strong(.literal(String(counts.rowsRead))), .literal("rows read")),
                .li(.strong(.literal(String(counts.rowsRejected))), .literal("rejected"))
            ),
            ReportSection.paragraph(
                "Scored against \(manifest.catalogue.id) version \(manifest.catalogue.version) and "
                    + "\(manifest.scenarios.count) scenarios. The summaries count "
                    + (incomplete ? "every attempt, finished or not (--include-incomplete)." : "complete attempts only.")),
        ]
        if counts.rowsRejected > 0 {
            lead.append(ReportSection.paragraph(
                "\(counts.rowsRejected) of the \(counts.rowsRead) rows read were rejected and are in no figure here; rejects.csv gives the reason for each."))
        }
        if manifest.pseudonymisation != nil || manifest.options["pseudonymised"] == "true" {
            lead.append(ReportSection.paragraph("The export is pseudonymised: learner ids are keyed hashes, and names were removed."))
        }
        return lead
    }
}
