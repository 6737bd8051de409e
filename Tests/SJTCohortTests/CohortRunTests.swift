import Foundation
@testable import SJTCohort
import SJTEngine
import SJTTestSupport
import Testing

/// How a cohort run groups, replays and shares: rows in any order give the same export, and
/// attempts that answered alike share one replayed path.
struct CohortRunTests {
    let bank = Fixtures.bank().bank!

    var prepared: [ScenarioID: PreparedScenario] {
        Dictionary(uniqueKeysWithValues: bank.scenarios.map { ($0.id, PreparedScenario($0, catalogue: bank.catalogue)) })
    }

    func simulated(learners: Int) throws -> [CohortResponse] {
        var rows: [CohortResponse] = []
        try CohortSimulator(
            scenarios: bank.scenarios.map { PreparedScenario($0, catalogue: bank.catalogue) }, levels: LeadershipLevel.allCases,
            cohort: "c", scenariosPerLearner: 3
        ).simulate(learners: learners, seed: 7) { rows.append($0) }
        return rows
    }

    /// The files an export writes, by name, as bytes.
    ///
    /// - Parameter threads: How many files are written at once; the default's.
    func export(_ rows: [CohortResponse], threads: Int? = nil) throws -> [String: Data] {
        var imported = CohortImport()
        imported.add(rows, file: "f")
        return try export(CohortRun(imported, scenarios: prepared), threads: threads)
    }

    func export(_ run: CohortRun, threads: Int? = nil) throws -> [String: Data] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CohortExport(run: run, catalogue: bank.catalogue, options: CohortExportOptions())
            .write(into: folder.path, threads: threads)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func filesWrittenAtOnceAreTheBytesOfFilesWrittenOneAfterAnother() throws {
        // Rejected rows too, so rejects.csv is written with the rest.
        var rows = try simulated(learners: 300)
        rows[5].scenarioID = "no-such-scenario"
        let oneAfterAnother = try export(rows, threads: 1)
        // responses, attempts, learners, one per vocabulary, items, options, tests and rejects.
        #expect(oneAfterAnother.keys.contains("rejects.csv") && oneAfterAnother.count == 7 + CohortVocabulary.allCases.count)
        for threads in [2, 4] {
            let atOnce = try export(rows, threads: threads)
            #expect(atOnce.keys.sorted() == oneAfterAnother.keys.sorted())
            for (name, bytes) in oneAfterAnother { #expect(atOnce[name] == bytes, "\(name), \(threads) threads") }
        }
    }

    @Test func attemptsReplayedInPartsGiveTheRunOfOneReplayer() throws {
        // Rejected attempts of every kind among the rest, and rows out of order, so that paths
        // first met by rejected attempts, and steps shared between parts, are all met.
        var rows = try simulated(learners: 400).reversed() as [CohortResponse]
        rows[3].scenarioID = "no-such-scenario"
        rows[40].answeredAt = "yesterday"
        rows[41].shownOrder = "z y x"
        rows[90].step = rows[91].step
        rows[200].level = "team-leader"
        rows[300].response = "not a response"
        var imported = CohortImport()
        imported.add(rows, file: "f")
        let one = CohortRun(imported, scenarios: prepared, replayThreads: 1)
        #expect(one.rowsRejected >= 6 && one.paths.count > 50)
        let oneExport = try export(one)
        for threads in [2, 3, 7] {
            let parts = CohortRun(imported, scenarios: prepared, replayThreads: threads, minimumAttemptsPerPart: 1)
            #expect(parts.attempts.map(\.path) == one.attempts.map(\.path), "\(threads) parts")
            #expect(parts.paths.map(\.steps) == one.paths.map(\.steps) && parts.steps == one.steps, "\(threads) parts")
            #expect(parts.rejected == one.rejected && parts.rowsAccepted == one.rowsAccepted, "\(threads) parts")
            let partsExport = try export(parts)
            #expect(partsExport.keys.sorted() == oneExport.keys.sorted())
            for (name, bytes) in oneExport { #expect(partsExport[name] == bytes, "\(name), \(threads) parts") }
        }
    }

    @Test func rowsInAnyOrderGiveTheSameExportAsRowsInOrder() throws {
        // Sorted as sjt export writes them: each attempt's rows together, attempts in order.
        let rows = try simulated(learners: 40).sorted {
            ($0.learnerID, $0.scenarioID, $0.attempt, $0.step) < ($1.learnerID, $1.scenarioID, $1.attempt, $1.step)
        }
        // A fixed permutation that takes every attempt apart: odd positions backwards, then even ones.
        // (Positions, not a stride from the end, which for an odd count would take the even ones twice.)
        let scrambled = rows.indices.filter { $0 % 2 == 1 }.reversed().map { rows[$0] }
            + rows.indices.filter { $0 % 2 == 0 }.map { rows[$0] }
        #expect(scrambled.count == rows.count)
        let inOrder = try export(rows), outOfOrder = try export(scrambled)
        #expect(inOrder.keys.sorted() == [
            "attempts.csv", "capabilities.csv", "elements.csv", "items.csv", "learners.csv", "options.csv", "principles.csv",
            "responses.csv", "tests.csv",
        ])
        for name in inOrder.keys.sorted() {
            #expect(inOrder[name] == outOfOrder[name], "\(name) differs")
        }
    }

    @Test func attemptsThatAnsweredAlikeShareOnePathWhateverTheShownOrder() throws {
        let base = CohortResponse(
            cohort: "c", learnerID: "a", level: "frontline-leader", scenarioID: "delayed-recording", step: 1, nodeID: "backlog",
            response: "b")
        var other = base
        other.learnerID = "b"
        other.shownOrder = "c b a"
        var third = base
        third.learnerID = "c"
        third.response = "a"
        var imported = CohortImport()
        imported.add([base, other, third], file: "f")
        let (scenario, catalogue) = try Fixtures.example()
        let run = CohortRun(imported, scenarios: [scenario.id: PreparedScenario(scenario, catalogue: catalogue)])
        #expect(run.rowsRejected == 0)
        #expect(run.attempts.map(\.path) == [0, 0, 1])
        #expect(run.paths.count == 2)
        #expect(run.steps.count == 2)
    }
}

/// What a pseudonymised rejects.csv may say: reasons are values, and each value they quote is shown
/// to a pseudonymised export's readers only when it is one of the bank's ids.
struct ReasonRedactionTests {
    static let audience = RejectionAudience.pseudonymised(vocabulary: ["backlog", "frontline-leader", "step"])

    @Test(arguments: [
        (RejectionReason.unknownLevel("Amy Smith"), "level '…' is not one of frontline-worker, frontline-leader, operational-leader, strategic-leader"),
        (.unknownLevel("O'Brien"), "level '…' is not one of frontline-worker, frontline-leader, operational-leader, strategic-leader"),
        (.replay(ReplayError(step: 1, node: "backlog", reason: .unknownChoice("z", node: "backlog"))),
         "step 1 (node 'backlog'): node 'backlog' has no option '…'"),
        (.replay(ReplayError(step: 2, node: "Ann O'Neil", reason: .malformedResponse("Ann's", format: .single))),
         "step 2 (node '…'): '…' is not a single response; write it as one option id, e.g. 'b'"),
        (.mixedLevels(["Amy", "frontline-leader"]), "the rows of this attempt give different levels: '…', 'frontline-leader'"),
        (.notAWholeNumber(column: "step", value: "Zoë"), "'step' must be a whole number from 1, not '…'"),
        (.notATime(step: 3, value: "Zoë's birthday"), "step 3: answered_at '…' is not an ISO 8601 time"),
        (.repeatedStep(2), "step 2 appears more than once"),
    ])
    func quotedValuesOutsideTheVocabularyAreHidden(reason: RejectionReason, redacted: String) {
        #expect(reason.text(for: Self.audience) == redacted)
    }

    @Test func theTrainerSeesEveryValue() {
        #expect(RejectionReason.unknownLevel("O'Brien").text(for: .trainer)
            == "level 'O'Brien' is not one of frontline-worker, frontline-leader, operational-leader, strategic-leader")
    }
}
