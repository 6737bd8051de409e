import Foundation
import SJTCSV
import SJTEngine

/// Writes a cohort run as a folder of CSV files for spreadsheets (see docs/csv-formats.md):
/// responses, attempts, learners (wide, one column per principle), principles, items, options, and
/// rejects when anything was rejected.
///
/// Every file goes through the libcsv wrapper, so the CSV rules hold for all of them; rows are in a
/// stable order, so the same input gives byte-identical files.
public struct CohortExport {
    public let run: CohortRun
    public let catalogue: Catalogue
    public let options: CohortExportOptions

    /// Each attempt's scored decisions and score card, worked out once for every file.
    let figures: [AttemptFigures]

    struct AttemptFigures {
        var decisions: [ScoredDecision]
        var card: ScoreCard
    }

    public init(run: CohortRun, catalogue: Catalogue, options: CohortExportOptions) {
        self.run = run
        self.catalogue = catalogue
        self.options = options
        figures = run.attempts.map { AttemptFigures(decisions: $0.session.scoredDecisions, card: $0.session.scoreCard) }
    }

    /// Positions in `run.attempts` of the attempts that summaries count: complete ones, or all with
    /// `includeIncomplete`.
    var summarised: [Int] {
        run.attempts.indices.filter { options.includeIncomplete || run.attempts[$0].isComplete }
    }

    /// Writes every file into `directory`, which must exist; returns the rows written per file.
    public func write(into directory: String) throws -> [String: Int] {
        var written: [String: Int] = [:]
        func file(_ name: String, _ header: [String], _ rows: [[CSVCell]]) throws {
            let writer = try CSVWriter(path: directory + "/" + name, byteOrderMark: options.byteOrderMark)
            try writer.write(header.map(CSVCell.text))
            for row in rows { try writer.write(row) }
            try writer.commit()
            written[name] = rows.count
        }
        try file("responses.csv", Self.responseColumns, responseRows())
        try file("attempts.csv", Self.attemptColumns, attemptRows())
        let learners = learnerTable()
        try file("learners.csv", Self.learnerColumns + catalogue.principles.map(\.id.rawValue), learners.rows)
        try file("principles.csv", Self.principleColumns, principleRows(learners.scores))
        let tests = testAnalyses()
        try file("items.csv", Self.itemColumns, itemRows(tests))
        try file("options.csv", Self.optionColumns, optionRows(tests))
        try file("tests.csv", Self.testColumns, testRows(tests))
        if !run.rejected.isEmpty {
            try file("rejects.csv", Self.rejectColumns, rejectRows())
        }
        return written
    }

    // MARK: - responses.csv

    static let responseColumns = [
        "cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt", "step", "node_id",
        "format", "response", "points", "maximum", "rating", "position_shown", "principles", "shown_order", "answered_at",
        "rationale", "complete",
    ]

    func responseRows() -> [[CSVCell]] {
        zip(run.attempts, figures).flatMap { attempt, figures -> [[CSVCell]] in
            zip(attempt.rows, figures.decisions).map { row, decision in
                let lead = decision.recorded.response.leadingChoice
                let position = lead.flatMap { decision.recorded.shownOrder.firstIndex(of: $0) }.map { $0 + 1 }
                return [
                    .text(attempt.key.cohort), .text(attempt.key.learnerID), text(attempt.learnerName),
                    .text(attempt.level.rawValue), .text(attempt.key.scenarioID), .integer(attempt.session.scenario.version),
                    .integer(attempt.key.attempt), .integer(decision.recorded.step), .text(decision.recorded.node.rawValue),
                    .text(decision.format.rawValue), .text(decision.recorded.response.description),
                    .integer(decision.score.points), .integer(decision.score.maximum), text(decision.score.rating?.rawValue),
                    position.map(CSVCell.integer) ?? .empty, .text(decision.principles.map(\.rawValue).joined(separator: " ")),
                    .text(decision.recorded.shownOrder.map(\.rawValue).joined(separator: " ")), text(row.response.answeredAt),
                    text(row.response.rationale), .text(attempt.isComplete ? "yes" : "no"),
                ]
            }
        }
    }

    // MARK: - attempts.csv

    static let attemptColumns = [
        "cohort", "learner_id", "learner_name", "level", "scenario_id", "scenario_version", "attempt", "decisions", "total",
        "maximum", "percentage", "band", "ending", "outcome", "complete",
    ]

    func attemptRows() -> [[CSVCell]] {
        zip(run.attempts, figures).map { attempt, figures in
            let card = figures.card
            let ending = attempt.isComplete ? attempt.session.state.currentNode : nil
            return [
                .text(attempt.key.cohort), .text(attempt.key.learnerID), text(attempt.learnerName), .text(attempt.level.rawValue),
                .text(attempt.key.scenarioID), .integer(attempt.session.scenario.version), .integer(attempt.key.attempt),
                .integer(figures.decisions.count), .integer(card.total), .integer(card.maximum),
                .decimal(card.percentage, places: 2), text(card.band?.id.rawValue), text(ending?.rawValue),
                text(ending.flatMap { attempt.session.scenario.node($0)?.ending?.outcome.rawValue }),
                .text(attempt.isComplete ? "yes" : "no"),
            ]
        }
    }

    // MARK: - learners.csv

    static let learnerColumns = [
        "cohort", "learner_id", "learner_name", "level", "attempts", "complete_attempts", "total", "maximum", "percentage", "band",
    ]

    /// Each learner at each level with their percentage per principle over the attempts summarised:
    /// what `sjt compare` matches between two cohorts.
    public func learnerScores() -> [CohortComparison.Learner] { learnerTable().scores }

    func learnerTable() -> (rows: [[CSVCell]], scores: [CohortComparison.Learner]) {
        struct Key: Hashable, Comparable {
            var cohort: String, learner: String, level: LeadershipLevel
            static func < (a: Key, b: Key) -> Bool { (a.cohort, a.learner, a.level) < (b.cohort, b.learner, b.level) }
        }
        var attemptsByLearner: [Key: [Int]] = [:]
        for (index, attempt) in run.attempts.enumerated() {
            attemptsByLearner[Key(cohort: attempt.key.cohort, learner: attempt.key.learnerID, level: attempt.level), default: []].append(index)
        }
        var rows: [[CSVCell]] = []
        var scores: [CohortComparison.Learner] = []
        for key in attemptsByLearner.keys.sorted() {
            let all = attemptsByLearner[key]!.map { run.attempts[$0] }
            let counted = attemptsByLearner[key]!.filter { options.includeIncomplete || run.attempts[$0].isComplete }
            var total = 0, maximum = 0
            var sums: [PrincipleID: (points: Int, maximum: Int)] = [:]
            for index in counted {
                let card = figures[index].card
                total += card.total
                maximum += card.maximum
                for area in card.principles {
                    let sum = sums[area.id] ?? (0, 0)
                    sums[area.id] = (sum.points + area.points, sum.maximum + area.maximum)
                }
            }
            var percentages: [PrincipleID: Double] = [:]
            for (id, sum) in sums where sum.maximum > 0 { percentages[id] = Double(sum.points) * 100 / Double(sum.maximum) }
            let percentage = maximum > 0 ? Double(total) * 100 / Double(maximum) : nil
            rows.append(
                [.text(key.cohort), .text(key.learner), text(all.lazy.compactMap(\.learnerName).first), .text(key.level.rawValue),
                 .integer(all.count), .integer(all.count(where: \.isComplete)), .integer(total), .integer(maximum),
                 .decimal(percentage, places: 2), text(percentage.flatMap { catalogue.band(forPercentage: $0)?.id.rawValue })]
                    + catalogue.principles.map { CSVCell.decimal(percentages[$0.id], places: 2) })
            if !counted.isEmpty {
                scores.append(CohortComparison.Learner(id: key.learner, level: key.level, principles: percentages))
            }
        }
        return (rows, scores)
    }

    // MARK: - principles.csv

    static let principleColumns = ["level", "principle", "learners", "mean", "sd", "min", "median", "max", "share_meets"]

    func principleRows(_ learners: [CohortComparison.Learner]) -> [[CSVCell]] {
        let meets = catalogue.bands.first { $0.id == "meets" }?.from
        var rows: [[CSVCell]] = []
        for level in LeadershipLevel.allCases {
            let atLevel = learners.filter { $0.level == level }
            guard !atLevel.isEmpty else { continue }
            for principle in catalogue.principles {
                let values = atLevel.compactMap { $0.principles[principle.id] }
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
    struct TestAnalysis {
        var scenario: Scenario
        var level: LeadershipLevel
        /// Decision nodes in written order; an item's index is its position here.
        var nodes: [NodeID]
        /// Positions in `run.attempts`.
        var attempts: [Int]
        /// Per attempt (parallel to `attempts`), the decision answered at each item; a node met twice
        /// on a loop counts once, with its last answer.
        var answers: [[Int: ScoredDecision]]
        var analysis: ItemAnalysis
    }

    func testAnalyses() -> [TestAnalysis] {
        struct Key: Hashable, Comparable {
            var scenario: String, level: LeadershipLevel
            static func < (a: Key, b: Key) -> Bool { (a.scenario, a.level) < (b.scenario, b.level) }
        }
        var byTest: [Key: [Int]] = [:]
        for index in summarised {
            byTest[Key(scenario: run.attempts[index].key.scenarioID, level: run.attempts[index].level), default: []].append(index)
        }
        return byTest.keys.sorted().map { key in
            let attempts = byTest[key]!
            let scenario = run.attempts[attempts[0]].session.scenario
            let nodes = scenario.nodes.filter { $0.decision != nil }.map(\.id)
            let itemOf = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
            var answers: [[Int: ScoredDecision]] = []
            var scores: [ItemAnalysis.Attempt] = []
            for index in attempts {
                var answered: [Int: ScoredDecision] = [:]
                var scored: ItemAnalysis.Attempt = [:]
                for decision in figures[index].decisions {
                    guard let item = itemOf[decision.recorded.node] else { continue }
                    answered[item] = decision
                    if decision.score.maximum > 0 {
                        scored[item] = Double(decision.score.points) / Double(decision.score.maximum)
                    }
                }
                answers.append(answered)
                scores.append(scored)
            }
            return TestAnalysis(
                scenario: scenario, level: key.level, nodes: nodes, attempts: attempts, answers: answers,
                analysis: ItemAnalysis(attempts: scores, itemCount: nodes.count))
        }
    }

    static let itemColumns = [
        "scenario_id", "level", "node_id", "format", "reached", "mean_points", "maximum", "facility", "sd",
        "discrimination_index", "discriminative_efficiency", "flags",
    ]

    func itemRows(_ tests: [TestAnalysis]) -> [[CSVCell]] {
        tests.flatMap { test in
            test.nodes.enumerated().compactMap { item, node -> [CSVCell]? in
                let answers = test.answers.compactMap { $0[item] }
                guard !answers.isEmpty, let decision = test.scenario.node(node)?.decision else { return nil }
                let figures = test.analysis.items[item]
                let maximum = answers[0].score.maximum
                return [
                    .text(test.scenario.id.rawValue), .text(test.level.rawValue), .text(node.rawValue), .text(decision.format.rawValue),
                    .integer(answers.count), .decimal(Summary(answers.map { Double($0.score.points) }).mean, places: 4),
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
        guard decision.format != .rate else { return flags }
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
        for answers in test.answers {
            if let lead = answers[item]?.recorded.response.leadingChoice, let index = decision.index(of: lead) { counts[index] += 1 }
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
                let reached = test.answers.count { $0[item] != nil }
                guard reached > 0 else { continue }
                for choice in decision.choices {
                    // Rate answers rate every option and lead with none: "chosen" has no meaning there.
                    let isRate = decision.format == .rate
                    let choosers = test.answers.indices.filter { test.answers[$0][item]?.recorded.response.leadingChoice == choice.id }
                    let attemptMean = Summary(choosers.compactMap { figures[test.attempts[$0]].card.percentage }).mean
                    let restMean = Summary(choosers.compactMap { test.analysis.restScores[$0][item] }).mean
                    rows.append([
                        .text(test.scenario.id.rawValue), .text(test.level.rawValue), .text(node.rawValue), .text(choice.id.rawValue),
                        text(choice.key[test.level]?.rawValue), isRate ? .empty : .integer(choosers.count),
                        isRate ? .empty : .decimal(Double(choosers.count) / Double(reached), places: 4),
                        isRate ? .empty : .decimal(attemptMean, places: 2),
                        isRate ? .empty : .decimal(restMean.map { $0 * 100 }, places: 2),
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
            let percentages = Summary(test.attempts.compactMap { self.figures[$0].card.percentage })
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
        run.rejected.map { reject in
            let cells: [CSVCell] = reject.response.map { response in
                response.cells.enumerated().map { index, value in
                    // A step of 0 means the row never got as far as a valid step.
                    if CohortResponse.columns[index] == "step", response.step == 0 { return .empty }
                    return text(value)
                }
            } ?? Array(repeating: .empty, count: CohortResponse.columns.count)
            return [.text(reject.source.file), .integer(reject.source.row), .text(reject.reason)] + cells
                + [reject.rawFields.isEmpty ? .empty : .text(reject.rawFields.joined(separator: " | "))]
        }
    }

    private func text(_ value: String?) -> CSVCell { value.map(CSVCell.text) ?? .empty }
}
