import Foundation
import SJTCSV
import SJTEngine
import SJTTestSupport
import Testing

/// A scenario that gives its seat, situations, questions and option texts per level: each level plays
/// the same decisions from its own chair, in `sjt play`, in batch and after a save.
struct LevelTextTests {
    let directory: URL
    let sjt: CommandLineRunner
    let bank = ["--scenarios", "Tests/Fixtures/levels", "--catalogue", "scenarios/catalogue.yaml"]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-levels-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        sjt = CommandLineRunner(environment: ["SJT_STORE": directory.appendingPathComponent("progress.sqlite").path])
    }

    func play(_ level: LeadershipLevel, answers: [Response], extra: [String] = []) throws -> CommandLineRunner.Run {
        let (scenario, catalogue) = try Fixtures.twoSeats()
        let lines = try ScriptedAnswers.lines(for: answers, scenario: scenario, catalogue: catalogue, level: level, seed: 4)
        return try sjt.run(
            ["play", "--learner", "l-\(level.rawValue)", "--level", level.rawValue, "--scenario", "two-seats", "--seed", "4",
             "--plain"] + extra + bank,
            input: lines.joined(separator: "\n") + "\n")
    }

    @Test func eachLevelPlaysInItsOwnSeatWithItsOwnTexts() throws {
        let worker = try play(.frontLineWorker, answers: [.single("a"), .rank(["a", "b"])])
        #expect(worker.status == 0, "\(worker.standardError)")
        #expect(worker.standardOutput.contains("Records running late: decision 1\nYou are Sam, the allocated social worker for the Ahmed family.\n"))
        #expect(worker.standardOutput.contains("Five of your visits from last week are not yet written up"))
        #expect(worker.standardOutput.contains("Block an hour after each visit day for recording."))
        #expect(!worker.standardOutput.contains("director"))
        #expect(!worker.standardOutput.contains("head of service"))

        let director = try play(.strategicLeader, answers: [.single("a"), .rank(["a", "b"])])
        #expect(director.status == 0, "\(director.standardError)")
        #expect(director.standardOutput.contains("Records running late: decision 1\nYou are the director of children's services.\n"))
        #expect(director.standardOutput.contains("The performance report shows one team's recording running three weeks behind."))
        #expect(director.standardOutput.contains("Rank these from most to least effective for the service."))
        #expect(director.standardOutput.contains("Fund protected recording time across the service."))
        #expect(!director.standardOutput.contains("Ahmed family"))
        // The seat is said once, at the start.
        #expect(director.standardOutput.components(separatedBy: "You are the director").count == 2)
    }

    @Test func resumingShowsTheLevelsTextsAndSeatAgain() throws {
        let first = try play(.strategicLeader, answers: [.single("a")])
        #expect(first.status == 3)
        let (scenario, catalogue) = try Fixtures.twoSeats()
        var session = try Session(scenario: scenario, catalogue: catalogue, level: .strategicLeader, seed: 4)
        _ = try session.respond(.single("a"))
        guard case .decision(let offered) = session.presentation else { Issue.record("no second decision"); return }
        let order = ["a", "b"].map { id in String(offered.choices.first { $0.id.rawValue == id }!.position) }
        let resumed = try sjt.run(
            ["play", "--learner", "l-strategic-leader", "--resume", "--plain"] + bank, input: order.joined(separator: " ") + "\n")
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(resumed.standardOutput.contains("decision 2\nYou are the director of children's services.\n"))
        #expect(resumed.standardOutput.contains("The head of service asks what will stop it happening again."))
    }

    @Test func bothSeatsReplayInBatch() throws {
        let csv = directory.appendingPathComponent("two.csv").path
        try Data("""
            cohort,learner_id,level,scenario_id,step,node_id,response
            c,l-1,frontline-worker,two-seats,1,backlog,a
            c,l-1,frontline-worker,two-seats,2,plan,a>b
            c,l-2,strategic-leader,two-seats,1,backlog,a
            c,l-2,strategic-leader,two-seats,2,plan,b>a

            """.utf8).write(to: URL(fileURLWithPath: csv))
        let run = try sjt.run(["batch", csv, "-o", directory.appendingPathComponent("out").path] + bank)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasSuffix("rows read 4 = accepted 4 + rejected 0\n"))
    }
}
