import SJTEngine

/// Audits a scenario bank as an assessment: can the key be found without practice knowledge, do
/// score and story agree, are the levels keyed differently, and are quotations the sources' words.
///
/// The stages, each a type of its own, all played or scored through the engine (``Session``,
/// ``Scorer``, ``PreparedScenario``), never through a copy of its rules:
///
/// 1. **Surface cues** (``SurfaceCues``, ``SurfaceCueShares``): per decision and level, the ratio of
///    the longest to the shortest option, whether the keyed best is the longest and whether it is
///    written first; across the bank, those shares beside chance.
/// 2. **Cue strategies** (``CueStrategy``, ``CueStrategyResult``): learners who answer by length,
///    by file position and at random, played through sessions at every level each scenario covers.
/// 3. **Level differentiation** (``LevelDifferentiation``): per pair of levels, how often the keyed
///    best and any rating differ.
/// 4. **Score–story coherence** (``PathCoherence``, through the engine's ``Scorer/extremes(at:leadingTo:level:)``): per path and level, the
///    range of uncapped percentages against the ending's outcome.
/// 5. **Texts**: references the shuffle breaks (`ShuffleReferenceCheck`) and quotations not in the
///    catalogue's sources (`QuotationCheck`, `SourceMatcher`), the `pledge:` texts included.
///
/// Every limit comes from the catalogue's ``AuditThresholds``. Findings point at the author's text
/// through `AuditLocator`, and are rendered once per format by ``AuditReport``.
///
/// - Complexity: roughly O(scenarios × levels × (random runs × path length + paths × path
///   length)), plus the per-node enumeration of ``PathCoherence``; the bundled bank audits in well
///   under a second in a release build.
public struct BankAudit: Sendable {
    public var bank: ScenarioBank

    public init(bank: ScenarioBank) { self.bank = bank }

    public func run() -> AuditReport {
        let catalogue = bank.catalogue
        let thresholds = catalogue.auditThresholds
        let scorer = Scorer(scale: catalogue.scale)
        let locator = AuditLocator(bank: bank)
        let coherenceBand = thresholds.coherenceBand(in: catalogue)
        let bandFrom = coherenceBand?.from ?? 0
        var report = AuditReport(catalogue: catalogue, thresholds: thresholds, coherenceBand: coherenceBand)
        report.scenarios = bank.scenarios.count
        var findings: [AuditFinding] = []
        // Made once: the sources' words are normalised and the patterns compiled here, not per scenario.
        let quotationCheck = QuotationCheck(catalogue: catalogue)
        let referenceCheck = ShuffleReferenceCheck()

        for scenario in bank.scenarios {
            let prepared = PreparedScenario(scenario, catalogue: catalogue)
            // 1. Surface cues, per decision and level.
            for node in scenario.nodes {
                guard let decision = node.decision else { continue }
                report.decisions += 1
                let cues = scenario.levels.map { SurfaceCues(scenario: scenario.id, node: node.id, decision: decision, level: $0, scorer: scorer) }
                report.cues += cues
                if let finding = lengthFinding(cues, levels: scenario.levels, thresholds: thresholds, at: locator.options(of: node.id, in: scenario.id)) {
                    findings.append(finding)
                }
            }
            // 2. Cue strategies, through sessions.
            for strategy in CueStrategy.allCases {
                let results = scenario.levels.map { CueStrategyResult(strategy, on: prepared, at: $0, positive: thresholds.positiveOutcomes) }
                report.strategies += results
                let limit = thresholds.maxCueStrategyPercentage ?? bandFrom
                let over = results.filter { $0.meanPercentage >= limit }
                if !over.isEmpty {
                    let levels = over.map { "\(Percent.whole($0.meanPercentage)) (\($0.band)) at \($0.level)" }.joined(separator: ", ")
                    findings.append(
                        AuditFinding(
                            .cueStrategy,
                            "a learner who \(strategy.description) scores \(levels); a cue strategy must stay below \(Percent.whole(limit))",
                            at: locator.scenario(scenario.id)))
                }
            }
            // 3. Level differentiation.
            for pair in LevelDifferentiation.pairs(in: scenario, scorer: scorer) {
                report.differentiation.append(pair)
                var short: [String] = []
                if pair.keyedBestDiffersShare < thresholds.minKeyedBestDiffersShare {
                    short.append("the keyed-best option differs in \(pair.keyedBestDiffers) of \(pair.decisions) decisions (at least \(Percent.whole(thresholds.minKeyedBestDiffersShare * 100)))")
                }
                if pair.ratingDiffersShare < thresholds.minRatingDiffersShare {
                    short.append("some rating differs in \(pair.ratingDiffers) of \(pair.decisions) (at least \(Percent.whole(thresholds.minRatingDiffersShare * 100)))")
                }
                if !short.isEmpty {
                    findings.append(
                        AuditFinding(.levelDifferentiation, "\(pair.lower) and \(pair.upper) are keyed alike: \(short.joined(separator: "; "))", at: locator.levels(scenario.id)))
                }
            }
            // 4. Score–story coherence.
            let paths = PathCoherence.paths(in: scenario, catalogue: catalogue, scorer: scorer)
            report.paths += paths
            findings += coherenceFindings(paths, scenario: scenario.id, thresholds: thresholds, band: coherenceBand, locator: locator)
            // 5. Texts.
            if let authored = bank.authored[scenario.id] {
                let texts = AuditedText.all(in: authored, id: scenario.id)
                findings += referenceCheck.findings(in: texts, locator: locator)
                let quotations = quotationCheck.findings(in: texts, locator: locator)
                findings += quotations.findings
                report.quotationsChecked += quotations.checked
                report.quotationsFound += quotations.found
            }
        }
        let pledges = quotationCheck.pledgeFindings(catalogue, locator: locator)
        report.pledgesChecked = catalogue.principles.count
        report.pledgesNotFound = pledges.count
        findings += pledges

        // Bank-wide shares, level by level.
        report.cueShares = LeadershipLevel.allCases.compactMap { level in
            let cues = report.cues.filter { $0.level == level.rawValue }
            return cues.isEmpty ? nil : SurfaceCueShares(level: level, cues: cues)
        }
        findings += shareFindings(report.cueShares, thresholds: thresholds, at: locator.catalogue)
        findings += cueGapFindings(report.strategySummaries, thresholds: thresholds, at: locator.catalogue)
        report.findings = findings.sorted()
        return report
    }

    private func lengthFinding(_ cues: [SurfaceCues], levels: [LeadershipLevel], thresholds: AuditThresholds, at location: FileLocation) -> AuditFinding? {
        let over = cues.filter { $0.lengthRatio > thresholds.maxLengthRatio }
        guard let first = over.first else { return nil }
        let same = over.count == cues.count && cues.allSatisfy { ($0.shortest, $0.longest) == (first.shortest, first.longest) }
        let detail = same
            ? "options run from \(first.shortest) to \(first.longest) characters (\(AuditReport.ratio(first.lengthRatio)))"
            : "the longest option is " + over.map { "\(AuditReport.ratio($0.lengthRatio)) the shortest at \($0.level)" }.joined(separator: ", ")
        return AuditFinding(
            .lengthRatio, "\(detail); at most \(AuditReport.ratio(thresholds.maxLengthRatio)), or length gives the key away",
            at: location)
    }

    /// Bank-wide: each cue strategy against the random responder at the same level.
    private func cueGapFindings(_ summaries: [AuditReport.StrategySummary], thresholds: AuditThresholds, at location: FileLocation) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for strategy in CueStrategy.allCases where strategy != .random {
            var broken: [String] = []
            for summary in summaries where summary.strategy == strategy {
                guard let random = summaries.first(where: { $0.strategy == .random && $0.level == summary.level }) else { continue }
                let gap = summary.meanPercentage - random.meanPercentage
                if abs(gap) > thresholds.maxCueGapFromRandom {
                    broken.append(
                        "\(Percent.whole(summary.meanPercentage)) against \(Percent.whole(random.meanPercentage)) at random at \(summary.level)")
                }
                if summary.positiveShare > thresholds.maxCuePositiveShare {
                    broken.append("a positive ending in \(Percent.whole(summary.positiveShare * 100)) of attempts at \(summary.level)")
                }
            }
            if !broken.isEmpty {
                findings.append(
                    AuditFinding(
                        .cueGap,
                        "across the bank a learner who \(strategy.description) scores \(broken.joined(separator: ", ")); within \(Percent.whole(thresholds.maxCueGapFromRandom).dropLast()) points of random and a positive ending in at most \(Percent.whole(thresholds.maxCuePositiveShare * 100)), or position and length still tell",
                        at: location))
            }
        }
        return findings
    }

    private func shareFindings(_ shares: [SurfaceCueShares], thresholds: AuditThresholds, at location: FileLocation) -> [AuditFinding] {
        /// The one finding for a surface cue whose bank-wide share is over its limit at some level.
        func finding(_ kind: AuditFinding.Kind, _ share: KeyPath<SurfaceCueShares, Double>, limit: Double, is phrase: String) -> AuditFinding? {
            let over = shares.filter { $0[keyPath: share] > limit }
            guard !over.isEmpty else { return nil }
            let levels = over.map { "\(Percent.whole($0[keyPath: share] * 100)) at \($0.level) (chance \(Percent.whole($0.chance * 100)))" }
            return AuditFinding(
                kind, "across the bank the keyed-best option is \(phrase) in \(levels.joined(separator: ", ")); at most \(Percent.whole(limit * 100))",
                at: location)
        }
        return [
            finding(.keyedBestLongest, \.keyedBestLongest, limit: thresholds.maxKeyedBestLongestShare, is: "the longest"),
            finding(.keyedBestFirst, \.keyedBestFirst, limit: thresholds.maxKeyedBestFirstShare, is: "written first"),
        ].compactMap { $0 }
    }

    /// One finding per ending whose outcome and reachable band disagree, naming every level where they do.
    private func coherenceFindings(
        _ paths: [PathCoherence], scenario: ScenarioID, thresholds: AuditThresholds, band coherenceBand: Band?, locator: AuditLocator
    ) -> [AuditFinding] {
        var findings: [AuditFinding] = []
        let band = coherenceBand?.id.rawValue ?? "", bandFrom = coherenceBand?.from ?? 0
        var endings: [String] = []
        for path in paths where !endings.contains(path.ending) { endings.append(path.ending) }
        for ending in endings {
            let reaching = paths.filter { $0.ending == ending }
            guard let outcome = reaching.first.map({ OutcomeID($0.outcome) }) else { continue }
            var levels: [String] = []
            for level in LeadershipLevel.allCases {
                guard let best = reaching.filter({ $0.level == level.rawValue }).max(by: { $0.mostPercentage < $1.mostPercentage }) else { continue }
                if thresholds.negativeOutcomes.contains(outcome) && best.mostPercentage >= bandFrom
                    || thresholds.positiveOutcomes.contains(outcome) && best.mostPercentage < bandFrom
                {
                    levels.append("\(Percent.whole(best.mostPercentage)) (\(best.mostBand)) at \(level)")
                }
            }
            guard !levels.isEmpty else { continue }
            let message = thresholds.negativeOutcomes.contains(outcome)
                ? "\(outcome) ending '\(ending)' can be reached with up to \(levels.joined(separator: ", ")); a \(outcome) ending must stay below '\(band)' (\(Percent.whole(bandFrom)))"
                : "\(outcome) ending '\(ending)' can be reached with at most \(levels.joined(separator: ", ")); a \(outcome) ending must be reachable in '\(band)' (\(Percent.whole(bandFrom))) or above"
            findings.append(AuditFinding(.scoreStory, message, at: locator.location(of: NodeID(ending), in: scenario)))
        }
        return findings
    }
}

extension CueStrategy: CustomStringConvertible {
    /// How a message names the learner: "a learner who always picks the longest option".
    public var description: String {
        switch self {
        case .longest: "always picks, ranks and rates by option length"
        case .firstInFile: "always picks the option written first"
        case .random: "answers at random (mean of \(CueStrategyResult.randomRuns) runs)"
        }
    }
}
