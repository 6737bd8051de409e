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
    func export(_ rows: [CohortResponse]) throws -> [String: Data] {
        var imported = CohortImport()
        imported.add(rows, file: "f")
        let run = CohortRun(imported, scenarios: prepared)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CohortExport(run: run, catalogue: bank.catalogue, options: CohortExportOptions()).write(into: folder.path)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test func rowsInAnyOrderGiveTheSameExportAsRowsInOrder() throws {
        // Sorted as sjt export writes them: each attempt's rows together, attempts in order.
        let rows = try simulated(learners: 40).sorted {
            ($0.learnerID, $0.scenarioID, $0.attempt, $0.step) < ($1.learnerID, $1.scenarioID, $1.attempt, $1.step)
        }
        // A fixed permutation that takes every attempt apart: odd positions backwards, then even ones.
        let scrambled = stride(from: rows.count - 1, through: 0, by: -2).map { rows[$0] }
            + stride(from: 0, to: rows.count, by: 2).map { rows[$0] }
        let inOrder = try export(rows), outOfOrder = try export(scrambled)
        #expect(inOrder.keys.sorted() == ["attempts.csv", "items.csv", "learners.csv", "options.csv", "principles.csv", "responses.csv", "tests.csv"])
        for name in ["responses.csv", "attempts.csv", "learners.csv", "principles.csv", "items.csv", "tests.csv"] {
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

/// What a pseudonymised rejects.csv may say.
struct ReasonRedactionTests {
    @Test(arguments: [
        ("level 'Amy Smith' is not one of frontline-worker", "level '…' is not one of frontline-worker"),
        ("step 1 (node 'backlog'): node 'backlog' has no option 'z'", "step 1 (node 'backlog'): node 'backlog' has no option '…'"),
        ("the rows of this attempt give different levels: 'frontline-leader', 'Amy'",
         "the rows of this attempt give different levels: 'frontline-leader', '…'"),
        ("an unpaired quote: it's kept", "an unpaired quote: it's kept"),
        ("nothing quoted", "nothing quoted"),
    ])
    func quotedValuesOutsideTheVocabularyAreRedacted(reason: String, redacted: String) {
        #expect(CohortExport.redacting(reason, keeping: ["backlog", "frontline-leader"]) == redacted)
    }
}
