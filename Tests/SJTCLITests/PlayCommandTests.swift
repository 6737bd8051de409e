import Foundation
import SJTEngine
import SJTStore
import SJTTestSupport
import Testing

/// `sjt play` driven as a learner would: scripted standard input, a real SQLite store, the worked
/// example scenario.
struct PlayCommandTests {
    let scenario: Scenario
    let catalogue: Catalogue
    let directory: URL
    let sjt: CommandLineRunner
    var storePath: String { directory.appendingPathComponent("progress.sqlite").path }
    static let seed: UInt64 = 11

    init() throws {
        (scenario, catalogue) = try Fixtures.example()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-play-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        sjt = CommandLineRunner(environment: [
            "SJT_STORE": directory.appendingPathComponent("progress.sqlite").path, "SJT_SCENARIOS": Fixtures.path("docs/examples"),
            "COLUMNS": "80",
        ])
    }

    func arguments(_ extra: [String] = [], learner: String = "l-01") -> [String] {
        ["play", "--learner", learner, "--level", "frontline-leader", "--scenario", "delayed-recording", "--seed", "\(Self.seed)",
         "--catalogue", Fixtures.cataloguePath, "--plain"] + extra
    }

    func typed(_ responses: [Response]) throws -> [String] {
        try ScriptedAnswers.lines(for: responses, scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: Self.seed)
    }

    static let rankPath: [Response] = [.single("a"), .rank(["b", "a", "c"])]
    static let bestWorstAndRatePath: [Response] = [
        .single("c"), .bestWorst(best: "c", worst: "b"),
        .rate([RatedChoice("a", "meets"), RatedChoice("b", "below"), RatedChoice("c", "meets")]),
    ]

    @Test func singleAndRankAnswersPlayToTheDebriefAndAreStored() throws {
        let run = try sjt.run(arguments(), input: try typed(Self.rankPath).joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Debrief: Recording that has fallen behind"))
        #expect(run.standardOutput.contains("""
            Mixed outcome — 83%, meets expectations for the level (front-line leader).
            The percentage is the mean over the 2 decisions on the path you took, each
            scored out of its own maximum.
            """))
        let store = try ProgressStore.open(at: storePath)
        let attempt = try #require(try store.attempts(learner: "l-01").first)
        #expect(attempt.status == .complete && attempt.total == 6 && attempt.maximum == 8)
        #expect(try store.responses(attempt: attempt.id!).map(\.response) == ["a", "b>a>c"])
    }

    @Test func bestWorstAndRateAnswersPlayToTheDebrief() throws {
        let run = try sjt.run(arguments(), input: try typed(Self.bestWorstAndRatePath).joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Negative outcome"))
        let store = try ProgressStore.open(at: storePath)
        let attempt = try #require(try store.attempts(learner: "l-01").first)
        #expect(try store.responses(attempt: attempt.id!).map(\.response) == ["c", "best=c;worst=b", "a=meets;b=below;c=meets"])
        // single 0/2, best-worst 3/6 (c is below: 2; b is the keyed worst: 3... see docs/scoring.md), rate 7/9
        #expect(attempt.total == 0 + 5 + 7 && attempt.maximum == 2 + 6 + 9)
    }

    @Test func negativeEndingShowsTheOutcomeWithTheScoreAndWhyTheBandIsCapped() throws {
        let responses: [Response] = [.single("b"), .rate([RatedChoice("a", "meets"), RatedChoice("b", "concern"), RatedChoice("c", "meets")])]
        let lines = try ScriptedAnswers.lines(for: responses, scenario: scenario, catalogue: catalogue, level: .frontLineWorker, seed: Self.seed)
        var worker = arguments()
        worker[worker.firstIndex(of: "frontline-leader")!] = "frontline-worker"
        let run = try sjt.run(worker, input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.standardError)")
        // docs/scoring.md, "The ending counts": 1/2 and 9/9, 75%, meets on its own, capped at developing.
        #expect(run.standardOutput.contains("""
            Negative outcome
            The gap was found by audit rather than by supervision. A child's injury went
            unrecorded for weeks.

            Negative outcome — 75%, developing towards the level (front-line worker).
            The band is capped: 75% on its own is meets expectations for the level, but the
            story ended with a negative outcome, and choices that lead there have not met
            expectations, however many points they earned. An attempt that ends this way
            reaches at most developing towards the level.
            The percentage is the mean over the 2 decisions on the path you took, each
            scored out of its own maximum.
            """))
        let store = try ProgressStore.open(at: storePath)
        let attempt = try #require(try store.attempts(learner: "l-01").first)
        #expect(attempt.percentage == 75 && attempt.band == "developing" && attempt.outcome == "negative")
    }

    @Test func invalidAnswerIsAskedAgainWithWhatToType() throws {
        let lines = ["9", "1 2", "x"] + (try typed(Self.rankPath))
        let run = try sjt.run(arguments(), input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        #expect(run.standardOutput.components(separatedBy: "Type the number of one option, 1 to 3.").count == 4)
    }

    @Test func invalidRankingSaysAllNumbersEachOnce() throws {
        let first = try typed(Self.rankPath)[0]
        let run = try sjt.run(arguments(), input: "\(first)\n1 1 2\n" + (try typed(Self.rankPath))[1] + "\n")
        #expect(run.standardOutput.contains("Type all 3 numbers, 1 to 3, each once, from most to least effective."))
        #expect(run.status == 0)
    }

    @Test func quitSavesAndResumeContinuesToTheSameResult() throws {
        let lines = try typed(Self.rankPath)
        let stopped = try sjt.run(arguments(), input: "\(lines[0])\nq\n")
        #expect(stopped.status == 0)
        #expect(stopped.standardOutput.hasSuffix("Saved. Continue where you left off with: sjt play --resume\n"))
        let resumed = try sjt.run(["play", "--resume", "--catalogue", Fixtures.cataloguePath, "--plain"], input: "\(lines[1])\n")
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(resumed.standardOutput.hasPrefix("Continuing “Recording that has fallen behind” at decision 2."))
        #expect(resumed.standardOutput.contains("Mixed outcome — 83%, meets expectations"))
    }

    @Test func endOfInputSavesAndExitsWithStatusThree() throws {
        let run = try sjt.run(arguments(), input: try typed(Self.rankPath)[0] + "\n")
        #expect(run.status == 3)
        #expect(run.standardError == """
            sjt: the answers ended before the scenario did; your answers so far are saved.
            Continue with: sjt play --resume

            """)
        let store = try ProgressStore.open(at: storePath)
        let attempt = try #require(try store.latestInProgressAttempt(learner: "l-01"))
        #expect(try store.responses(attempt: attempt.id!).count == 1)
    }

    @Test func theSaveMessageNamesTheCommandAsItWasRun() throws {
        var viaScript = sjt
        viaScript.environment["SJT_COMMAND_NAME"] = "scripts/sjt"
        let script = try viaScript.run(arguments(["--answers", "q"]))
        #expect(script.standardOutput.hasSuffix("\nSaved. Continue where you left off with: scripts/sjt play --resume\n"))
        let link = directory.appendingPathComponent("practise")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: CommandLineRunner.executable)
        let linked = try sjt.run(arguments(["--answers", "q"], learner: "l-02"), executable: link)
        #expect(linked.standardOutput.hasSuffix("\nSaved. Continue where you left off with: practise play --resume\n"))
    }

    @Test func answersOptionScriptsASession() throws {
        let run = try sjt.run(arguments(["--answers", try typed(Self.rankPath).joined(separator: ";")]))
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Mixed outcome — 83%, meets expectations"))
    }

    @Test func rationaleIsRecordedAndShownBackInTheDebrief() throws {
        let lines = try typed(Self.rankPath)
        let run = try sjt.run(arguments(["--rationale"]), input: "\(lines[0])\nthe child's record comes first\n\(lines[1])\n\n")
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Your reasons, as you recorded them\n  Decision 1 ("))
        #expect(run.standardOutput.contains("“the child's record comes first”"))
        let store = try ProgressStore.open(at: storePath)
        let attempt = try #require(try store.attempts(learner: "l-01").first)
        #expect(try store.responses(attempt: attempt.id!).map(\.rationale) == ["the child's record comes first", nil])
    }

    @Test func assessmentModeHoldsFeedbackUntilTheEnd() throws {
        let run = try sjt.run(arguments(["--mode", "assessment"]), input: try typed(Self.rankPath).joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        let beforeDebrief = run.standardOutput.components(separatedBy: "Your answers and their feedback")[0]
        #expect(!beforeDebrief.contains("points"))
        #expect(beforeDebrief.components(separatedBy: "Answer recorded.").count == 3)
        #expect(run.standardOutput.contains("Decision 2: 4 of 6 points"))
    }

    @Test func learnerAndLevelAreRememberedOrAskedOnce() throws {
        let lines = try typed(Self.rankPath)
        let first = try sjt.run(
            ["play", "--scenario", "delayed-recording", "--seed", "\(Self.seed)", "--catalogue", Fixtures.cataloguePath, "--plain"],
            input: (["l-09", "2"] + lines).joined(separator: "\n") + "\n")
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.hasPrefix("Your learner id (your first name, or the id your trainer gave you):\n> l-09\nWhich level are you practising at?\n"))
        let second = try sjt.run(
            ["play", "--scenario", "delayed-recording", "--seed", "\(Self.seed)", "--catalogue", Fixtures.cataloguePath, "--plain"],
            input: lines.joined(separator: "\n") + "\n")
        #expect(second.status == 0)
        #expect(!second.standardOutput.contains("learner id") && !second.standardOutput.contains("Which level"))
        #expect(try ProgressStore.open(at: storePath).attempts(learner: "l-09").count == 2)
    }

    @Test func plainScreenFitsEightyColumnsWithNoBoxDrawingOrColour() throws {
        let plain = try sjt.run(arguments(), input: try typed(Self.rankPath).joined(separator: "\n") + "\n")
        #expect(!plain.standardOutput.contains("─") && !plain.standardOutput.contains("\u{1B}"))
        #expect(plain.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let drawn = try sjt.run(arguments().filter { $0 != "--plain" } + ["--learner", "l-02"],
                                input: try typed(Self.rankPath).joined(separator: "\n") + "\n")
        #expect(drawn.standardOutput.contains("── Recording that has fallen behind: decision 1 ──"))
        #expect(!drawn.standardOutput.contains("\u{1B}"))  // not a terminal: no colour
    }

    @Test func unknownScenarioListsTheScenarios() throws {
        let run = try sjt.run(["play", "--learner", "l-01", "--level", "frontline-leader", "--scenario", "nope", "--catalogue", Fixtures.cataloguePath])
        #expect(run.status == 1)
        #expect(run.standardError == "Error: there is no scenario 'nope'; the scenarios are: delayed-recording\n")
    }

    @Test func storeThatIsNotAnSJTStoreIsRefusedAndLeftUntouched() throws {
        let path = directory.appendingPathComponent("notes.txt").path
        try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        let run = try sjt.run(arguments(["--store", path]), input: "1\n")
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("Error: \(path) is not an sjt progress store"))
        #expect(FileManager.default.contents(atPath: path) == Data("not a database\n".utf8))
    }

    /// Starts `sjt play` without waiting for it, standard input open for the test to write to.
    func start(learner: String = "l-01") throws -> (Process, FileHandle) {
        let process = Process()
        process.executableURL = CommandLineRunner.executable
        process.arguments = arguments(learner: learner)
        process.currentDirectoryURL = Fixtures.root
        process.environment = sjt.environment
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, stdin.fileHandleForWriting)
    }

    @Test func killedMidScenarioLosesNothingAndResumesToTheSameResult() throws {
        let lines = try typed(Self.bestWorstAndRatePath)
        let (process, stdin) = try start()
        stdin.write(Data("\(lines[0])\n\(lines[1])\n".utf8))
        // Wait until both answers are committed, then kill without warning.
        let deadline = Date().addingTimeInterval(30)
        var committed = 0
        while committed < 2 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            if FileManager.default.fileExists(atPath: storePath), let store = try? ProgressStore.open(at: storePath),
                let attempt = try? store.latestInProgressAttempt(learner: "l-01")
            {
                committed = (try? store.responses(attempt: attempt.id!).count) ?? 0
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(committed == 2)

        let resumed = try sjt.run(["play", "--resume", "--catalogue", Fixtures.cataloguePath, "--plain"], input: "\(lines[2])\n")
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(resumed.standardOutput.hasPrefix("Continuing “Recording that has fallen behind” at decision 3."))
        let store = try ProgressStore.open(at: storePath)
        let attempt = try #require(try store.attempts(learner: "l-01").first)
        #expect(try store.responses(attempt: attempt.id!).map(\.response) == ["c", "best=c;worst=b", "a=meets;b=below;c=meets"])
        // The same result as an uninterrupted run of the same answers.
        var session = try Session(scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: Self.seed)
        for response in Self.bestWorstAndRatePath { try session.respond(response) }
        #expect(attempt.total == session.result.total && attempt.maximum == session.result.maximum)
        #expect(attempt.status == .complete && attempt.ending == "poor-end")
    }

    @Test func twoLearnersPlayingAtOnceOnOneStoreLoseNoResponse() throws {
        let lines = try typed(Self.bestWorstAndRatePath).joined(separator: "\n") + "\n"
        let runs = try ["l-a", "l-b"].map { learner -> Process in
            let (process, stdin) = try start(learner: learner)
            stdin.write(Data(lines.utf8))
            try stdin.close()
            return process
        }
        for process in runs { process.waitUntilExit() }
        #expect(runs.map(\.terminationStatus) == [0, 0])
        let store = try ProgressStore.open(at: storePath)
        for learner in ["l-a", "l-b"] {
            let attempt = try #require(try store.attempts(learner: learner).first)
            #expect(attempt.status == .complete)
            #expect(try store.responses(attempt: attempt.id!).count == 3)
        }
    }
}
