import Foundation
import SJTCSV
@testable import SJTCohort
import SJTEngine
import SJTTestSupport
import Testing

/// The tallies learners.csv's and attempts.csv's writers take for the report are what reading
/// those files back and counting their cells gives, cohorts a spreadsheet would run as formulas,
/// quotes and commas included.
struct WrittenTallyTests {
    let bank = Fixtures.bank().bank!

    /// The rows of `file` in `folder`, read back, counted by the named columns' cells.
    func countReadBack(_ folder: String, _ file: String, by columns: [String]) throws -> [[String]: Int] {
        let table = try CSVTable(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))))
        let positions = try columns.map { column in try #require(table.header.firstIndex(of: column)) }
        var groups: [[String]: Int] = [:]
        for row in table.rows { groups[positions.map { row[$0] }, default: 0] += 1 }
        return groups
    }

    @Test func theTalliesTakenAsTheFilesAreWrittenAreThoseOfReadingThemBack() throws {
        let prepared = bank.scenarios.map { PreparedScenario($0, catalogue: bank.catalogue) }
        let cohorts = [#"=HYPERLINK("http://evil.example","x")"#, #"spring, "group" 2"#, "+44 autumn", "plain"]
        var rows: [CohortResponse] = []
        try CohortSimulator(scenarios: prepared, levels: LeadershipLevel.allCases, cohort: "c", scenariosPerLearner: 3)
            .simulate(learners: 60, seed: 5) { row in
                var row = row
                row.cohort = cohorts[row.learnerID.utf8.reduce(0) { $0 + Int($1) } % cohorts.count]
                rows.append(row)
            }
        var imported = CohortImport()
        imported.add(rows, file: "f")
        let run = CohortRun(imported, scenarios: Dictionary(uniqueKeysWithValues: prepared.map { ($0.scenario.id, $0) }))

        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-tally-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let folder = try ExportFolder(path: parent + "/export", replacing: false)
        _ = try CohortExport(run: run, catalogue: bank.catalogue, options: CohortExportOptions()).write(into: folder)

        let learners = try #require(folder.tallies["learners.csv"])
        #expect(learners.columns == ["cohort", "level", "band"])
        #expect(learners.groups == (try countReadBack(folder.temporaryPath, "learners.csv", by: learners.columns)))
        // Every cohort is there, as the file holds it: neutralised where it would start a formula.
        #expect(Set(learners.groups.keys.map { $0[0] }) == Set(cohorts.map(CSVCell.neutralised)))
        let attempts = try #require(folder.tallies["attempts.csv"])
        #expect(attempts.columns == ["level", "complete"])
        #expect(attempts.groups == (try countReadBack(folder.temporaryPath, "attempts.csv", by: attempts.columns)))
        #expect(attempts.groups.values.reduce(0, +) == run.attempts.count)
        #expect(folder.tallies.count == 2)
    }
}
