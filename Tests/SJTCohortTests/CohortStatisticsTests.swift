import Foundation
@testable import SJTCohort
import SJTCSV
import SJTEngine
import SJTTestSupport
import Testing

/// The export's statistics on a simulated branching cohort, against a second computation written
/// differently: raw sums (Σx, Σx², Σxy) instead of deviations, straight from each attempt's
/// responses, to 1e-9.
struct CohortStatisticsTests {
    func export() throws -> CohortExport {
        let bank = try #require(Fixtures.bank().bank)
        let prepared = bank.scenarios.map { PreparedScenario($0, catalogue: bank.catalogue) }
        var imported = CohortImport()
        var rows: [CohortResponse] = []
        try CohortSimulator(scenarios: prepared, levels: LeadershipLevel.allCases, cohort: "sim", scenariosPerLearner: 3)
            .simulate(learners: 600, seed: 99) { rows.append($0) }
        imported.add(rows, file: "sim")
        let run = CohortRun(imported, scenarios: Dictionary(uniqueKeysWithValues: prepared.map { ($0.scenario.id, $0) }))
        #expect(run.rowsRejected == 0)
        return CohortExport(run: run, catalogue: bank.catalogue, options: CohortExportOptions())
    }

    /// Sample covariance from raw sums: (Σxy − Σx·Σy / n) / (n − 1).
    func rawCovariance(_ pairs: [(Double, Double)]) -> Double? {
        let n = Double(pairs.count)
        guard pairs.count >= 2 else { return nil }
        let sx = pairs.reduce(0) { $0 + $1.0 }, sy = pairs.reduce(0) { $0 + $1.1 }
        let sxy = pairs.reduce(0) { $0 + $1.0 * $1.1 }
        return (sxy - sx * sy / n) / (n - 1)
    }

    func near(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): abs(a - b) <= 1e-9 * max(1, abs(b))
        default: false
        }
    }

    @Test func itemAndTestStatisticsAgreeWithARawSumComputation() throws {
        let export = try export()
        var checkedItems = 0, checkedTests = 0
        for test in export.testAnalyses() {
            // Item scores straight from each attempt's responses, one attempt at a time (the export
            // counts each distinct path once, with its multiplicity): points ÷ maximum, last answer per node.
            var scores: [[NodeID: Double]] = []
            let attempts = export.run.attempts.filter { attempt in
                let path = export.run.path(of: attempt)
                return path.isComplete && path.scenario.id == test.scenario.id && path.level == test.level
            }
            #expect(attempts.count == test.attemptCount)
            for attempt in attempts {
                var byNode: [NodeID: Double] = [:]
                for response in export.run.steps(of: export.run.path(of: attempt)) where response.score.maximum > 0 {
                    byNode[response.node] = Double(response.score.points) / Double(response.score.maximum)
                }
                scores.append(byNode)
            }
            for (item, node) in test.nodes.enumerated() {
                let met = scores.filter { $0[node] != nil }
                let figures = test.analysis.items[item]
                #expect(figures.reached == met.count)
                guard met.count >= 2 else { continue }
                let x = met.map { $0[node]! }
                #expect(near(figures.facility, x.reduce(0, +) / Double(x.count)))
                let variance = rawCovariance(x.map { ($0, $0) })!
                #expect(near(figures.standardDeviation, variance.squareRoot()))
                let pairs = met.filter { $0.count >= 2 }.map { attempt in
                    (attempt[node]!, (attempt.values.reduce(0, +) - attempt[node]!) / Double(attempt.count - 1))
                }
                if let cov = rawCovariance(pairs), let vx = rawCovariance(pairs.map { ($0.0, $0.0) }),
                    let vy = rawCovariance(pairs.map { ($0.1, $0.1) }), Set(pairs.map { ($0.0 * 1e9).rounded() }).count > 1,
                    Set(pairs.map { ($0.1 * 1e9).rounded() }).count > 1
                {
                    #expect(near(figures.discriminationIndex, 100 * cov / (vx * vy).squareRoot()))
                }
                checkedItems += 1
            }
            // Alpha from raw-sum variances and covariances of the item pairs met together.
            var variances: [Double] = [], covariances: [Double] = []
            for a in test.nodes {
                if let v = rawCovariance(scores.compactMap { s in s[a].map { ($0, $0) } }) { variances.append(v) }
                for b in test.nodes where a < b {
                    if let c = rawCovariance(scores.compactMap { s in s[a].flatMap { x in s[b].map { (x, $0) } } }) { covariances.append(c) }
                }
            }
            if variances.count >= 2, !covariances.isEmpty {
                let k = Double(variances.count), v = variances.reduce(0, +) / k
                let c = covariances.reduce(0, +) / Double(covariances.count)
                #expect(near(test.analysis.test.alpha, k * c / (v + (k - 1) * c)))
                checkedTests += 1
            }
        }
        #expect(checkedItems > 100 && checkedTests > 30)
    }

    /// 32 attempts at the worked example's rank decision (frontline leader, maximum 6): 24 rank it
    /// a > b > c (6 points), 7 a > c > b (4), 1 c > b > a (2). The facility is 174 ÷ 192 = 29/32 =
    /// 0.90625 exactly, half up 0.9063; added up in floating point (24 × 1 + 7 × 0.666… + 0.333…) it
    /// comes to 0.9062499999999999, which used to be written 0.9062.
    @Test func aFacilityThatIsAnExactTieIsRoundedFromItsExactValue() throws {
        let (scenario, catalogue) = try Fixtures.example()
        let orders = Array(repeating: "a>b>c", count: 24) + Array(repeating: "a>c>b", count: 7) + ["c>b>a"]
        var imported = CohortImport()
        imported.add(orders.enumerated().flatMap { learner, order in
            [CohortResponse(cohort: "c", learnerID: "l\(learner)", level: "frontline-leader", scenarioID: "delayed-recording",
                            step: 1, nodeID: "backlog", response: "a"),
             CohortResponse(cohort: "c", learnerID: "l\(learner)", level: "frontline-leader", scenarioID: "delayed-recording",
                            step: 2, nodeID: "cause", response: order)]
        }, file: "f")
        let run = CohortRun(imported, scenarios: [scenario.id: PreparedScenario(scenario, catalogue: catalogue)])
        let export = CohortExport(run: run, catalogue: catalogue, options: CohortExportOptions(includeIncomplete: true))
        let test = try #require(export.testAnalyses().first)
        let cause = try #require(test.nodes.firstIndex(of: "cause"))
        // The premise: the floating-point facility is just below the tie.
        #expect(try #require(test.analysis.items[cause].facility) < 0.90625)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-tie-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try export.write(into: directory.path)
        let items = try CSVTable(bytes: Array(try #require(FileManager.default.contents(atPath: directory.appendingPathComponent("items.csv").path))))
        let row = try #require(items.rows.first { $0[2] == "cause" })
        #expect(row[items.header.firstIndex(of: "facility")!] == "0.9063")
        #expect(row[items.header.firstIndex(of: "mean_points")!] == "5.4375")
    }

    @Test func keyDisagreementAndUnchosenOptionsAreFlagged() throws {
        let (scenario, catalogue) = try Fixtures.example()
        // Everyone at front-line leader picks b at the first decision: the key says a.
        var imported = CohortImport()
        imported.add((1...5).map { learner in
            CohortResponse(cohort: "c", learnerID: "l\(learner)", level: "frontline-leader", scenarioID: "delayed-recording",
                           step: 1, nodeID: "backlog", response: "b")
        }, file: "f")
        let run = CohortRun(imported, scenarios: [scenario.id: PreparedScenario(scenario, catalogue: catalogue)])
        let export = CohortExport(run: run, catalogue: catalogue, options: CohortExportOptions(includeIncomplete: true))
        let test = try #require(export.testAnalyses().first)
        let decision = try #require(scenario.node("backlog")?.decision)
        #expect(ItemFlags(scale: catalogue.scale).flags(for: decision, item: 0, in: test) == ["facility-below-0.2", "option-never-chosen", "key-disagrees"])
    }

    /// When options tie for most chosen, the key agrees if one keyed best is among them. At the
    /// worked example's first decision the key at front-line leader says a (b and c are concern).
    /// a, a, b, b: a ties for most chosen, so no key-disagrees (c, never chosen, is flagged, and
    /// the facility is 2 of 4 = 0.5). a, b, b, c, c: b and c tie for most chosen, neither keyed
    /// best, so key-disagrees.
    @Test(arguments: [(["a", "a", "b", "b"], ["option-never-chosen"]), (["a", "b", "b", "c", "c"], ["key-disagrees"])])
    func aTieForMostChosenDisagreesWithTheKeyOnlyWithoutAKeyedBestOptionAmongThem(picks: [String], expected: [String]) throws {
        let (scenario, catalogue) = try Fixtures.example()
        var imported = CohortImport()
        imported.add(picks.enumerated().map { learner, pick in
            CohortResponse(cohort: "c", learnerID: "l\(learner)", level: "frontline-leader", scenarioID: "delayed-recording",
                           step: 1, nodeID: "backlog", response: pick)
        }, file: "f")
        let run = CohortRun(imported, scenarios: [scenario.id: PreparedScenario(scenario, catalogue: catalogue)])
        let export = CohortExport(run: run, catalogue: catalogue, options: CohortExportOptions(includeIncomplete: true))
        let test = try #require(export.testAnalyses().first)
        let decision = try #require(scenario.node("backlog")?.decision)
        #expect(ItemFlags(scale: catalogue.scale).flags(for: decision, item: 0, in: test) == expected)
    }
}
