import Foundation
import SJTTestSupport
import Testing

/// Exports with little or nothing in them give a report that says so in words, never an empty chart
/// or a figure divided by zero.
struct ReportDegenerateTests {
    let exports: ReportExports

    init() throws { exports = try ReportExports() }

    static func expectNoImpossibleNumber(_ report: ReportHTML, sourceLocation: SourceLocation = #_sourceLocation) {
        for word in ["NaN", "nan", "inf", "Infinity"] {
            #expect(!report.text.split(separator: " ").contains { $0 == word }, "the page says \(word)", sourceLocation: sourceLocation)
        }
    }

    @Test func oneLearnerLeavesTheOtherLevelsAndTheComparisonOfLevelsSaidInWords() throws {
        defer { exports.remove() }
        let rows = try ReportExports.sampleRows().filter { $0.contains(",s000001,") }
        let report = try ReportExports.report(try exports.batch([try exports.responses("one.csv", rows: rows)], into: "one"))
        let glance = try #require(report.tables["glance-attempts"])
        #expect(glance.rows.map { $0[1] } == ["0", "0", "1", "0"])
        #expect(report.text.contains("no attempt at this level"))
        #expect(report.text.contains("No learner at this level has a principle figure."))
        #expect(report.text.contains("No decision was answered at two levels or more, so there is nothing to set side by side."))
        // One learner has no spread: the sd cells are empty, as in principles.csv.
        let principles = try #require(report.tables["principles-operational-leader"])
        #expect(principles.rows.allSatisfy { $0[3] == "" })
        Self.expectNoImpossibleNumber(report)
    }

    @Test func noCompleteAttemptIsSaidInsteadOfEveryChart() throws {
        defer { exports.remove() }
        let rows = try ReportExports.sampleRows().filter { $0.split(separator: ",", omittingEmptySubsequences: false)[7] == "1" }
        let folder = try exports.batch([try exports.responses("unfinished.csv", rows: rows)], into: "unfinished")
        #expect(try ReportExports.records(folder, "attempts.csv").allSatisfy { $0["complete"] == "no" })
        let report = try ReportExports.report(folder)
        #expect(report.text.contains("No learner has a principle figure: no attempt was complete (principles.csv has no rows)."))
        #expect(report.text.contains("No decision has figures: no attempt was complete (items.csv has no rows)."))
        #expect(report.text.contains("no learner at this level has a band (no complete attempt)"))
        #expect(report.tables["principles-frontline-worker"] == nil)
        Self.expectNoImpossibleNumber(report)
    }

    @Test func everyRowRejectedGivesAReportThatSaysSo() throws {
        defer { exports.remove() }
        let rows = try ReportExports.sampleRows().map { $0.replacingOccurrences(of: ",child-without-speech,", with: ",no-such-scenario,") }
            .filter { $0.contains("no-such-scenario") }
        let report = try ReportExports.report(try exports.batch([try exports.responses("rejected.csv", rows: rows)], into: "rejected"))
        #expect(report.text.contains(
            "Every one of the \(rows.count) rows read was rejected, so no attempt could be scored and there is nothing to chart. "
                + "rejects.csv in this folder gives the reason for each row."))
        #expect(report.tables.isEmpty)
        Self.expectNoImpossibleNumber(report)
    }

    @Test func aComparisonWithNoLearnerInBothSaysSo() throws {
        defer { exports.remove() }
        let pre = try exports.responses("pre.csv", rows: try ReportExports.sampleRows().filter { $0.contains(",s000001,") })
        let post = try exports.responses("post.csv", rows: try ReportExports.sampleRows().filter { $0.contains(",s000002,") })
        let report = try ReportExports.report(try exports.compare(pre, post, into: "change"))
        #expect(report.text.contains("No learner could be compared: none is in both cohorts at the same level with complete attempts on a principle in common."))
        let unmatched = try #require(report.tables.values.first { $0.file == "unmatched.csv" })
        #expect(unmatched.rows == [["post", "not in pre", "1"], ["pre", "not in post", "1"]])
        Self.expectNoImpossibleNumber(report)
    }
}
