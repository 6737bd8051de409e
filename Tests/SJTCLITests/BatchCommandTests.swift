import Foundation
import SJTCSV
import SJTTestSupport
import Testing

/// `sjt batch` on real files: every rejection reason, the accounting line, the export files, and
/// what an interrupted run leaves.
struct BatchCommandTests {
    let directory: URL
    let sjt: CommandLineRunner
    let example = ["--scenarios", "docs/examples", "--catalogue", "scenarios/catalogue.yaml"]
    static let broken = "Tests/Fixtures/cohort/broken-cohort.csv"

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-batch-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        sjt = CommandLineRunner(environment: ["SJT_STORE": directory.appendingPathComponent("progress.sqlite").path])
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func table(_ file: String) throws -> CSVTable {
        try CSVTable(bytes: Array(try #require(FileManager.default.contents(atPath: file))))
    }

    @Test func everyRejectionReasonIsWrittenWithItsRowAndTheAccountsBalance() throws {
        let run = try sjt.run(["batch", Self.broken, "-o", path("out")] + example)
        #expect(run.status == 2)
        #expect(run.standardOutput == """
            Wrote \(path("out")): 2 attempts (1 complete) from 2 learners.
            Rejected rows and their reasons: \(path("out"))/rejects.csv
            rows read 14 = accepted 3 + rejected 11

            """)
        let rejects = try table(path("out/rejects.csv"))
        #expect(rejects.rows.map { "\($0[1]): \($0[2])" } == [
            "4: scenario 'no-such-scenario' is not in the scenario bank",
            "5: level 'team-leader' is not one of frontline-worker, frontline-leader, operational-leader, strategic-leader",
            "6: recorded on version 2 of scenario 'delayed-recording'; the bank has version 1, so it is not rescored",
            "7: step 1 (node 'backlog'): node 'backlog' has no option 'z'",
            "8: step 2 (node 'audit'): the response is for node 'audit', but the path leads to node 'cause'",
            "9: step 2 (node 'audit'): the response is for node 'audit', but the path leads to node 'cause'",
            "10: step 1 appears more than once",
            "11: step 1 appears more than once",
            "12: the row has 7 fields, but the header has 13",
            "13: 'learner_id' is empty",
            "14: 'step' must be a whole number from 1, not 'x'",
        ])
        #expect(rejects.rows.allSatisfy { $0[0] == Self.broken })
        #expect(rejects.rows[8].last == "c1 | l-short |  | frontline-leader | delayed-recording | 1 | 1")
        // A row rejected for one value shows the others as read: row 13's attempt and step, row 14's attempt.
        #expect(rejects.rows[9][3...11] == ["c1", "", "", "frontline-leader", "delayed-recording", "", "1", "1", "backlog"])
        #expect(rejects.rows[10][9...11] == ["1", "", "backlog"])
    }

    @Test func allowRejectsExitsZero() throws {
        #expect(try sjt.run(["batch", Self.broken, "-o", path("out"), "--allow-rejects"] + example).status == 0)
    }

    @Test func timingsListEachStageOnStandardErrorAndLeaveStandardOutputAlone() throws {
        let plain = try sjt.run(["batch", Self.broken, "-o", path("plain"), "--allow-rejects"] + example)
        let timed = try sjt.run(["batch", Self.broken, "-o", path("timed"), "--allow-rejects", "--timings"] + example)
        #expect(timed.status == 0)
        #expect(timed.standardOutput == plain.standardOutput.replacingOccurrences(of: path("plain"), with: path("timed")))
        let lines = timed.standardError.split(separator: "\n").map(String.init)
        // A stage: its wall-clock time and the processor time of all threads in it.
        let stage = /^timing: (?<name>[a-z ]+) \d+\.\d{3} s, \d+\.\d{3} s of processor time$/
        // Under the export, each file it wrote and the writing thread that wrote it.
        let file = /^timing:   (?<name>[a-z]+\.csv) on writer (?<writer>[12]) \d+\.\d{3} s$/
        #expect(lines.allSatisfy { $0.wholeMatch(of: stage) != nil || $0.wholeMatch(of: file) != nil }, "\(lines)")
        #expect(lines.compactMap { $0.wholeMatch(of: stage).map { String($0.name) } } == [
            "bank", "read and import", "group and replay", "export", "report", "manifest and rename",
        ])
        // In the order they were begun, right under the export's line.
        #expect(lines.compactMap { $0.wholeMatch(of: file).map { String($0.name) } } == [
            "responses.csv", "learners.csv", "attempts.csv", "principles.csv", "elements.csv", "capabilities.csv", "items.csv", "options.csv",
            "tests.csv", "rejects.csv",
        ])
        let export = try #require(lines.firstIndex { $0.hasPrefix("timing: export ") })
        #expect(lines[export + 1].wholeMatch(of: file) != nil)
    }

    @Test func attemptsAreScoredThroughTheEngineAndIncompleteOnesMarked() throws {
        _ = try sjt.run(["batch", Self.broken, "-o", path("out")] + example)
        let attempts = try table(path("out/attempts.csv"))
        #expect(attempts.header == ["cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt",
                                    "decisions", "total", "maximum", "percentage", "band", "ending", "outcome", "complete",
                                    "band_uncapped"])
        // l-ok: the mean of 2/2 and 4/6 (docs/scoring.md), not 6/8.
        #expect(attempts.rows == [
            ["c1", "l-incomplete", "'=HYPERLINK(\"http://example.com\",\"x\")", "frontline-leader", "delayed-recording", "1", "1",
             "1", "2", "2", "100.00", "exceeds", "", "", "no", "exceeds"],
            ["c1", "l-ok", "Zoë Ó Briain", "frontline-leader", "delayed-recording", "1", "1", "2", "6", "8", "83.33", "meets",
             "mixed-end", "mixed", "yes", "meets"],
        ])
        let responses = try table(path("out/responses.csv"))
        #expect(responses.rows.map { [$0[1], $0[8], $0[10], $0[11], $0[12], $0[13], $0[14], $0[18]] } == [
            ["l-incomplete", "backlog", "a", "2", "2", "meets", "", ""],
            ["l-ok", "backlog", "a", "2", "2", "meets", "2", "the child's record, first"],
            ["l-ok", "cause", "b>a>c", "4", "6", "below", "", ""],
        ])
        // Summaries count complete attempts only, unless asked.
        #expect(try table(path("out/learners.csv")).rows.map { $0[1] } == ["l-incomplete", "l-ok"])
        #expect(try table(path("out/learners.csv")).rows[0][6...9] == ["0", "0", "", ""])
        #expect(try table(path("out/items.csv")).rows.map { $0[4] } == ["1", "1"])
    }

    @Test func negativeEndingIsExportedWithTheBandAfterTheCapBesideTheUncappedOne() throws {
        let input = path("capped.csv")
        try """
            cohort,learner_id,learner_name,level,scenario_id,scenario_version,attempt,step,node_id,response,shown_order,answered_at,rationale
            c1,l-capped,,frontline-worker,delayed-recording,1,1,1,backlog,b,,,
            c1,l-capped,,frontline-worker,delayed-recording,1,1,2,audit,a=meets;b=concern;c=meets,,,
            c1,l-capped,,frontline-worker,delayed-recording,1,2,1,backlog,a,,,
            c1,l-capped,,frontline-worker,delayed-recording,1,2,2,cause,a>b>c,,,

            """.write(toFile: input, atomically: true, encoding: .utf8)
        let run = try sjt.run(["batch", input, "-o", path("out")] + example)
        #expect(run.status == 0, "\(run.standardError)")
        let attempts = try table(path("out/attempts.csv"))
        // 1/2 and 9/9: 75%, meets on its own, capped at developing by the negative ending (docs/scoring.md).
        #expect(attempts.rows.map { Array($0[6...]) } == [
            ["1", "2", "10", "11", "75.00", "developing", "poor-end", "negative", "yes", "meets"],
            ["2", "2", "8", "8", "100.00", "exceeds", "good-end", "positive", "yes", "exceeds"],
        ])
        // The learner's figures are over all four decisions, (0.5 + 1 + 1 + 1) ÷ 4; caps belong to attempts.
        #expect(try table(path("out/learners.csv")).rows.map { Array($0[4...9]) } == [["2", "2", "18", "19", "87.50", "exceeds"]])
    }

    @Test func frameworkElementsAreSummarisedPerLevelAndInLearnersBesidePrinciples() throws {
        let input = path("elements.csv")
        try """
            cohort,learner_id,learner_name,level,scenario_id,scenario_version,attempt,step,node_id,response,shown_order,answered_at,rationale
            c1,l-1,,frontline-worker,delayed-recording,1,1,1,backlog,b,,,
            c1,l-1,,frontline-worker,delayed-recording,1,1,2,audit,a=meets;b=concern;c=meets,,,
            c1,l-1,,frontline-worker,delayed-recording,1,2,1,backlog,a,,,
            c1,l-1,,frontline-worker,delayed-recording,1,2,2,cause,a>b>c,,,

            """.write(toFile: input, atomically: true, encoding: .utf8)
        #expect(try sjt.run(["batch", input, "-o", path("out")] + example).status == 0)
        // The worked example tags every decision with elements 3.3 and 3.4 (its scenario's), so each is
        // the mean of 1/2, 9/9, 2/2 and 6/6 over both attempts: 87.50, as the learner's percentage.
        let learners = try table(path("out/learners.csv"))
        let elementColumns = learners.header.filter { $0.hasPrefix("element_") }
        #expect(elementColumns.count == 28 && elementColumns.first == "element_1.1" && elementColumns.last == "element_7.4")
        #expect(learners.header.firstIndex(of: "element_1.1") == learners.header.firstIndex(of: "better-for-children")! + 1)
        let row = try #require(learners.rows.first)
        var elements: [String: String] = [:]
        for (column, value) in zip(learners.header, row) where column.hasPrefix("element_") && !value.isEmpty { elements[column] = value }
        #expect(elements == ["element_3.3": "87.50", "element_3.4": "87.50"])
        let summary = try table(path("out/elements.csv"))
        #expect(summary.header == ["level", "element", "learners", "mean", "sd", "min", "median", "max", "share_meets"])
        #expect(summary.rows == [
            ["frontline-worker", "3.3", "1", "87.50", "", "87.50", "87.50", "87.50", "1.0000"],
            ["frontline-worker", "3.4", "1", "87.50", "", "87.50", "87.50", "87.50", "1.0000"],
        ])
    }

    @Test func includeIncompleteCountsUnfinishedAttemptsInSummaries() throws {
        _ = try sjt.run(["batch", Self.broken, "-o", path("out"), "--include-incomplete"] + example)
        #expect(try table(path("out/items.csv")).rows.first { $0[2] == "backlog" }?[4] == "2")
    }

    @Test func existingExportIsNotOverwrittenWithoutForce() throws {
        _ = try sjt.run(["batch", Self.broken, "-o", path("out"), "--allow-rejects"] + example)
        let again = try sjt.run(["batch", Self.broken, "-o", path("out"), "--allow-rejects"] + example)
        #expect(again.status == 1)
        #expect(again.standardError == "Error: \(path("out")) already exists; choose another folder with -o, or replace it with --force\n")
        #expect(try sjt.run(["batch", Self.broken, "-o", path("out"), "--allow-rejects", "--force"] + example).status == 0)
    }

    @Test func twoRunsOnTheSameInputGiveByteIdenticalFiles() throws {
        let input = path("sim.csv")
        #expect(try sjt.run(["simulate", "--learners", "40", "--seed", "3", "-o", input, "--scenarios", "scenarios"]).status == 0)
        _ = try sjt.run(["batch", input, "-o", path("a"), "--scenarios", "scenarios"])
        _ = try sjt.run(["batch", input, "-o", path("b"), "--scenarios", "scenarios"])
        let files = try FileManager.default.contentsOfDirectory(atPath: path("a")).sorted()
        #expect(files == ["attempts.csv", "capabilities.csv", "elements.csv", "items.csv", "learners.csv", "manifest.json", "options.csv",
                          "principles.csv", "report.html", "responses.csv", "tests.csv"])
        for file in files where file != "manifest.json" {
            #expect(FileManager.default.contents(atPath: path("a/\(file)")) == FileManager.default.contents(atPath: path("b/\(file)")), "\(file)")
        }
    }

    @Test func semicolonCRLFInputWithABOMIsRead() throws {
        let text = "\u{FEFF}Cohort;Learner_ID;Level;Scenario_ID;Step;Node_ID;Response\r\nc2;l-1;frontline-worker;delayed-recording;1;backlog;b\r\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path("semi.csv")))
        let run = try sjt.run(["batch", path("semi.csv"), "-o", path("out")] + example)
        #expect(run.standardOutput.hasSuffix("rows read 1 = accepted 1 + rejected 0\n"))
        #expect(try table(path("out/responses.csv")).rows.map { [$0[0], $0[1], $0[11], $0[12]] } == [["c2", "l-1", "1", "2"]])
    }

    @Test func fileWithoutARequiredColumnHasEveryRowRejected() throws {
        try Data("cohort,learner_id,level,scenario_id,node_id,response\nc,l,frontline-worker,delayed-recording,backlog,a\n".utf8)
            .write(to: URL(fileURLWithPath: path("nostep.csv")))
        let run = try sjt.run(["batch", path("nostep.csv"), "-o", path("out")] + example)
        #expect(run.standardOutput.hasSuffix("rows read 1 = accepted 0 + rejected 1\n"))
        #expect(try table(path("out/rejects.csv")).rows.map { $0[2] } == ["the file has no 'step' column"])
    }

    @Test func malformedCSVIsRefusedWholeNamingTheLine() throws {
        try Data("cohort,learner_id\nc,\"l\"x\n".utf8).write(to: URL(fileURLWithPath: path("bad.csv")))
        let run = try sjt.run(["batch", path("bad.csv"), "-o", path("out")] + example)
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("Error: \(path("bad.csv")): line 2: a quote is out of place"))
        #expect(!FileManager.default.fileExists(atPath: path("out")))
    }

    @Test func pseudonymisedExportHasKeyedIdsAndNoNames() throws {
        try Data(repeating: 7, count: 32).write(to: URL(fileURLWithPath: path("key")))
        _ = try sjt.run(["batch", Self.broken, "-o", path("out"), "--pseudonymise", path("key")] + example)
        let attempts = try table(path("out/attempts.csv"))
        #expect(attempts.rows.allSatisfy { $0[1].hasPrefix("p-") && $0[1].count == 18 && $0[2].isEmpty })
        let rejects = try String(contentsOfFile: path("out/rejects.csv"), encoding: .utf8)
        #expect(!rejects.contains("l-short") && !rejects.contains("l-unknown"))
        // Reasons quote the bank's own ids and nothing else a row held: a misplaced name stays out.
        let reasons = try table(path("out/rejects.csv")).rows.map { $0[2] }
        #expect(reasons.contains("scenario '…' is not in the scenario bank"))
        #expect(reasons.contains("step 1 (node 'backlog'): node 'backlog' has no option '…'"))
        #expect(reasons.contains("'step' must be a whole number from 1, not '…'"))
        // The same key gives the same pseudonyms.
        _ = try sjt.run(["batch", Self.broken, "-o", path("again"), "--pseudonymise", path("key")] + example)
        #expect(try table(path("again/attempts.csv")).rows.map { $0[1] } == attempts.rows.map { $0[1] })
    }

    @Test func practiceStoresAreReadBesideFiles() throws {
        let (scenario, catalogue) = try Fixtures.example()
        let lines = try ScriptedAnswers.lines(
            for: [.single("a"), .rank(["a", "b", "c"])], scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: 9)
        let play = try sjt.run(["play", "--learner", "l-store", "--level", "frontline-leader", "--cohort", "c1", "--scenario",
                                "delayed-recording", "--seed", "9"] + example, input: lines.joined(separator: "\n") + "\n")
        #expect(play.status == 0, "\(play.standardError)")
        let run = try sjt.run(["batch", Self.broken, "--store", path("progress.sqlite"), "-o", path("out"), "--allow-rejects"] + example)
        #expect(run.standardOutput.hasSuffix("rows read 16 = accepted 5 + rejected 11\n"))
        #expect(try table(path("out/attempts.csv")).rows.contains { $0[1] == "l-store" && $0[8] == "8" && $0[14] == "yes" })
        let manifest = try String(contentsOfFile: path("out/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"kind\" : \"store\""))
        #expect(manifest.contains("\"rows_accepted\" : 2"))
    }

    @Test func killedRunLeavesNothingThatLooksFinished() throws {
        let input = path("big.csv")
        #expect(try sjt.run(["simulate", "--learners", "4000", "--seed", "5", "-o", input, "--scenarios", "scenarios"]).status == 0)
        let process = Process()
        process.executableURL = CommandLineRunner.executable
        process.arguments = ["batch", input, "-o", path("out"), "--scenarios", "scenarios"]
        process.currentDirectoryURL = Fixtures.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill once the export has begun to appear in its temporary folder.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline && process.isRunning {
            let partial = (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.first { $0.hasPrefix(".out.partial") }
            if let partial, ((try? FileManager.default.contentsOfDirectory(atPath: path(partial))) ?? []).count >= 1 { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: path("out")))
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains("out") }
        #expect(left.allSatisfy { $0.hasPrefix(".out.partial-") })
    }

    @Test func sampleCohortExportsEndToEnd() throws {
        let run = try sjt.run(["batch", "scenarios/sample-cohort/responses.csv", "-o", path("sample")])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasSuffix("rows read 196 = accepted 196 + rejected 0\n"))
        #expect(try table(path("sample/learners.csv")).rows.count == 24)
    }
}
