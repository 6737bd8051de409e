import Foundation
import SJTCSV
import SJTEngine
import SJTStore
import SJTTestSupport
import Testing

/// Behaviours found wanting in a review of the practice and batch commands, pinned down.
struct ReviewFindingsTests {
    let directory: URL
    let sjt: CommandLineRunner
    let example = ["--scenarios", "docs/examples", "--catalogue", "scenarios/catalogue.yaml"]
    let lines: [String]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-review-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        sjt = CommandLineRunner(environment: ["SJT_STORE": directory.appendingPathComponent("progress.sqlite").path])
        let (scenario, catalogue) = try Fixtures.example()
        lines = try ScriptedAnswers.lines(
            for: [.single("a"), .rank(["b", "a", "c"])], scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: 3)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func play(_ learner: String, cohort: String? = nil, extra: [String] = [], input: String? = nil) throws -> CommandLineRunner.Run {
        try sjt.run(
            ["play", "--learner=\(learner)", "--level", "frontline-leader", "--scenario", "delayed-recording", "--seed", "3"]
                + (cohort.map { ["--cohort", $0] } ?? []) + extra + example,
            input: input ?? lines.joined(separator: "\n") + "\n")
    }

    @Test func exportFolderThatIsNotAnEarlierExportIsNeverReplaced() throws {
        let keep = path("precious/thesis.docx")
        try FileManager.default.createDirectory(atPath: path("precious"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: keep))
        let run = try sjt.run(["batch", BatchCommandTests.broken, "-o", path("precious"), "--force", "--allow-rejects"] + example)
        #expect(run.status == 1)
        #expect(run.standardError.contains("is not an earlier sjt export (it has no manifest.json), so --force will not replace it"))
        #expect(FileManager.default.contents(atPath: keep) == Data("mine".utf8))
        let dot = try sjt.run(["batch", BatchCommandTests.broken, "-o", ".", "--allow-rejects"] + example)
        #expect(dot.status == 1)
        #expect(dot.standardError == "Error: . already exists; choose another folder with -o, or replace it with --force\n")
    }

    @Test func exportKeepsEachLearnersOwnCohortAndLeavesSupersededAttemptsOut() throws {
        #expect(try play("l-a", cohort: "spring").status == 0)
        #expect(try play("l-b").status == 0)
        let store = try ProgressStore.open(at: path("progress.sqlite"))
        try store.markSuperseded(try #require(try store.attempts(learner: "l-a").first))
        #expect(try play("l-a", cohort: "spring").status == 0)
        let run = try sjt.run(["export", "responses", "--cohort", "spring", "-o", path("spring.csv")])
        #expect(run.status == 0)
        let table = try CSVTable(bytes: Array(FileManager.default.contents(atPath: path("spring.csv"))!))
        #expect(Set(table.rows.map { $0[1] }) == ["l-a"])
        #expect(Set(table.rows.map { $0[6] }) == ["2"])  // attempt 1 was superseded
        let all = try sjt.run(["export", "responses", "-o", path("all.csv")])
        #expect(all.status == 0)
        let everyone = try CSVTable(bytes: Array(FileManager.default.contents(atPath: path("all.csv"))!))
        #expect(everyone.rows.filter { $0[1] == "l-b" }.allSatisfy { $0[0] == "unassigned" })
    }

    @Test func readingCommandsDoNotCreateAStore() throws {
        let typo = path("typo.sqlite")
        let export = try sjt.run(["export", "responses", "--store", typo, "-o", path("x.csv")])
        #expect(export.status == 1)
        #expect(export.standardError == "Error: there is no progress store at \(typo); check --store or SJT_STORE, or play a scenario first\n")
        #expect(try sjt.run(["progress", "--store", typo] + example).status == 1)
        #expect(!FileManager.default.fileExists(atPath: typo))
        #expect(!FileManager.default.fileExists(atPath: path("x.csv")))
    }

    @Test func answerGivenBeforeTheInputEndsAtTheReasonPromptIsKept() throws {
        let run = try play("l-r", extra: ["--rationale"], input: lines[0] + "\n")
        #expect(run.status == 3)
        let store = try ProgressStore.open(at: path("progress.sqlite"))
        let attempt = try #require(try store.latestInProgressAttempt(learner: "l-r"))
        #expect(try store.responses(attempt: attempt.id!).map(\.response) == ["a"])
    }

    @Test func resumeUsesTheModeAskedFor() throws {
        #expect(try play("l-m", input: lines[0] + "\nq\n").status == 0)
        let run = try sjt.run(["play", "--resume", "--mode", "assessment"] + example, input: lines[1] + "\n")
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Answer recorded."))
        #expect(run.standardOutput.contains("Your answers and their feedback"))
    }

    @Test func exportedNamesRoundTripAndStoresAreReadWhereverTheyAreNamed() throws {
        #expect(try play("-amy", cohort: "c").status == 0)
        #expect(try sjt.run(["export", "responses", "-o", path("amy.csv")]).status == 0)
        let table = try CSVTable(bytes: Array(FileManager.default.contents(atPath: path("amy.csv"))!))
        #expect(table.rows.allSatisfy { $0[1] == "'-amy" })
        // The same responses from the file and from the store (named as a plain input) are one
        // learner's one attempt, given twice: its steps collide, so it is rejected, not split in two.
        let run = try sjt.run(["batch", path("amy.csv"), path("progress.sqlite"), "-o", path("out"), "--allow-rejects"] + example)
        #expect(run.standardOutput.hasSuffix("rows read 4 = accepted 0 + rejected 4\n"))
        let rejects = try CSVTable(bytes: Array(FileManager.default.contents(atPath: path("out/rejects.csv"))!))
        #expect(rejects.rows.map { $0[2] } == Array(repeating: "step 1 appears more than once", count: 4))
        #expect(Set(rejects.rows.map { $0[4] }) == ["'-amy"])  // written neutralised again
    }

    @Test func tabSeparatedFileGetsAHint() throws {
        try Data("cohort\tlearner_id\tlevel\nc\tl\tfrontline-leader\n".utf8).write(to: URL(fileURLWithPath: path("tabs.tsv")))
        let run = try sjt.run(["batch", path("tabs.tsv"), "-o", path("out")] + example)
        let rejects = try CSVTable(bytes: Array(FileManager.default.contents(atPath: path("out/rejects.csv"))!))
        #expect(run.status == 2)
        #expect(rejects.rows.map { $0[2] } == ["the file looks tab-separated; save it as CSV (comma or semicolon separated) and try again"])
    }
}
