import Foundation
import SJTAuthoring
import SJTCSV
import SJTEngine

// sjt-bench: measures what the issues set targets for. Run in release mode:
//   swift run -c release sjt-bench [engine|validate|all]
//   sjt-bench csv-floor INPUT BYTES OUTPUT     the libcsv floor for `sjt batch`
//   sjt-bench key-table SCENARIOS OUTPUT        the single-choice keys, for the DuckDB and pandas comparators
// Prints one line per measurement; benchmarks/README.md records a run.

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let which = CommandLine.arguments.dropFirst().first ?? "all"

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Complete sessions of a five-decision scenario (single, best-worst, rank, rate, single), scored and
/// resulted, on one core.
func engineBenchmark() throws {
    let catalogueReport = BankLoader.load(paths: [root.appendingPathComponent("docs/examples").path],
                                          cataloguePath: root.appendingPathComponent("scenarios/catalogue.yaml").path)
    guard let catalogue = catalogueReport.bank?.catalogue else { fatalError("catalogue does not load") }
    func choices(_ next: NodeID?) -> [Choice] {
        let ratings: [RatingID] = ["exceeds", "meets", "below", "concern"]
        return (0..<4).map { i in
            var key = PerLevel<RatingID>()
            for level in LeadershipLevel.allCases { key[level] = ratings[(i + level.rank) % 4] }
            return Choice(id: ChoiceID(["a", "b", "c", "d"][i]), text: "option", next: next, upholds: ["partnership"],
                          feedback: PerLevel(all: "feedback"), key: key)
        }
    }
    let formats: [ResponseFormat] = [.single, .bestWorst, .rank, .rate, .single]
    var nodes = formats.enumerated().map { index, format in
        let next = NodeID(index == 4 ? "end" : "d\(index + 1)")
        return ScenarioNode(id: NodeID("d\(index)"), content: .decision(Decision(
            situation: "s", prompt: "p", format: format, choices: choices(format == .rate ? nil : next),
            next: format == .rate ? next : nil, principles: ["risk-sensible"], elements: ["5.3"])))
    }
    nodes.append(ScenarioNode(id: "end", content: .ending(Ending(outcome: "mixed", debrief: "d"))))
    let scenario = Scenario(id: "bench", title: "Bench", version: 1, principles: ["risk-sensible"], elements: ["5.3"],
                            levels: LeadershipLevel.allCases, start: "d0", nodes: nodes)
    let responses: [Response] = [
        .single("b"), .bestWorst(best: "a", worst: "d"), .rank(["b", "a", "d", "c"]),
        .rate([RatedChoice("a", "meets"), RatedChoice("b", "meets"), RatedChoice("c", "below"), RatedChoice("d", "concern")]),
        .single("a"),
    ]
    let prepared = PreparedScenario(scenario, catalogue: catalogue)
    let sessions = Int(ProcessInfo.processInfo.environment["SJT_BENCH_SESSIONS"] ?? "") ?? 200_000
    // Scored: what the batch runner does per attempt (answer every decision, then the score card).
    // With debrief: what `sjt play` does at the end (the full result, with shortfalls and feedback).
    let modes = ProcessInfo.processInfo.environment["SJT_BENCH_SCORED_ONLY"] == nil ? [false, true] : [false]
    for withDebrief in modes {
        var checksum = 0
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for index in 0..<sessions {
                var session = try Session(prepared, level: LeadershipLevel.allCases[index & 3], seed: UInt64(index))
                for response in responses { checksum &+= try session.respond(response).score.points }
                checksum &+= withDebrief ? session.result.shortfalls.count : session.scoreCard.total
            }
        }
        let decisions = Double(sessions * responses.count)
        print(String(format: "engine (%@): %d sessions × 5 decisions in %.3f s: %.0f sessions/s, %.0f decisions/s (checksum %d)",
                     withDebrief ? "with debrief" : "scored", sessions, seconds(elapsed),
                     Double(sessions) / seconds(elapsed), decisions / seconds(elapsed), checksum))
    }
}

/// `sjt validate` over 100 scenario files: the bundled bank copied with fresh ids.
func validateBenchmark() throws {
    let bank = root.appendingPathComponent("scenarios")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-bench-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.copyItem(at: bank.appendingPathComponent("catalogue.yaml"),
                                     to: directory.appendingPathComponent("catalogue.yaml"))
    let sources = try FileManager.default.contentsOfDirectory(atPath: bank.path)
        .filter { $0.hasSuffix(".yaml") && $0 != "catalogue.yaml" }.sorted()
    var written = 0
    while written < 100 {
        for name in sources where written < 100 {
            let text = try String(contentsOf: bank.appendingPathComponent(name), encoding: .utf8)
            let id = String(name.dropLast(5))
            try text.replacingOccurrences(of: "\nid: \(id)\n", with: "\nid: \(id)-\(written)\n")
                .write(to: directory.appendingPathComponent("\(id)-\(written).yaml"), atomically: true, encoding: .utf8)
            written += 1
        }
    }
    let clock = ContinuousClock()
    var report: BankLoadReport?
    let elapsed = clock.measure { report = BankLoader.load(paths: [directory.path]) }
    print(String(format: "validate: %d files (%d valid scenarios, %d diagnostics) in %.3f s",
                 report!.filesChecked, report!.bank?.scenarios.count ?? 0, report!.diagnostics.count, seconds(elapsed)))
}

/// The floor for `sjt batch`: libcsv alone parsing the same input and writing output of the same
/// size, with no scoring. `sjt-bench csv-floor INPUT BYTES OUTPUT`.
func csvFloor(input: String, bytes: Int, output: String) throws {
    let clock = ContinuousClock()
    var records = 0
    var sample: [[String]] = []
    let elapsed = try clock.measure {
        // Fields as bytes, no string made, as the importer reads them.
        try CSVReader().scan(contentsOf: input) { fields, _ in
            records += 1
            if sample.count < 1000 { sample.append(fields.strings) }
        }
        let writer = try CSVWriter(path: output)
        var written = 0, index = 0
        while written < bytes {
            let row = sample[index % sample.count]
            try writer.write(row.map(CSVCell.text))
            written += row.reduce(row.count + 1) { $0 + $1.utf8.count }
            index += 1
        }
        try writer.commit()
    }
    print(String(format: "csv floor: %d records read and %d bytes written in %.3f s: %.0f rows/s",
                 records, bytes, seconds(elapsed), Double(records) / seconds(elapsed)))
}

/// The bank's single-choice keys as a table, for the comparators that score by join
/// (benchmarks/duckdb_batch.py, benchmarks/pandas_batch.py): one row per scenario, level it is written
/// for, single-choice node and option, with the points and maximum the engine's `Scorer` gives that
/// option at that level and the node's weight. `sjt-bench key-table SCENARIOS OUTPUT`.
func keyTable(scenarios: String, output: String) throws {
    let report = BankLoader.load(paths: [scenarios])
    guard let bank = report.bank else { fatalError("the bank at \(scenarios) does not load") }
    let scorer = Scorer(scale: bank.catalogue.scale)
    let writer = try CSVWriter(path: output, byteOrderMark: false)
    try writer.write(["scenario_id", "scenario_version", "level", "node_id", "option_id", "points", "maximum", "weight"])
    var rows = 0
    for scenario in bank.scenarios {
        for level in scenario.levels {
            for node in scenario.nodes {
                guard let decision = node.decision, decision.format == .single else { continue }
                for choice in decision.choices {
                    let score = scorer.score(.single(choice.id), for: decision, at: level)
                    try writer.write([
                        .text(scenario.id.rawValue), .integer(scenario.version), .text(level.rawValue), .text(node.id.rawValue),
                        .text(choice.id.rawValue), .integer(score.points), .integer(score.maximum),
                        .decimal(decision.weight, places: 6),
                    ])
                    rows += 1
                }
            }
        }
    }
    try writer.commit()
    print("key table: \(rows) options of single-choice nodes in \(bank.scenarios.count) scenarios written to \(output)")
}

if which == "key-table" {
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    try keyTable(scenarios: arguments[0], output: arguments[1])
}
if which == "csv-floor" {
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    try csvFloor(input: arguments[0], bytes: Int(arguments[1])!, output: arguments[2])
}
if which == "engine" || which == "all" { try engineBenchmark() }
if which == "validate" || which == "all" { try validateBenchmark() }
