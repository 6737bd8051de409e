import Foundation
import SJTTestSupport
import Testing

/// `sjt report`: an export folder's report.html made again from its CSV files, byte for byte what
/// `sjt batch` or `sjt compare` wrote, with the manifest still describing every file.
struct ReportCommandTests {
    let directory: URL
    let sjt = CommandLineRunner()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-report-command-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func bytes(_ name: String) -> Data? { FileManager.default.contents(atPath: path(name)) }

    func batch(_ name: String) throws {
        let run = try sjt.run(["batch", "scenarios/sample-cohort/responses.csv", "-o", path(name)])
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test func theReportIsMadeAgainByteForByteAndTheManifestStaysAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try batch("spring")
        let (report, manifest) = (try #require(bytes("spring/report.html")), try #require(bytes("spring/manifest.json")))
        let run = try sjt.run(["report", path("spring")])
        #expect(run == .init(status: 0, standardOutput: "Wrote \(path("spring"))/report.html (\(report.count) bytes).\n", standardError: ""))
        #expect(bytes("spring/report.html") == report)
        #expect(bytes("spring/manifest.json") == manifest)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path("spring")).filter { $0.hasPrefix(".") } == [])
        // Still an export --force recognises as sjt's, whole.
        let again = try sjt.run(["batch", "scenarios/sample-cohort/responses.csv", "-o", path("spring"), "--force"])
        #expect(again.status == 0, "\(again.standardError)")
    }

    @Test func anExportWithoutAReportGetsOneAndTheManifestListsIt() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try batch("spring")
        let report = try #require(bytes("spring/report.html"))
        try FileManager.default.removeItem(atPath: path("spring/report.html"))
        #expect(try sjt.run(["report", path("spring")]).status == 0)
        #expect(bytes("spring/report.html") == report)
        let manifest = try JSONSerialization.jsonObject(with: try #require(bytes("spring/manifest.json"))) as! [String: Any]
        let written = (manifest["written_files"] as! [String: Any])["report.html"] as! [String: Any]
        #expect(written["bytes"] as? Int == report.count)
    }

    @Test func aComparisonFolderGetsItsReportMadeAgainToo() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try batch("pre")
        let compare = try sjt.run(["compare", path("pre"), "scenarios/sample-cohort/responses.csv", "-o", path("change")])
        #expect(compare.status == 0, "\(compare.standardError)")
        let (report, manifest) = (try #require(bytes("change/report.html")), try #require(bytes("change/manifest.json")))
        #expect(try sjt.run(["report", path("change")]).status == 0)
        #expect(bytes("change/report.html") == report && bytes("change/manifest.json") == manifest)
    }

    @Test func aFolderThatIsNotAnExportIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(atPath: path("notes"), withIntermediateDirectories: true)
        let run = try sjt.run(["report", path("notes")])
        #expect(run.status == 1)
        #expect(run.standardError == "Error: \(path("notes")) is not a folder sjt batch or sjt compare wrote (it has no manifest.json); name one that is\n")
        #expect(!FileManager.default.fileExists(atPath: path("notes/report.html")))
    }

    @Test func aFolderThatIsNotThereIsSaidToBeNotThere() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try sjt.run(["report", path("nowhere")])
        #expect(run == .init(
            status: 1, standardOutput: "",
            standardError: "Error: there is no export folder at \(path("nowhere")); name a folder sjt batch or sjt compare wrote\n"))
        #expect(!FileManager.default.fileExists(atPath: path("nowhere")))
    }

    @Test func aBankWithAnotherCatalogueIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try batch("spring")
        let catalogue = try String(contentsOfFile: Fixtures.path("scenarios/catalogue.yaml"), encoding: .utf8) + "# changed\n"
        try catalogue.write(toFile: path("catalogue.yaml"), atomically: true, encoding: .utf8)
        let report = bytes("spring/report.html")
        let run = try sjt.run(["report", path("spring"), "--scenarios", "scenarios", "--catalogue", path("catalogue.yaml")])
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("Error: \(path("spring")) was made with another catalogue than \(path("catalogue.yaml")) (SHA-256 "))
        #expect(run.standardError.hasSuffix(
            "…), so its names and bands would not be the export's; give the scenario bank it was made with (--scenarios DIR, --catalogue FILE)\n"))
        #expect(bytes("spring/report.html") == report)
    }
}
