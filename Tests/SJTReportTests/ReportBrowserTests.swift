import Foundation
import SJTTestSupport
import Testing

/// The report in a real browser, headless Chromium: printed to PDF and photographed at 1280 pixels
/// wide, with nothing on its console (no error, no blocked load) and something on the page.
///
/// To record docs/report.png, the README's picture of the sample cohort's report, afresh:
///
///     SJT_RECORD_REPORT_SCREENSHOT=1 swift test --skip-build --filter ReportBrowserTests
struct ReportBrowserTests {
    let exports: ReportExports

    init() throws { exports = try ReportExports() }

    /// Width, height, distinct colours and the share of the commonest colour of a PNG.
    static func colours(_ png: String) throws -> (width: Int, height: Int, colours: Int, commonest: Double) {
        let python = try #require(Python.path, "python3 is needed to read the screenshot")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Fixtures.path("Tests/Fixtures/report/png-colours.py"), png]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = text.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        try #require(fields.count == 4, "png-colours.py said: \(text)")
        return (Int(fields[0])!, Int(fields[1])!, Int(fields[2])!, Double(fields[3])!)
    }

    @Test func theSampleReportPrintsToPagesAndRendersWithNothingOnTheConsole() throws {
        defer { exports.remove() }
        try #require(Chromium.path != nil, Comment(rawValue: Chromium.missing))
        let folder = try exports.batch([ReportExports.sample], into: "sample")
        let page = folder + "/report.html"

        let pdf = exports.path("report.pdf")
        let printed = try Chromium.render(page, pdf: pdf)
        #expect(printed.status == 0)
        #expect(printed.console == [])
        let pages = try #require(Chromium.pageCount(ofPDF: pdf), "no PDF was printed")
        #expect(pages >= 5, "the sample's report printed on \(pages) pages")

        let png = exports.path("report.png")
        let shown = try Chromium.render(page, screenshot: png, width: 1280, height: 1600)
        #expect(shown.status == 0)
        #expect(shown.console == [])
        let picture = try Self.colours(png)
        #expect(picture.width == 1280 && picture.height == 1600)
        #expect(picture.colours > 50 && picture.commonest < 0.95, "a blank page: \(picture)")

        if ProcessInfo.processInfo.environment["SJT_RECORD_REPORT_SCREENSHOT"] != nil {
            _ = try Chromium.render(page, screenshot: Fixtures.path("docs/report.png"), width: 1280, height: 1800)
        }
    }

    /// The console check itself: a page that tries to load an image from outside is blocked by the
    /// same policy and says so on the console, which the test above would catch.
    @Test func aPageThatReachesOutIsCaughtOnTheConsole() throws {
        defer { exports.remove() }
        try #require(Chromium.path != nil, Comment(rawValue: Chromium.missing))
        let page = exports.path("outside.html")
        try """
            <!DOCTYPE html><html><head><meta charset="utf-8">\
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\
            </head><body><p>x</p><img src="http://example.com/x.png"></body></html>
            """.write(toFile: page, atomically: true, encoding: .utf8)
        let rendering = try Chromium.render(page, screenshot: exports.path("outside.png"), width: 400, height: 300)
        #expect(rendering.console.count == 1)
        #expect(rendering.console.first?.contains("violates the following Content Security Policy directive") == true)
    }
}
