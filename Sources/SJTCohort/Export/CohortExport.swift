import Foundation
import SJTCSV
import SJTEngine

/// Writes a cohort run as a folder of CSV files for spreadsheets (see docs/csv-formats.md):
/// responses, attempts, learners (wide, one column per principle), principles, items, options,
/// tests, and rejects when anything was rejected.
///
/// Every file goes through the libcsv wrapper, so the CSV rules hold for all of them; rows are in a
/// stable order, so the same input gives byte-identical files. Rows are written as they are made,
/// attempt by attempt, and what is the same on many rows (a path's scores, an attempt's learner) is
/// encoded once: memory does not grow with the rows written.
public struct CohortExport {
    public let run: CohortRun
    public let catalogue: Catalogue
    public let options: CohortExportOptions

    public init(run: CohortRun, catalogue: Catalogue, options: CohortExportOptions) {
        self.run = run
        self.catalogue = catalogue
        self.options = options
    }

    /// Whether summaries count the attempt: complete ones, or all with `includeIncomplete`.
    func isSummarised(_ attempt: CohortRun.Attempt) -> Bool {
        options.includeIncomplete || run.isComplete(attempt)
    }

    /// Writes every file into `directory`, which must exist; returns the rows written per file.
    public func write(into directory: String) throws -> [String: Int] {
        var written: [String: Int] = [:]
        func open(_ name: String, _ header: [String]) throws -> CSVWriter {
            let writer = try CSVWriter(path: directory + "/" + name, byteOrderMark: options.byteOrderMark)
            try writer.write(header.map(CSVCell.text))
            return writer
        }
        func file(_ name: String, _ header: [String], _ rows: [[CSVCell]]) throws {
            let writer = try open(name, header)
            for row in rows { try writer.write(row) }
            try writer.commit()
            written[name] = rows.count
        }
        let responses = try open("responses.csv", Self.responseColumns)
        let attempts = try open("attempts.csv", Self.attemptColumns)
        let learners = try open("learners.csv", Self.learnerColumns + catalogue.principles.map(\.id.rawValue))
        var principleScores = PrincipleScores(principles: catalogue.principles.count)
        try writeAttempts(responses: responses, attempts: attempts)
        written["learners.csv"] = try forEachLearner { learner in
            try write(learner, to: learners)
            principleScores.add(learner)
        }
        written["responses.csv"] = run.rowsAccepted
        written["attempts.csv"] = run.attempts.count
        for writer in [responses, attempts, learners] { try writer.commit() }
        try file("principles.csv", Self.principleColumns, principleRows(principleScores))
        let tests = testAnalyses()
        try file("items.csv", Self.itemColumns, itemRows(tests))
        try file("options.csv", Self.optionColumns, optionRows(tests))
        try file("tests.csv", Self.testColumns, testRows(tests))
        if !run.rejected.isEmpty {
            try file("rejects.csv", Self.rejectColumns, rejectRows())
        }
        return written
    }

    // MARK: - responses.csv and attempts.csv

    static let responseColumns = [
        "cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt", "step", "node_id",
        "format", "response", "points", "maximum", "rating", "position_shown", "principles", "shown_order", "answered_at",
        "rationale", "complete",
    ]

    static let attemptColumns = [
        "cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt", "decisions", "total",
        "maximum", "percentage", "band", "ending", "outcome", "complete", "band_uncapped",
    ]

    /// What every attempt row on one path shares, encoded once.
    private struct EncodedPath {
        /// `level, scenario_id, scenario_version`.
        var identity: [UInt8]
        /// `decisions, total, maximum, percentage, band, ending, outcome, complete, band_uncapped`.
        var attemptFigures: [UInt8]
        /// `complete`.
        var complete: [UInt8]
    }

    private func encode(_ path: ScoredPath, with writer: CSVWriter) -> EncodedPath {
        let complete: CSVCell = .text(path.isComplete ? "yes" : "no")
        return EncodedPath(
            identity: writer.encode([.text(path.level.rawValue), .text(path.scenario.id.rawValue), .integer(path.scenario.version)]),
            attemptFigures: writer.encode([
                .integer(path.steps.count), .integer(path.total), .integer(path.maximum), .decimal(path.percentage, places: 2),
                text(path.band?.rawValue), text(path.ending?.rawValue), text(path.outcome?.rawValue), complete,
                text(path.uncappedBand?.rawValue),
            ]),
            complete: writer.encode([complete]))
    }

    /// What every response row on one step shares, encoded once.
    private struct EncodedStep {
        /// `node_id, format, response, points, maximum, rating`.
        var decision: [UInt8]
        /// `principles`.
        var principles: [UInt8]
    }

    private func encode(_ decision: ScoredDecision, with writer: CSVWriter) -> EncodedStep {
        EncodedStep(
            decision: writer.encode([
                .text(decision.recorded.node.rawValue), .text(decision.format.rawValue), .text(decision.recorded.response.description),
                .integer(decision.score.points), .integer(decision.score.maximum), text(decision.score.rating?.rawValue),
            ]),
            principles: writer.encode([.text(decision.principles.map(\.rawValue).joined(separator: " "))]))
    }

    /// A shown order as written in the export (ids separated by one space), and the ids.
    private struct ShownOrder {
        var encoded: [UInt8]
        var choices: [ChoiceID]
    }

    /// Writes responses.csv and attempts.csv, attempt by attempt.
    private func writeAttempts(responses: CSVWriter, attempts: CSVWriter) throws {
        let pool = run.imported.pool, texts = run.imported.texts
        var paths: [EncodedPath?] = Array(repeating: nil, count: run.paths.count)
        var steps: [EncodedStep?] = Array(repeating: nil, count: run.steps.count)
        var shownOrders: [StringPool.ID: ShownOrder] = [:]
        func shownOrder(_ id: StringPool.ID) -> ShownOrder {
            if let known = shownOrders[id] { return known }
            let choices = pool[id].split(separator: " ").map { ChoiceID(String($0)) }
            let made = ShownOrder(encoded: responses.encode([.text(choices.map(\.rawValue).joined(separator: " "))]), choices: choices)
            shownOrders[id] = made
            return made
        }
        func appendText(_ record: inout CSVRecord, _ id: StringPool.ID) {
            pool.withBytes(id) { record.append(utf8: $0) }
        }
        for attempt in run.attempts {
            let path = run.path(of: attempt)
            if paths[Int(attempt.path)] == nil { paths[Int(attempt.path)] = encode(path, with: responses) }
            let encoded = paths[Int(attempt.path)]!
            // The cells every row of the attempt starts with, encoded once for all of them.
            let leader = responses.encode { record in
                appendText(&record, attempt.cohort)
                appendText(&record, attempt.learnerID)
                record.append(text(run.learnerName(of: attempt)))
                record.append(encoded: encoded.identity)
                record.append(.integer(Int(attempt.number)))
            }
            try attempts.write { record in
                record.append(encoded: leader)
                record.append(encoded: encoded.attemptFigures)
            }

            for (index, row) in run.rows(of: attempt).enumerated() {
                let stepIndex = Int(path.steps[index])
                let decision = run.steps[stepIndex]
                if steps[stepIndex] == nil { steps[stepIndex] = encode(decision, with: responses) }
                let step = steps[stepIndex]!
                let shown = row.shownOrder == 0 ? ShownOrder(encoded: [], choices: []) : shownOrder(row.shownOrder)
                let lead = decision.recorded.response.leadingChoice
                try responses.write { record in
                    record.append(encoded: leader)
                    record.append(.integer(Int(row.step)))
                    record.append(encoded: step.decision)
                    record.append(lead.flatMap { shown.choices.firstIndex(of: $0) }.map { CSVCell.integer($0 + 1) } ?? .empty)
                    record.append(encoded: step.principles)
                    record.append(encoded: shown.encoded)
                    texts.withBytes(row.answeredAt) { record.append(utf8: $0) }
                    texts.withBytes(row.rationale) { record.append(utf8: $0) }
                    record.append(encoded: encoded.complete)
                }
            }
        }
    }

    // MARK: - learners.csv

    static let learnerColumns = [
        "cohort", "learner_id", "learner_name", "level", "attempts", "complete_attempts", "total", "maximum", "percentage", "band",
    ]

    /// Each learner at each level with their percentage per principle over the attempts summarised:
    /// what `sjt compare` matches between two cohorts.
    public func learnerScores() -> [CohortComparison.Learner] {
        var scores: [CohortComparison.Learner] = []
        _ = forEachLearner { learner in
            guard learner.isSummarised else { return }
            var principles: [PrincipleID: Double] = [:]
            for (index, percentage) in learner.principles.enumerated() {
                if let percentage { principles[catalogue.principles[index].id] = percentage }
            }
            scores.append(CohortComparison.Learner(id: learner.learnerID, level: learner.level, principles: principles))
        }
        return scores
    }

    /// One learner at one level: the attempts, and the sums over those summarised.
    struct LearnerSummary {
        var cohort: StringPool.ID
        var learnerID: String
        var name: String?
        var level: LeadershipLevel
        var attempts: Int
        var completeAttempts: Int
        var total: Int
        var maximum: Int
        /// Every decision of the attempts summarised, as the engine credited them.
        var credit: Credit
        var percentage: Double?
        /// By catalogue position; `nil` where no decision summarised counted toward the principle.
        var principles: [Double?]
        /// False when no attempt is summarised.
        var isSummarised: Bool
    }

    /// Writes a learner's row of learners.csv.
    private func write(_ learner: LearnerSummary, to writer: CSVWriter) throws {
        try writer.write { record in
            run.imported.pool.withBytes(learner.cohort) { record.append(utf8: $0) }
            record.append(.text(learner.learnerID))
            record.append(text(learner.name))
            record.append(.text(learner.level.rawValue))
            record.append(.integer(learner.attempts))
            record.append(.integer(learner.completeAttempts))
            record.append(.integer(learner.total))
            record.append(.integer(learner.maximum))
            record.append(.decimal(learner.percentage, places: 2))
            record.append(text(learner.percentage.flatMap { catalogue.band(forPercentage: $0)?.id.rawValue }))
            for percentage in learner.principles { record.append(.decimal(percentage, places: 2)) }
        }
    }

    /// Calls `body` for each learner at each level, in order of cohort, learner and level.
    ///
    /// A learner's attempts are next to each other in the run (it is ordered by cohort and learner),
    /// so each learner is summed as it is met, in memory for one learner at a time.
    ///
    /// - Returns: The number of learner rows.
    func forEachLearner(_ body: (LearnerSummary) throws -> Void) rethrows -> Int {
        var count = 0
        var start = 0
        let attempts = run.attempts
        var credits = [Credit](repeating: .none, count: catalogue.principles.count)
        while start < attempts.count {
            var end = start + 1
            while end < attempts.count, attempts[end].cohort == attempts[start].cohort, attempts[end].learnerID == attempts[start].learnerID {
                end += 1
            }
            let learnerID = run.learnerID(of: attempts[start])
            // Most learners practise at one level: only the levels met are summed.
            var met = Set<LeadershipLevel>()
            for index in start..<end { met.insert(run.paths[Int(attempts[index].path)].level) }
            for level in LeadershipLevel.allCases where met.contains(level) {
                var summary = LearnerSummary(
                    cohort: attempts[start].cohort, learnerID: learnerID, name: nil, level: level, attempts: 0,
                    completeAttempts: 0, total: 0, maximum: 0, credit: .none, percentage: nil, principles: [],
                    isSummarised: false)
                for index in start..<end {
                    let attempt = attempts[index]
                    let path = run.paths[Int(attempt.path)]
                    guard path.level == level else { continue }
                    summary.attempts += 1
                    if path.isComplete { summary.completeAttempts += 1 }
                    if summary.name == nil { summary.name = run.learnerName(of: attempt) }
                    guard isSummarised(attempt) else { continue }
                    summary.isSummarised = true
                    summary.total += path.total
                    summary.maximum += path.maximum
                    summary.credit.add(path.credit)
                    for sum in path.principles { credits[Int(sum.principle)].add(sum.credit) }
                }
                guard summary.attempts > 0 else { continue }
                // Over all the decisions of the attempts summarised, each weighing what the engine gave it.
                summary.percentage = summary.credit.percentage
                summary.principles = credits.map(\.percentage)
                for index in credits.indices { credits[index] = .none }
                try body(summary)
                count += 1
            }
            start = end
        }
        return count
    }

    /// Every learner's percentage per principle, by level and catalogue position, for principles.csv.
    struct PrincipleScores {
        /// By level (in `LeadershipLevel.allCases` order), then catalogue position.
        var values: [[[Double]]]

        init(principles: Int) {
            values = Array(repeating: Array(repeating: [], count: principles), count: LeadershipLevel.allCases.count)
        }

        mutating func add(_ learner: LearnerSummary) {
            guard learner.isSummarised, let level = LeadershipLevel.allCases.firstIndex(of: learner.level) else { return }
            for (index, percentage) in learner.principles.enumerated() {
                if let percentage { values[level][index].append(percentage) }
            }
        }
    }

    static let principleColumns = ["level", "principle", "learners", "mean", "sd", "min", "median", "max", "share_meets"]

    func principleRows(_ scores: PrincipleScores) -> [[CSVCell]] {
        let meets = catalogue.meetsBand?.from
        var rows: [[CSVCell]] = []
        for (position, level) in LeadershipLevel.allCases.enumerated() {
            for (index, principle) in catalogue.principles.enumerated() {
                let values = scores.values[position][index]
                guard !values.isEmpty else { continue }
                let summary = Summary(values)
                let share = meets.map { threshold in Double(values.count { $0 >= threshold }) / Double(values.count) }
                rows.append([
                    .text(level.rawValue), .text(principle.id.rawValue), .integer(values.count),
                    .decimal(summary.mean, places: 2), .decimal(summary.standardDeviation, places: 2),
                    .decimal(summary.minimum, places: 2), .decimal(summary.median, places: 2), .decimal(summary.maximum, places: 2),
                    .decimal(share, places: 4),
                ])
            }
        }
        return rows
    }

    // MARK: - items.csv, options.csv and tests.csv

    /// One test: a scenario at one level, with its decisions as items and the analysis of the
    /// attempts summarised.
    ///
    /// Attempts on one path have the same item scores, so the analysis counts each path taken once,
    /// with how many attempts took it (docs/statistics.md).
    struct TestAnalysis {
        var scenario: Scenario
        var level: LeadershipLevel
        /// Decision nodes in written order; an item's index is its position here.
        var nodes: [NodeID]
        /// The paths taken (positions in `run.paths`) and by how many of the attempts summarised.
        var patterns: [(path: Int32, count: Int)]
        /// Per pattern, the step answered at each item (a position in `steps`), or −1 where the path
        /// does not meet it; a node met twice on a loop counts once, with its last answer.
        var answeredSteps: [[Int32]]
        /// The run's steps.
        var steps: [ScoredDecision]
        var analysis: ItemAnalysis

        /// The decision a pattern answered at an item, if its path meets it.
        func answer(_ pattern: Int, _ item: Int) -> ScoredDecision? {
            let step = answeredSteps[pattern][item]
            return step < 0 ? nil : steps[Int(step)]
        }

        /// The attempts summarised.
        var attemptCount: Int { patterns.reduce(0) { $0 + $1.count } }
    }

    func testAnalyses() -> [TestAnalysis] {
        struct Key: Hashable, Comparable {
            var scenario: String, level: LeadershipLevel
            static func < (a: Key, b: Key) -> Bool { (a.scenario, a.level) < (b.scenario, b.level) }
        }
        var counts = [Int](repeating: 0, count: run.paths.count)
        for attempt in run.attempts where isSummarised(attempt) { counts[Int(attempt.path)] += 1 }
        var byTest: [Key: [(path: Int32, count: Int)]] = [:]
        for (path, count) in counts.enumerated() where count > 0 {
            byTest[Key(scenario: run.paths[path].scenario.id.rawValue, level: run.paths[path].level), default: []]
                .append((Int32(path), count))
        }
        return byTest.keys.sorted().map { key in
            let patterns = byTest[key]!
            let scenario = run.paths[Int(patterns[0].path)].scenario
            let nodes = scenario.nodes.filter { $0.decision != nil }.map(\.id)
            let itemOf = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
            var answeredSteps: [[Int32]] = []
            var scores: [(scores: ItemAnalysis.Attempt, count: Int)] = []
            for pattern in patterns {
                var answered = [Int32](repeating: -1, count: nodes.count)
                var scored: ItemAnalysis.Attempt = [:]
                for step in run.paths[Int(pattern.path)].steps {
                    let decision = run.steps[Int(step)]
                    guard let item = itemOf[decision.recorded.node] else { continue }
                    answered[item] = step
                    if decision.score.maximum > 0 {
                        scored[item] = Double(decision.score.points) / Double(decision.score.maximum)
                    }
                }
                answeredSteps.append(answered)
                scores.append((scored, pattern.count))
            }
            return TestAnalysis(
                scenario: scenario, level: key.level, nodes: nodes, patterns: patterns, answeredSteps: answeredSteps, steps: run.steps,
                analysis: ItemAnalysis(patterns: scores, itemCount: nodes.count))
        }
    }

    static let itemColumns = [
        "scenario_id", "level", "node_id", "format", "reached", "mean_points", "maximum", "facility", "sd",
        "discrimination_index", "discriminative_efficiency", "flags",
    ]

    func itemRows(_ tests: [TestAnalysis]) -> [[CSVCell]] {
        tests.flatMap { test in
            test.nodes.enumerated().compactMap { item, node -> [CSVCell]? in
                let answers = test.patterns.indices.compactMap { pattern in
                    test.answer(pattern, item).map { (decision: $0, count: test.patterns[pattern].count) }
                }
                guard !answers.isEmpty, let decision = test.scenario.node(node)?.decision else { return nil }
                let figures = test.analysis.items[item]
                let maximum = answers[0].decision.score.maximum
                return [
                    .text(test.scenario.id.rawValue), .text(test.level.rawValue), .text(node.rawValue), .text(decision.format.rawValue),
                    .integer(answers.reduce(0) { $0 + $1.count }),
                    .decimal(Summary(weighted: answers.map { (Double($0.decision.score.points), $0.count) }).mean, places: 4),
                    .integer(maximum), .decimal(figures.facility, places: 4), .decimal(figures.standardDeviation, places: 4),
                    .decimal(figures.discriminationIndex, places: 2), .decimal(figures.discriminativeEfficiency, places: 2),
                    .text(flags(for: decision, item: item, in: test).joined(separator: " ")),
                ]
            }
        }
    }

    /// What an author should look at (docs/statistics.md): an item too easy or too hard, one that
    /// stronger learners do worse on, an option nobody chose, and a key the cohort disagrees with.
    func flags(for decision: Decision, item: Int, in test: TestAnalysis) -> [String] {
        let figures = test.analysis.items[item]
        var flags: [String] = []
        if let facility = figures.facility {
            if facility > 0.95 { flags.append("facility-above-0.95") }
            if facility < 0.2 { flags.append("facility-below-0.2") }
        }
        // Below zero by more than rounding: a correlation of exactly 0 can come out as −1e-15.
        if let discrimination = figures.discriminationIndex, discrimination < -1e-9 { flags.append("negative-discrimination") }
        // Option flags count leading options; a format that follows the node's own `next` has none.
        guard decision.format.route == .leadingOption else { return flags }
        let counts = choiceCounts(decision, item: item, in: test)
        if counts.contains(0) { flags.append("option-never-chosen") }
        let most = counts.max() ?? 0
        let scorer = Scorer(scale: catalogue.scale)
        let keyedBest = Set(scorer.bestChoiceIndices(in: decision, at: test.level))
        if most > 0, !counts.indices.contains(where: { counts[$0] == most && keyedBest.contains($0) }) {
            flags.append("key-disagrees")
        }
        return flags
    }

    /// How many answers led with each option, in written order.
    func choiceCounts(_ decision: Decision, item: Int, in test: TestAnalysis) -> [Int] {
        var counts = [Int](repeating: 0, count: decision.choices.count)
        for pattern in test.patterns.indices {
            if let lead = test.answer(pattern, item)?.recorded.response.leadingChoice, let index = decision.index(of: lead) {
                counts[index] += test.patterns[pattern].count
            }
        }
        return counts
    }

    static let optionColumns = [
        "scenario_id", "level", "node_id", "option_id", "keyed", "chosen", "share", "mean_attempt_percentage",
        "mean_rest_percentage",
    ]

    func optionRows(_ tests: [TestAnalysis]) -> [[CSVCell]] {
        var rows: [[CSVCell]] = []
        for test in tests {
            for (item, node) in test.nodes.enumerated() {
                guard let decision = test.scenario.node(node)?.decision else { continue }
                let reached = test.patterns.indices.reduce(0) { $0 + (test.answer($1, item) != nil ? test.patterns[$1].count : 0) }
                guard reached > 0 else { continue }
                for choice in decision.choices {
                    // Answers that follow the node's own `next` (rate) lead with no option: "chosen" has no meaning there.
                    let leadsWithNone = decision.format.route == .nodeNext
                    let choosers = test.patterns.indices.filter { test.answer($0, item)?.recorded.response.leadingChoice == choice.id }
                    let chosen = choosers.reduce(0) { $0 + test.patterns[$1].count }
                    let attemptMean = Summary(weighted: choosers.compactMap { pattern in
                        run.paths[Int(test.patterns[pattern].path)].percentage.map { ($0, test.patterns[pattern].count) }
                    }).mean
                    let restMean = Summary(weighted: choosers.compactMap { pattern in
                        test.analysis.restScores[pattern][item].map { ($0, test.patterns[pattern].count) }
                    }).mean
                    rows.append([
                        .text(test.scenario.id.rawValue), .text(test.level.rawValue), .text(node.rawValue), .text(choice.id.rawValue),
                        text(choice.key[test.level]?.rawValue), leadsWithNone ? .empty : .integer(chosen),
                        leadsWithNone ? .empty : .decimal(Double(chosen) / Double(reached), places: 4),
                        leadsWithNone ? .empty : .decimal(attemptMean, places: 2),
                        leadsWithNone ? .empty : .decimal(restMean.map { $0 * 100 }, places: 2),
                    ])
                }
            }
        }
        return rows
    }

    static let testColumns = [
        "scenario_id", "level", "attempts", "items", "mean_total", "median_total", "sd_total", "skewness", "kurtosis",
        "mean_percentage", "sd_percentage", "alpha", "error_ratio", "sem", "sem_percentage",
    ]

    func testRows(_ tests: [TestAnalysis]) -> [[CSVCell]] {
        tests.map { test in
            let figures = test.analysis.test
            let percentages = Summary(weighted: test.patterns.compactMap { pattern in
                run.paths[Int(pattern.path)].percentage.map { ($0, pattern.count) }
            })
            let semPercentage = figures.alpha.flatMap { alpha in
                percentages.standardDeviation.flatMap { alpha <= 1 ? $0 * (1 - alpha).squareRoot() : nil }
            }
            return [
                .text(test.scenario.id.rawValue), .text(test.level.rawValue), .integer(figures.attempts), .integer(figures.items),
                .decimal(figures.total.mean, places: 4), .decimal(figures.total.median, places: 4),
                .decimal(figures.total.standardDeviation, places: 4), .decimal(figures.skewness, places: 4),
                .decimal(figures.kurtosis, places: 4), .decimal(percentages.mean, places: 2),
                .decimal(percentages.standardDeviation, places: 2), .decimal(figures.alpha, places: 4),
                .decimal(figures.errorRatio, places: 2), .decimal(figures.standardErrorOfMeasurement, places: 4),
                .decimal(semPercentage, places: 2),
            ]
        }
    }

    // MARK: - rejects.csv

    static let rejectColumns = ["source_file", "source_row", "reason"] + CohortResponse.columns + ["raw_fields"]

    func rejectRows() -> [[CSVCell]] {
        // The accepted cohorts, which a pseudonymised rejects.csv may show; gathered only for one.
        let cohorts = options.rejectsRedaction == nil ? [] : run.cohorts
        return run.rejected.map { reject in
            let values: [String?] = reject.response.map { response in
                var values = options.rejectsRedaction?.cells(of: response, cohorts: cohorts) ?? response.cells
                // A step of 0 means the row never got as far as a valid step.
                if response.step == 0 { values[CohortResponse.columnNumber("step")] = nil }
                return values
            } ?? Array(repeating: nil, count: CohortResponse.columns.count)
            let reason = reject.reason.text(for: options.rejectsRedaction?.audience ?? .trainer)
            return [.text(reject.source.file), .integer(reject.source.row), .text(reason)] + values.map(text)
                + [reject.rawFields.isEmpty ? .empty : .text(reject.rawFields.joined(separator: " | "))]
        }
    }

    private func text(_ value: String?) -> CSVCell { value.map(CSVCell.text) ?? .empty }
}
