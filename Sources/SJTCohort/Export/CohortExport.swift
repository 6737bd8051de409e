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

    public init(run: CohortRun, catalogue: Catalogue, options: CohortExportOptions) {
        self.run = run
        self.catalogue = catalogue
        self.options = options
    }

    /// The attempts that summaries count: complete ones, or all with `includeIncomplete`.
    var summarised: [CohortRun.Attempt] {
        options.includeIncomplete ? run.attempts : run.attempts.filter(\.isComplete)
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
        try file("items.csv", Self.itemColumns, itemRows())
        try file("options.csv", Self.optionColumns, optionRows())
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
        run.attempts.flatMap { attempt -> [[CSVCell]] in
            let result = attempt.session.result
            return zip(attempt.rows, result.decisions).map { row, decision in
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
        run.attempts.map { attempt in
            let result = attempt.session.result
            return [
                .text(attempt.key.cohort), .text(attempt.key.learnerID), text(attempt.learnerName), .text(attempt.level.rawValue),
                .text(attempt.key.scenarioID), .integer(attempt.session.scenario.version), .integer(attempt.key.attempt),
                .integer(result.decisions.count), .integer(result.total), .integer(result.maximum),
                .decimal(result.percentage, places: 2), text(result.band?.id.rawValue), text(result.ending?.rawValue),
                text(result.outcome?.rawValue), .text(attempt.isComplete ? "yes" : "no"),
            ]
        }
    }

    // MARK: - learners.csv

    static let learnerColumns = [
        "cohort", "learner_id", "learner_name", "level", "attempts", "complete_attempts", "total", "maximum", "percentage", "band",
    ]

    /// One learner at one level: their percentage per principle over the attempts summarised.
    struct LearnerScores {
        var level: LeadershipLevel
        var principles: [PrincipleID: Double]
    }

    func learnerTable() -> (rows: [[CSVCell]], scores: [LearnerScores]) {
        struct Key: Hashable, Comparable {
            var cohort: String, learner: String, level: LeadershipLevel
            static func < (a: Key, b: Key) -> Bool { (a.cohort, a.learner, a.level) < (b.cohort, b.learner, b.level) }
        }
        var attemptsByLearner: [Key: [CohortRun.Attempt]] = [:]
        for attempt in run.attempts {
            attemptsByLearner[Key(cohort: attempt.key.cohort, learner: attempt.key.learnerID, level: attempt.level), default: []].append(attempt)
        }
        var rows: [[CSVCell]] = []
        var scores: [LearnerScores] = []
        for key in attemptsByLearner.keys.sorted() {
            let all = attemptsByLearner[key]!
            let counted = options.includeIncomplete ? all : all.filter(\.isComplete)
            var total = 0, maximum = 0
            var sums: [PrincipleID: (points: Int, maximum: Int)] = [:]
            for attempt in counted {
                let card = attempt.session.scoreCard
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
            if !counted.isEmpty { scores.append(LearnerScores(level: key.level, principles: percentages)) }
        }
        return (rows, scores)
    }

    // MARK: - principles.csv

    static let principleColumns = ["level", "principle", "learners", "mean", "sd", "min", "median", "max", "share_meets"]

    func principleRows(_ learners: [LearnerScores]) -> [[CSVCell]] {
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

    // MARK: - items.csv and options.csv

    static let itemColumns = ["scenario_id", "level", "node_id", "format", "reached", "mean_points", "maximum", "facility"]

    /// Responses to each decision, per scenario and level, from the attempts summarised.
    func decisionsByItem() -> [ItemKey: [(attempt: CohortRun.Attempt, decision: ScoredDecision)]] {
        var byItem: [ItemKey: [(attempt: CohortRun.Attempt, decision: ScoredDecision)]] = [:]
        for attempt in summarised {
            for decision in attempt.session.result.decisions {
                byItem[ItemKey(scenario: attempt.key.scenarioID, level: attempt.level, node: decision.recorded.node), default: []]
                    .append((attempt, decision))
            }
        }
        return byItem
    }

    struct ItemKey: Hashable, Comparable {
        var scenario: String, level: LeadershipLevel, node: NodeID
        static func < (a: ItemKey, b: ItemKey) -> Bool { (a.scenario, a.level, a.node) < (b.scenario, b.level, b.node) }
    }

    func itemRows() -> [[CSVCell]] {
        let byItem = decisionsByItem()
        return byItem.keys.sorted().map { key in
            let responses = byItem[key]!
            let maximum = responses[0].decision.score.maximum
            let mean = Summary(responses.map { Double($0.decision.score.points) }).mean
            return [
                .text(key.scenario), .text(key.level.rawValue), .text(key.node.rawValue), .text(responses[0].decision.format.rawValue),
                .integer(responses.count), .decimal(mean, places: 4), .integer(maximum),
                .decimal(maximum > 0 ? mean.map { $0 / Double(maximum) } : nil, places: 4),
            ]
        }
    }

    static let optionColumns = ["scenario_id", "level", "node_id", "option_id", "keyed", "chosen", "share", "mean_attempt_percentage"]

    func optionRows() -> [[CSVCell]] {
        let byItem = decisionsByItem()
        var rows: [[CSVCell]] = []
        for key in byItem.keys.sorted() {
            let responses = byItem[key]!
            guard let scenario = responses.first?.attempt.session.scenario, let decision = scenario.node(key.node)?.decision else { continue }
            for choice in decision.choices {
                // Rate answers rate every option and lead with none: "chosen" has no meaning there.
                let isRate = decision.format == .rate
                let choosers = responses.filter { $0.decision.recorded.response.leadingChoice == choice.id }
                let mean = Summary(choosers.compactMap { $0.attempt.session.scoreCard.percentage }).mean
                rows.append([
                    .text(key.scenario), .text(key.level.rawValue), .text(key.node.rawValue), .text(choice.id.rawValue),
                    text(choice.key[key.level]?.rawValue), isRate ? .empty : .integer(choosers.count),
                    isRate ? .empty : .decimal(Double(choosers.count) / Double(responses.count), places: 4),
                    isRate ? .empty : .decimal(mean, places: 2),
                ])
            }
        }
        return rows
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
                + [reject.response == nil ? .text(reject.rawFields.joined(separator: " | ")) : .empty]
        }
    }

    private func text(_ value: String?) -> CSVCell { value.map(CSVCell.text) ?? .empty }
}
