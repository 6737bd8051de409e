/// The result of a finished attempt (or the score so far of an unfinished one).
///
/// Different paths have different lengths, so the percentage is over the decisions actually met:
/// `total / maximum × 100`, where `maximum` adds up only the decisions on the learner's path.
public struct SessionResult: Sendable, Equatable {
    public var scenario: ScenarioID
    public var scenarioVersion: Int
    public var level: LeadershipLevel
    /// Every node visited, start first, ending last when the attempt is complete.
    public var path: [NodeID]
    public var decisions: [ScoredDecision]
    public var total: Int
    public var maximum: Int
    /// `nil` when the maximum is 0.
    public var percentage: Double?
    public var band: Band?
    /// Per principle, in catalogue order; only principles some decision counted toward.
    public var principles: [AreaScore<PrincipleID>]
    /// Per framework element, in catalogue order.
    public var elements: [AreaScore<ElementID>]
    /// The ending reached; `nil` for an incomplete attempt.
    public var ending: NodeID?
    public var outcome: OutcomeID?
    public var shortfalls: [Shortfall]

    public var isComplete: Bool { ending != nil }
}

extension Session {
    /// The result so far: complete once the learner reaches an ending.
    ///
    /// Every decision is rescored from the saved responses through ``Scorer``, so a resumed session
    /// gives the same result as an uninterrupted one.
    public var result: SessionResult {
        let scorer = Scorer(scale: catalogue.scale)
        var decisions: [ScoredDecision] = []
        var shortfalls: [Shortfall] = []
        for recorded in state.history {
            guard let decision = scenario.node(recorded.node)?.decision else { continue }
            let score = scorer.score(recorded.response, for: decision, at: level)
            decisions.append(
                ScoredDecision(
                    recorded: recorded, format: decision.format, score: score,
                    principles: decision.taggedPrinciples.isEmpty ? scenario.principles : decision.taggedPrinciples,
                    elements: decision.elements.isEmpty ? scenario.elements : decision.elements))
            if score.fellShort {
                shortfalls.append(
                    Shortfall(
                        step: recorded.step, node: recorded.node,
                        expected: expectedChoices(in: decision, at: level, scorer: scorer),
                        expectedAbove: level.levelAbove.map { expectedChoices(in: decision, at: $0, scorer: scorer) }
                            ?? []))
            }
        }
        let total = decisions.reduce(0) { $0 + $1.score.points }
        let maximum = decisions.reduce(0) { $0 + $1.score.maximum }
        let percentage = maximum > 0 ? Double(total) * 100 / Double(maximum) : nil
        let ending = isFinished ? state.currentNode : nil

        func areas<ID: StringIdentifier>(_ order: [ID], _ tags: (ScoredDecision) -> [ID]) -> [AreaScore<ID>] {
            var sums: [ID: (points: Int, maximum: Int, count: Int)] = [:]
            for decision in decisions {
                for id in tags(decision) {
                    let sum = sums[id] ?? (0, 0, 0)
                    sums[id] = (sum.points + decision.score.points, sum.maximum + decision.score.maximum, sum.count + 1)
                }
            }
            // Catalogue order first, then anything the catalogue does not list, so nothing is dropped.
            let ordered = order.filter { sums[$0] != nil } + sums.keys.filter { !order.contains($0) }.sorted()
            return ordered.map { id in
                let sum = sums[id]!
                return AreaScore(id: id, points: sum.points, maximum: sum.maximum, decisions: sum.count, catalogue: catalogue)
            }
        }

        return SessionResult(
            scenario: scenario.id, scenarioVersion: scenario.version, level: level,
            path: state.history.map(\.node) + (ending.map { [$0] } ?? []),
            decisions: decisions, total: total, maximum: maximum, percentage: percentage,
            band: percentage.flatMap { catalogue.band(forPercentage: $0) },
            principles: areas(catalogue.principles.map(\.id)) { $0.principles },
            elements: areas(catalogue.elements.map(\.id)) { $0.elements },
            ending: ending, outcome: ending.flatMap { scenario.node($0)?.ending?.outcome },
            shortfalls: shortfalls)
    }

    private func expectedChoices(in decision: Decision, at level: LeadershipLevel, scorer: Scorer) -> [ChoiceFeedback] {
        scorer.bestChoices(in: decision, at: level).compactMap { choice in
            guard let keyed = choice.key[level] else { return nil }
            return ChoiceFeedback(choice: choice.id, text: choice.text, feedback: choice.feedback[level] ?? "", keyed: keyed)
        }
    }
}
