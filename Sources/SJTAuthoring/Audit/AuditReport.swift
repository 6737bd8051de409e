import Foundation
import SJTEngine

/// What ``BankAudit`` found: every measure, every finding, and the bank summary, rendered once per
/// format by `text()`, `table()` and `json()`.
///
/// ## Topics
/// - ``findings``, ``passes``
/// - ``cueShares``, ``strategySummaries``, ``differentiationSummaries``, ``coherenceSummaries``
public struct AuditReport: Sendable, Encodable {
    public var catalogueID: String
    public var scenarios = 0
    public var decisions = 0
    public var cues: [SurfaceCues] = []
    public var cueShares: [SurfaceCueShares] = []
    public var strategies: [CueStrategyResult] = []
    public var differentiation: [LevelDifferentiation] = []
    public var paths: [PathCoherence] = []
    public var quotationsChecked = 0
    public var quotationsFound = 0
    public var pledgesChecked = 0
    public var pledgesNotFound = 0
    /// Sorted by file, line and column.
    public var findings: [AuditFinding] = []
    let coherenceBand: String
    let coherenceBandFrom: Double
    let topBand: String
    let negativeOutcomes: [String]
    let positiveOutcomes: [String]
    let bands: [Band]

    init(catalogue: Catalogue, thresholds: AuditThresholds, coherenceBand band: Band?) {
        catalogueID = catalogue.id
        coherenceBand = band?.id.rawValue ?? ""
        coherenceBandFrom = band?.from ?? 0
        topBand = catalogue.bands.last?.id.rawValue ?? ""
        negativeOutcomes = thresholds.negativeOutcomes.map(\.rawValue)
        positiveOutcomes = thresholds.positiveOutcomes.map(\.rawValue)
        bands = catalogue.bands
    }

    /// True when no threshold is broken: what `sjt audit --strict` requires.
    public var passes: Bool { findings.isEmpty }

    /// A cue strategy's figures over the bank at one level.
    public struct StrategySummary: Sendable, Equatable, Encodable {
        public var strategy: CueStrategy
        public var level: String
        public var scenarios: Int
        /// Mean over scenarios of each scenario's mean percentage.
        public var meanPercentage: Double
        public var lowestPercentage: Double
        public var highestPercentage: Double
        /// The band of the mean.
        public var band: String
        /// Mean over scenarios of the share of runs ending positively.
        public var positiveShare: Double
    }

    public var strategySummaries: [StrategySummary] {
        CueStrategy.allCases.flatMap { strategy in
            LeadershipLevel.allCases.compactMap { level -> StrategySummary? in
                let results = strategies.filter { $0.strategy == strategy && $0.level == level.rawValue }
                guard !results.isEmpty else { return nil }
                let mean = results.map(\.meanPercentage).reduce(0, +) / Double(results.count)
                return StrategySummary(
                    strategy: strategy, level: level.rawValue, scenarios: results.count, meanPercentage: mean,
                    lowestPercentage: results.map(\.meanPercentage).min() ?? 0, highestPercentage: results.map(\.meanPercentage).max() ?? 0,
                    band: self.bands.band(forPercentage: mean)?.id.rawValue ?? "", positiveShare: results.map(\.positiveShare).reduce(0, +) / Double(results.count))
            }
        }
    }

    /// Level differentiation over the bank, per pair of levels.
    public struct DifferentiationSummary: Sendable, Equatable, Encodable {
        public var lower: String
        public var upper: String
        public var decisions: Int
        public var keyedBestDiffers: Int
        public var ratingDiffers: Int
    }

    public var differentiationSummaries: [DifferentiationSummary] {
        var result: [DifferentiationSummary] = []
        for pair in differentiation {
            if let index = result.firstIndex(where: { $0.lower == pair.lower && $0.upper == pair.upper }) {
                result[index].decisions += pair.decisions
                result[index].keyedBestDiffers += pair.keyedBestDiffers
                result[index].ratingDiffers += pair.ratingDiffers
            } else {
                result.append(DifferentiationSummary(lower: pair.lower, upper: pair.upper, decisions: pair.decisions, keyedBestDiffers: pair.keyedBestDiffers, ratingDiffers: pair.ratingDiffers))
            }
        }
        let order = LeadershipLevel.allCases.map(\.rawValue)
        return result.sorted { (order.firstIndex(of: $0.lower) ?? 0, order.firstIndex(of: $0.upper) ?? 0) < (order.firstIndex(of: $1.lower) ?? 0, order.firstIndex(of: $1.upper) ?? 0) }
    }

    /// Score–story coherence over the bank at one level: endings whose outcome and band disagree.
    public struct CoherenceSummary: Sendable, Equatable, Encodable {
        public var level: String
        public var paths: Int
        /// Negative endings reachable in the coherence band or above, and in how many scenarios.
        public var negativeEndingsAtBand: Int
        public var negativeEndingScenarios: Int
        /// Of those, reachable in the top band.
        public var negativeEndingsAtTopBand: Int
        /// Positive endings reachable only below the coherence band.
        public var positiveEndingsOnlyBelow: Int
    }

    public var coherenceSummaries: [CoherenceSummary] {
        LeadershipLevel.allCases.compactMap { level in
            let atLevel = paths.filter { $0.level == level.rawValue }
            guard !atLevel.isEmpty else { return nil }
            var most: [String: (outcome: String, percentage: Double, band: String)] = [:]
            for path in atLevel {
                let key = "\(path.scenario)/\(path.ending)"
                if most[key].map({ $0.percentage < path.mostPercentage }) ?? true { most[key] = (path.outcome, path.mostPercentage, path.mostBand) }
            }
            let negative = most.filter { negativeOutcomes.contains($0.value.outcome) && $0.value.percentage >= coherenceBandFrom }
            let positive = most.filter { positiveOutcomes.contains($0.value.outcome) && $0.value.percentage < coherenceBandFrom }
            return CoherenceSummary(
                level: level.rawValue, paths: atLevel.count, negativeEndingsAtBand: negative.count,
                negativeEndingScenarios: Set(negative.keys.map { $0.split(separator: "/")[0] }).count,
                negativeEndingsAtTopBand: negative.count { $0.value.band == topBand }, positiveEndingsOnlyBelow: positive.count)
        }
    }

    /// How many findings of each kind, in the order of ``AuditFinding/Kind``.
    public var findingCounts: [(kind: AuditFinding.Kind, count: Int)] {
        AuditFinding.Kind.allCases.compactMap { kind in
            let count = findings.count { $0.kind == kind }
            return count > 0 ? (kind, count) : nil
        }
    }

    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }

    private enum CodingKeys: String, CodingKey {
        case catalogueID = "catalogue", scenarios, decisions, findings, cueShares = "surfaceCues", strategySummaries = "cueStrategies",
            differentiationSummaries = "levelDifferentiation", coherenceSummaries = "scoreStoryCoherence", quotationsChecked,
            quotationsFound, pledgesChecked, pledgesNotFound, cues = "decisionCues", strategies = "scenarioStrategies",
            differentiation = "scenarioDifferentiation", paths
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(catalogueID, forKey: .catalogueID)
        try container.encode(scenarios, forKey: .scenarios)
        try container.encode(decisions, forKey: .decisions)
        try container.encode(findings, forKey: .findings)
        try container.encode(cueShares, forKey: .cueShares)
        try container.encode(strategySummaries, forKey: .strategySummaries)
        try container.encode(differentiationSummaries, forKey: .differentiationSummaries)
        try container.encode(coherenceSummaries, forKey: .coherenceSummaries)
        try container.encode(quotationsChecked, forKey: .quotationsChecked)
        try container.encode(quotationsFound, forKey: .quotationsFound)
        try container.encode(pledgesChecked, forKey: .pledgesChecked)
        try container.encode(pledgesNotFound, forKey: .pledgesNotFound)
        try container.encode(cues, forKey: .cues)
        try container.encode(strategies, forKey: .strategies)
        try container.encode(differentiation, forKey: .differentiation)
        try container.encode(paths, forKey: .paths)
    }
}
