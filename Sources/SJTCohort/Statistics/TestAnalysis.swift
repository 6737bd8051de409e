import SJTEngine

/// One test: a scenario at one level, with its decisions as items and the classical item analysis
/// of the attempts summarised; what items.csv, options.csv and tests.csv report.
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
    /// does not meet it; for the item score, a node met twice on a loop counts once, with its last
    /// answer.
    var answeredSteps: [[Int32]]
    /// Per pattern, every step of its path when it meets a node more than once (empty otherwise):
    /// what ``chose(_:_:_:)`` reads for an answer given before the last one.
    var loopingSteps: [[Int32]]
    /// The run's steps.
    var steps: [ScoredStep]
    var analysis: ItemAnalysis
    /// Per pattern, the sum of its item scores as an exact fraction (`nil` had it overflowed),
    /// for the figures written from their exact value, and how many items it scored.
    var exactTotals: [Fraction?]
    var scoredItems: [Int]
    /// Per pattern, its path's percentage as an exact fraction, before the engine rounds it to
    /// nine places (`nil` where there is none, or a sum overflowed): what the means of attempt
    /// percentages are rounded from.
    var exactPercentages: [Fraction?]

    /// The step a pattern answered at an item, if its path meets it.
    func answer(_ pattern: Int, _ item: Int) -> ScoredStep? {
        let step = answeredSteps[pattern][item]
        return step < 0 ? nil : steps[Int(step)]
    }

    /// The attempts summarised.
    var attemptCount: Int { patterns.reduce(0) { $0 + $1.count } }

    /// Whether a pattern's path led with `choice` at an item on any visit. A node met twice on a
    /// loop can be answered two ways: the option that sent the learner round was chosen too, even
    /// though the item's score is the last answer's (docs/statistics.md).
    func chose(_ choice: ChoiceID, _ pattern: Int, _ item: Int) -> Bool {
        guard let last = answer(pattern, item) else { return false }
        return last.response.leadingChoice == choice || loopingSteps[pattern].contains { position in
            steps[Int(position)].node == nodes[item] && steps[Int(position)].response.leadingChoice == choice
        }
    }

    /// The rest score of a pattern at an item, as `analysis.restScores` has it, exact: the mean
    /// of the pattern's other item scores.
    func exactRest(_ pattern: Int, _ item: Int) -> Fraction? {
        guard let score = answer(pattern, item)?.score, score.maximum > 0, scoredItems[pattern] >= 2,
            let own = Fraction(score.points, over: score.maximum), let others = exactTotals[pattern].flatMap({ $0 - own })
        else { return nil }
        return others / (scoredItems[pattern] - 1)
    }
}

extension TestAnalysis {
    /// Every test the run's summarised attempts took, ordered by scenario id and level.
    ///
    /// - Complexity: O(*a* + *p* × *k*) in attempts, distinct paths and their steps.
    static func all(in run: CohortRun, _ scope: SummaryScope) -> [TestAnalysis] {
        struct Key: Hashable, Comparable {
            var scenario: String, level: LeadershipLevel
            static func < (a: Key, b: Key) -> Bool { (a.scenario, a.level) < (b.scenario, b.level) }
        }
        let counts = run.attemptsOnEachPath { scope.counts($0, in: run) }
        var byTest: [Key: [(path: Int32, count: Int)]] = [:]
        for (path, count) in counts.enumerated() where count > 0 {
            byTest[Key(scenario: run.paths[path].scenario.id.rawValue, level: run.paths[path].level), default: []]
                .append((Int32(path), count))
        }
        return byTest.keys.sorted().map { key in TestAnalysis(run, level: key.level, patterns: byTest[key]!) }
    }

    /// The test of the paths `patterns`, all through one scenario at `level`.
    private init(_ run: CohortRun, level: LeadershipLevel, patterns: [(path: Int32, count: Int)]) {
        let scenario = run.paths[Int(patterns[0].path)].scenario
        let nodes = scenario.nodes.filter { $0.decision != nil }.map(\.id)
        let itemOf = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        var answeredSteps: [[Int32]] = []
        var scores: [(scores: ItemAnalysis.Attempt, count: Int)] = []
        var exactTotals: [Fraction?] = []
        var loopingSteps: [[Int32]] = []
        for pattern in patterns {
            var answered = [Int32](repeating: -1, count: nodes.count)
            var scored: ItemAnalysis.Attempt = [:]
            var loops = false
            for step in run.paths[Int(pattern.path)].steps {
                let decision = run.steps[Int(step)]
                guard let item = itemOf[decision.node] else { continue }
                loops = loops || answered[item] >= 0
                answered[item] = step
                if decision.score.maximum > 0 {
                    scored[item] = Double(decision.score.points) / Double(decision.score.maximum)
                }
            }
            answeredSteps.append(answered)
            loopingSteps.append(loops ? run.paths[Int(pattern.path)].steps : [])
            scores.append((scored, pattern.count))
            exactTotals.append(answered.reduce(Fraction.zero) { total, step in
                guard step >= 0 else { return total }
                let score = run.steps[Int(step)].score
                guard score.maximum > 0 else { return total }
                return Fraction(score.points, over: score.maximum).flatMap { score in total.flatMap { $0 + score } }
            })
        }
        self.init(
            scenario: scenario, level: level, nodes: nodes, patterns: patterns, answeredSteps: answeredSteps,
            loopingSteps: loopingSteps, steps: run.steps,
            analysis: ItemAnalysis(patterns: scores, itemCount: nodes.count), exactTotals: exactTotals,
            scoredItems: scores.map(\.scores.count),
            exactPercentages: patterns.map { Self.exactPercentage(of: run.paths[Int($0.path)], steps: run.steps) })
    }

    /// A path's percentage as the engine's ``Credit`` adds it up, exact: 100 × Σ weight × points ÷
    /// maximum ÷ Σ weight over the decisions with a maximum above 0, each weight the decimal its
    /// author wrote. `nil` when no decision counted or a sum overflows.
    static func exactPercentage(of path: ScoredPath, steps: [ScoredStep]) -> Fraction? {
        var earned = Fraction.zero, weight = Fraction.zero
        for step in path.steps {
            let decision = steps[Int(step)]
            guard decision.score.maximum > 0 else { continue }
            let nodeWeight = Fraction(nineDecimals: path.scenario.node(decision.node)?.decision?.weight)
            let term = nodeWeight.flatMap { w in Fraction(decision.score.points, over: decision.score.maximum).flatMap { w * $0 } }
            guard let term, let sum = earned + term, let total = nodeWeight.flatMap({ weight + $0 }) else { return nil }
            (earned, weight) = (sum, total)
        }
        guard weight != .zero else { return nil }
        return (earned * 100).flatMap { $0 / weight }
    }
}
