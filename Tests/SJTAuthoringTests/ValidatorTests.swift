import Foundation
import SJTAuthoring
import SJTEngine
import SJTTestSupport
import Testing

/// Each file in Tests/Fixtures/broken/ breaks one group of rules; beside it, `.expected` holds the
/// exact diagnostics `sjt validate` must print for it.
struct ValidatorTests {
    static let brokenFixtures: [String] = {
        let directory = Fixtures.path("Tests/Fixtures/broken")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    func diagnostics(_ relative: String, text: String? = nil) throws -> [Diagnostic] {
        let source = try text ?? Fixtures.text(relative)
        return BankLoader.load(sources: [(file: relative, text: source)], catalogue: try Fixtures.catalogue()).diagnostics
    }

    @Test func everyRuleHasABrokenFixture() {
        #expect(Self.brokenFixtures == [
            "catalogue-references", "decision-shape", "duplicate-id", "keys-and-feedback", "level-texts", "missing-field",
            "reachability", "unknown-field", "unknown-node", "unsupported-format", "values", "warnings", "weight",
            "wrong-type", "yaml-syntax",
        ])
    }

    @Test(arguments: brokenFixtures)
    func brokenFixtureReportsExactlyTheExpectedDiagnostics(name: String) throws {
        let relative = "Tests/Fixtures/broken/\(name).yaml"
        let rendered = DiagnosticRenderer().render(try diagnostics(relative))
        let expected = try Fixtures.text("Tests/Fixtures/broken/\(name).expected")
        #expect(rendered + "\n" == expected)
    }

    @Test func workedExampleValidatesWithNoWarnings() throws {
        #expect(try diagnostics("docs/examples/delayed-recording.yaml") == [])
    }

    @Test func unknownNodeIsReportedAtTheReferenceWithASuggestion() throws {
        let found = try diagnostics("Tests/Fixtures/broken/unknown-node.yaml").first { $0.code == .unknownNode }
        #expect(found == Diagnostic.error(
            .unknownNode, "option 'b' leads to unknown node 'bad-ned'",
            at: FileLocation(file: "Tests/Fixtures/broken/unknown-node.yaml", line: 23, column: 15),
            notes: [Diagnostic.Note("did you mean 'bad-end'?")]))
    }

    @Test func unknownStartNodeIsReported() throws {
        let text = try Fixtures.text("Tests/Fixtures/broken/unknown-node.yaml").replacingOccurrences(of: "start: first", with: "start: frist")
        let found = try diagnostics("start.yaml", text: text).filter { $0.code == .unknownNode }.map(\.message)
        #expect(found.first == "start names unknown node 'frist'")
    }

    @Test func fileWithErrorsIsNeverServed() throws {
        let report = BankLoader.load(
            sources: [(file: "bad.yaml", text: try Fixtures.text("Tests/Fixtures/broken/unknown-node.yaml")),
                      (file: "good.yaml", text: try Fixtures.text("docs/examples/delayed-recording.yaml"))],
            catalogue: try Fixtures.catalogue())
        #expect(report.bank?.scenarios.map(\.id) == ["delayed-recording"])
        #expect(report.rejectedFiles == ["bad.yaml"])
    }

    @Test func fileWithOnlyWarningsIsServed() throws {
        let report = BankLoader.load(
            sources: [(file: "w.yaml", text: try Fixtures.text("Tests/Fixtures/broken/warnings.yaml"))], catalogue: try Fixtures.catalogue())
        #expect(report.bank?.scenarios.map(\.id) == ["warnings"])
    }

    @Test func sameScenarioIDInTwoFilesIsReportedAndNeitherIsServed() throws {
        let text = try Fixtures.text("docs/examples/delayed-recording.yaml")
        let report = BankLoader.load(sources: [(file: "a.yaml", text: text), (file: "b.yaml", text: text)], catalogue: try Fixtures.catalogue())
        #expect(DiagnosticRenderer().render(report.diagnostics) == """
            b.yaml:4:5: error: scenario id 'delayed-recording' is also used by a.yaml [duplicate-id]
            a.yaml:4:5: note: first defined here
            """)
        #expect(report.bank?.scenarios == [])
    }

    @Test func structuralProblemsAreReportedEvenWithoutACatalogue() throws {
        let scenarioPath = Fixtures.path("Tests/Fixtures/broken/reachability.yaml")
        let report = BankLoader.load(paths: [scenarioPath], cataloguePath: "/nonexistent/catalogue.yaml")
        #expect(report.bank == nil)
        // Grouped by file: diagnostics sort by path, and where the checkout lives decides which file comes first.
        let codesByFile = Dictionary(grouping: report.diagnostics, by: \.location.file).mapValues { $0.map(\.code) }
        #expect(codesByFile == ["/nonexistent/catalogue.yaml": [.fileNotFound], scenarioPath: [.trap, .trap, .unreachableNode]])
    }

    @Test func everyCodeIsDocumentedAndEveryDocumentedCodeExists() throws {
        let doc = try Fixtures.text("docs/scenario-format.md")
        let section = doc.components(separatedBy: "## What `sjt validate` checks")[1].components(separatedBy: "\n## ")[0]
        let documented = Set(section.split(separator: "\n").filter { $0.hasPrefix("| `") }.flatMap { line in
            line.split(separator: "|")[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
        })
        #expect(documented == Set(Diagnostic.Code.allCases.map(\.rawValue)))
    }

    @Test func summaryCountsErrorsWarningsAndFiles() {
        let location = FileLocation(file: "a.yaml", line: 1, column: 1)
        let diagnostics = [Diagnostic.error(.trap, "x", at: location), .warning(.noDistinctBest, "y", at: location)]
        #expect(DiagnosticRenderer().summary(of: diagnostics, filesChecked: 3) == "3 files checked: 1 error, 1 warning in 1 file")
        #expect(DiagnosticRenderer().summary(of: [], filesChecked: 1) == "1 file checked: no problems found")
    }

    @Test func brokenCatalogueIsReportedWithLocations() throws {
        let catalogue = try Fixtures.text("scenarios/catalogue.yaml")
            .replacingOccurrences(of: "  - id: meets\n", with: "  - id: meets\n    colour: green\n")
            .replacingOccurrences(of: "- id: partnership", with: "- id: risk-sensible")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-catalogue-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try catalogue.write(to: directory.appendingPathComponent("catalogue.yaml"), atomically: true, encoding: .utf8)
        let report = BankLoader.load(paths: [directory.path])
        #expect(report.bank == nil)
        #expect(Set(report.diagnostics.map(\.code)) == [.duplicateID, .unknownField])
        #expect(report.diagnostics.first { $0.code == .unknownField }?.message == "unknown field 'colour' in a rating")
    }
}
