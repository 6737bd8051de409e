import Foundation
import SJTCSV
import SJTEngine
import SJTTestSupport
import Testing

/// `sjt progress` and `sjt export responses` after real `sjt play` sessions.
struct ProgressAndExportCommandTests {
    let directory: URL
    let sjt: CommandLineRunner
    let lines: [String]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-progress-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        sjt = CommandLineRunner(environment: [
            "SJT_STORE": directory.appendingPathComponent("progress.sqlite").path,
            "SJT_SCENARIOS": Fixtures.path("docs/examples"), "COLUMNS": "100",
        ])
        let (scenario, catalogue) = try Fixtures.example()
        lines = try ScriptedAnswers.lines(
            for: [.single("a"), .rank(["b", "a", "c"])], scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: 4)
    }

    func play(_ learner: String, name: String? = nil, cohort: String = "spring-2027", answers: [String]? = nil) throws {
        var arguments = ["play", "--learner", learner, "--level", "frontline-leader", "--scenario", "delayed-recording",
                         "--seed", "4", "--cohort", cohort, "--catalogue", Fixtures.cataloguePath]
        if let name { arguments += ["--name", name] }
        let run = try sjt.run(arguments, input: (answers ?? lines).joined(separator: "\n") + "\n")
        #expect(run.status == 0 || run.status == 3, "\(run.standardError)")
    }

    @Test func progressShowsAttemptsPrincipleScoresAndWhatToPractiseNext() throws {
        try play("l-01")
        let run = try sjt.run(["progress", "--catalogue", Fixtures.cataloguePath])
        #expect(run.status == 0, "\(run.standardError)")
        let output = run.standardOutput
        #expect(output.hasPrefix("Progress for l-01 (front-line leader)\n\nAttempts\n  "))
        #expect(output.contains("Recording that has fallen behind (attempt 1, frontline-leader): Mixed outcome — 83%, meets expectations for the level"))
        #expect(output.contains("""
              Accountability, not blame                         100%  100%  exceeds expectations for the level
              Good bureaucracy: clear rationale for decision …  83%   83%   meets expectations for the level
              High support, constructive challenge              100%  100%  exceeds expectations for the level
            """))
        #expect(output.contains("Practise next: Recording that has fallen behind (sjt play --scenario delayed-recording)."))
    }

    @Test func progressForAnUnknownLearnerSaysSo() throws {
        try play("l-01")
        let run = try sjt.run(["progress", "--learner", "nobody", "--catalogue", Fixtures.cataloguePath])
        #expect(run.status == 1)
        #expect(run.standardError == "Error: learner 'nobody' has not played on this store; check the id, or the store with --store\n")
    }

    @Test func exportWritesTheCohortFormatThroughLibcsvWithNamesNeutralised() throws {
        try play("l-01", name: "Zoë Ó Briain")
        try play("l-02", name: "=HYPERLINK(\"http://example.com\",\"x\")")
        try play("l-03", answers: [lines[0]])  // unfinished: still exported
        let output = directory.appendingPathComponent("responses.csv").path
        let run = try sjt.run(["export", "responses", "-o", output])
        #expect(run.status == 0)
        #expect(run.standardError == "Wrote 5 responses from 3 learners to \(output)\n")
        let bytes = Array(FileManager.default.contents(atPath: output)!)
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let table = try CSVTable(bytes: bytes)
        #expect(table.header == ["cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt",
                                 "step", "node_id", "response", "shown_order", "answered_at", "rationale"])
        #expect(table.rows.map { [$0[0], $0[1], $0[2], $0[6], $0[7], $0[8], $0[9]] } == [
            ["spring-2027", "l-01", "Zoë Ó Briain", "1", "1", "backlog", "a"],
            ["spring-2027", "l-01", "Zoë Ó Briain", "1", "2", "cause", "b>a>c"],
            ["spring-2027", "l-02", "'=HYPERLINK(\"http://example.com\",\"x\")", "1", "1", "backlog", "a"],
            ["spring-2027", "l-02", "'=HYPERLINK(\"http://example.com\",\"x\")", "1", "2", "cause", "b>a>c"],
            ["spring-2027", "l-03", "", "1", "1", "backlog", "a"],
        ])
        #expect(table.rows.allSatisfy { $0[11].hasSuffix("Z") && $0[10].split(separator: " ").count == 3 })
    }

    @Test func exportFiltersByLearnerAndCohort() throws {
        try play("l-01")
        try play("l-02", cohort: "autumn-2027")
        let output = directory.appendingPathComponent("autumn.csv").path
        let run = try sjt.run(["export", "responses", "--cohort", "autumn-2027", "-o", output, "--no-bom"])
        #expect(run.status == 0)
        let table = try CSVTable(bytes: Array(FileManager.default.contents(atPath: output)!))
        #expect(Set(table.rows.map { $0[1] }) == ["l-02"])
        #expect(FileManager.default.contents(atPath: output)!.prefix(6) == Data("cohort".utf8))
    }
}
