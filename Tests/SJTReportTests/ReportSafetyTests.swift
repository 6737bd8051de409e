import Foundation
import SJTAuthoring
import SJTBatch
import SJTTestSupport
import Testing

/// The page can be opened anywhere: text from an export or a bank can never become markup, the
/// page loads nothing from outside itself, and it names no learner.
struct ReportSafetyTests {
    static let script = #"<script>alert("cohort")</script>"#
    static let image = #""><img src=x onerror=alert(1)>"#
    static let formula = #"=HYPERLINK("http://evil.example","x")"#

    /// The tags and attributes sjt's pages are made of; anything else would have come from text.
    static let tags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "ul", "li", "strong", "code", "nav", "a", "main",
        "section", "figure", "figcaption", "div", "svg", "rect", "line", "circle", "text", "table", "thead", "tbody", "tr", "th", "td", "footer",
    ]
    static let attributes: Set<String> = [
        "lang", "charset", "http-equiv", "content", "name", "aria-label", "href", "id", "class", "data-file", "viewbox", "width", "height",
        "role", "aria-labelledby", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "fill", "stroke", "stroke-width", "stroke-dasharray",
        "text-anchor", "font-size", "font-weight",
    ]

    /// A CSV field holding `text`, quoted.
    static func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    @Test func hostileTextInCohortsLearnerNamesAndScenarioTitlesComesOutAsText() throws {
        // A bank whose scenario title is hostile: the bundled one, copied, with one title changed.
        let bankFolder = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-hostile-bank-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: bankFolder) }
        try FileManager.default.copyItem(atPath: Fixtures.path("scenarios"), toPath: bankFolder)
        let scenarioFile = bankFolder + "/child-without-speech.yaml"
        let title = "A <b>bold</b> & " + Self.image + " " + Self.formula
        let yaml = try String(contentsOfFile: scenarioFile, encoding: .utf8)
        let titleLine = try #require(yaml.split(separator: "\n").first { $0.hasPrefix("title:") })
        try yaml.replacingOccurrences(of: titleLine, with: "title: '\(title.replacingOccurrences(of: "'", with: "''"))'")
            .write(toFile: scenarioFile, atomically: true, encoding: .utf8)
        let load = BankLoader.load(paths: [bankFolder], cataloguePath: bankFolder + "/catalogue.yaml")
        let bank = try #require(load.bank)
        #expect(bank.scenario("child-without-speech")?.title == title)

        let exports = try ReportExports(bank: bank)
        defer { exports.remove() }
        // Half the learners in a cohort named like a script, half like a formula; every name hostile.
        let rows = try ReportExports.sampleRows().map { row in
            let learner = Int(row.split(separator: ",")[1].dropFirst())!
            return row.replacingOccurrences(of: "induction-spring-2027", with: Self.field(learner % 2 == 0 ? Self.script : Self.formula))
                .replacingOccurrences(of: #"Learner \d+"#, with: Self.field(Self.image + " Zoë"), options: .regularExpression)
        }
        let folder = try exports.batch([try exports.responses("hostile.csv", rows: rows)], into: "hostile")
        let report = try ReportExports.report(folder)

        #expect(report.tagNames.isSubset(of: Self.tags), "\(report.tagNames.subtracting(Self.tags))")
        #expect(Set(report.attributes.keys).isSubset(of: Self.attributes), "\(Set(report.attributes.keys).subtracting(Self.attributes))")
        #expect(!report.html.contains("<script") && !report.html.contains("<img") && !report.html.contains("<b>"))
        // Shown as written: the cohorts as read before the export made them safe for a spreadsheet.
        #expect(report.text.contains("Cohort report: " + Self.script + ", " + Self.formula))
        #expect(report.text.contains(title))
        // Learner names are never shown.
        #expect(!report.text.contains("Zoë"))
        // sjt batch counted learners.csv and attempts.csv as it wrote them; made again from the
        // files read back (sjt report), the page is the same, byte for byte.
        let written = try Data(contentsOf: URL(fileURLWithPath: folder + "/report.html"))
        _ = try CohortReport(bank: bank, folder: folder).run()
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/report.html")) == written)
    }

    @Test func theReportReferencesNothingOutsideItself() throws {
        let exports = try ReportExports()
        defer { exports.remove() }
        let report = try ReportExports.report(try exports.batch([ReportExports.sample], into: "sample"))
        for reference in ["http:", "https:", "file:", "//", "url(", "src=", "@import", "<link", "<script", "<img", "<iframe", "<object"] {
            #expect(!report.html.lowercased().contains(reference), "the page holds \(reference)")
        }
        #expect((report.attributes["href"] ?? []).allSatisfy { $0.hasPrefix("#") })
        #expect(report.html.contains(
            #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"/>"#)
            || report.html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">"#))
    }

    @Test func theReportNamesNoLearnerAndAPseudonymisedExportGivesAPseudonymisedReport() throws {
        let exports = try ReportExports()
        defer { exports.remove() }
        let plain = try ReportExports.report(try exports.batch([ReportExports.sample], into: "plain"))
        let pseudonymised = try exports.batch([ReportExports.sample], into: "pseudonymised", pseudonymKey: Array("a key of thirty-two bytes, mixed!".utf8))
        let report = try ReportExports.report(pseudonymised)
        for learner in try ReportExports.records(exports.path("plain"), "learners.csv") {
            #expect(!plain.text.contains(learner["learner_id"]!) && !plain.text.contains(learner["learner_name"]!))
        }
        for learner in try ReportExports.records(pseudonymised, "learners.csv") {
            #expect(learner["learner_name"] == "" && !report.text.contains(learner["learner_id"]!))
        }
        #expect(report.text.contains("The export is pseudonymised: learner ids are keyed hashes, and names were removed."))
        #expect(!plain.text.contains("pseudonymised"))
    }
}
