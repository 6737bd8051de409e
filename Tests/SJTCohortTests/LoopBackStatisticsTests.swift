import Foundation
@testable import SJTCohort
import SJTCSV
import SJTEngine
import SJTTestSupport
import Testing

/// items.csv and options.csv on a scenario with a loop (Tests/Fixtures/statistics/loop-back.yaml):
/// `plan` b asks for more information, and `check` a goes back to `plan` to decide again. Four
/// learners at frontline-leader:
///
/// | learner | path |
/// |---|---|
/// | l1 | plan b → check a → plan a → aside a |
/// | l2 | plan b → check a → plan a → aside b |
/// | l3 | plan a → aside a |
/// | l4 | plan c → aside b |
struct LoopBackStatisticsTests {
    /// The export's files, by name, as tables.
    func export() throws -> [String: CSVTable] {
        let (scenario, catalogue) = try Fixtures.loopBack()
        let paths: [[(NodeID, String)]] = [
            [("plan", "b"), ("check", "a"), ("plan", "a"), ("aside", "a")],
            [("plan", "b"), ("check", "a"), ("plan", "a"), ("aside", "b")],
            [("plan", "a"), ("aside", "a")],
            [("plan", "c"), ("aside", "b")],
        ]
        var imported = CohortImport()
        imported.add(paths.enumerated().flatMap { learner, steps in
            steps.enumerated().map { step, answer in
                CohortResponse(cohort: "c", learnerID: "l\(learner + 1)", level: "frontline-leader", scenarioID: "loop-back",
                               step: step + 1, nodeID: answer.0.rawValue, response: answer.1)
            }
        }, file: "f")
        let run = CohortRun(imported, scenarios: [scenario.id: PreparedScenario(scenario, catalogue: catalogue)])
        #expect(run.rowsRejected == 0 && run.attempts.count == 4)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-loop-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try CohortExport(run: run, catalogue: catalogue, options: CohortExportOptions()).write(into: directory.path)
        var tables: [String: CSVTable] = [:]
        for name in ["items.csv", "options.csv"] {
            tables[name] = try CSVTable(bytes: Array(try #require(FileManager.default.contents(atPath: directory.appendingPathComponent(name).path))))
        }
        return tables
    }

    /// `aside` earns nothing at frontline-leader (every option concern, maximum 0): it has no item
    /// score, so no row in items.csv, as docs/statistics.md says; its options are still counted in
    /// options.csv.
    @Test func aDecisionWhoseMaximumIsZeroHasNoItemsRow() throws {
        let tables = try export()
        #expect(try #require(tables["items.csv"]).rows.map { $0[2] } == ["plan", "check"])
        #expect(try #require(tables["options.csv"]).rows.filter { $0[2] == "aside" }.map { $0[5] } == ["2", "2"])
    }
}
