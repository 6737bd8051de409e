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

    /// `plan` b is chosen by l1 and l2 on their first visit, then answered a on the second. It
    /// counts as chosen in both attempts (2 of 4, share 0.5), and `plan` is not flagged
    /// option-never-chosen; a counts 3 (l1, l2, l3), c 1 (l4), so the shares add up to 1.5. At
    /// `check`, b really is never chosen, and is flagged.
    @Test func anOptionChosenBeforeLoopingBackCountsAsChosen() throws {
        let tables = try export()
        let options = try #require(tables["options.csv"])
        func row(_ node: String, _ option: String) -> [String]? { options.rows.first { $0[2] == node && $0[3] == option } }
        #expect(options.header[5...6] == ["chosen", "share"])
        #expect(try #require(row("plan", "a"))[5...6] == ["3", "0.7500"])
        #expect(try #require(row("plan", "b"))[5...6] == ["2", "0.5000"])
        #expect(try #require(row("plan", "c"))[5...6] == ["1", "0.2500"])
        #expect(try #require(row("check", "b"))[5...6] == ["0", "0.0000"])
        let items = try #require(tables["items.csv"])
        func flags(_ node: String) -> String? { items.rows.first { $0[2] == node }?.last }
        #expect(flags("plan") == "")
        #expect(flags("check") == "facility-above-0.95 option-never-chosen")
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
