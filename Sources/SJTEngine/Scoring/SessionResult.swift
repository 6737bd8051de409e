/// The result of a finished attempt (or the score so far of an unfinished one): the score card, the
/// path, the ending, and what the key expected where the learner fell short.
public struct SessionResult: Sendable, Equatable {
    public var scenario: ScenarioID
    public var scenarioVersion: Int
    public var level: LeadershipLevel
    /// Every node visited, start first, ending last when the attempt is complete.
    public var path: [NodeID]
    public var decisions: [ScoredDecision]
    public var scoreCard: ScoreCard
    /// The ending reached; `nil` for an incomplete attempt.
    public var ending: NodeID?
    public var outcome: OutcomeID?
    public var shortfalls: [Shortfall]

    public var isComplete: Bool { ending != nil }
    public var total: Int { scoreCard.total }
    public var maximum: Int { scoreCard.maximum }
    /// The weighted mean over the decisions actually met; `nil` when none could earn anything.
    public var percentage: Double? { scoreCard.percentage }
    /// The band reached, after the ending's cap.
    public var band: Band? { scoreCard.band }
    /// The band of the percentage alone.
    public var uncappedBand: Band? { scoreCard.uncappedBand }
    /// True when the ending's outcome lowered the band.
    public var isCapped: Bool { scoreCard.isCapped }
    public var principles: [AreaScore<PrincipleID>] { scoreCard.principles }
    public var elements: [AreaScore<ElementID>] { scoreCard.elements }
}

extension Session {
    /// The result so far: complete once the learner reaches an ending.
    ///
    /// Decisions are scored through ``Scorer`` as they are answered, and again from the saved
    /// responses when a session is resumed, so a resumed session gives the same result as an
    /// uninterrupted one.
    public var result: SessionResult {
        let scorer = Scorer(scale: catalogue.scale)
        var shortfalls: [Shortfall] = []
        // The level above is shown only where the scenario is written for it.
        let levelAbove = level.levelAbove.flatMap { scenario.covers($0) ? $0 : nil }
        var decisions: [ScoredDecision] = []
        for (recorded, (node, score)) in zip(state.history, answered) {
            guard let decision = prepared.decisions[node] else { continue }
            decisions.append(
                ScoredDecision(
                    recorded: recorded, format: decision.format, score: score,
                    principles: prepared.principleTags.ids(ofNode: node), elements: prepared.elementTags.ids(ofNode: node),
                    capabilities: prepared.capabilityTags.ids(ofNode: node)))
            guard score.fellShort else { continue }
            shortfalls.append(
                Shortfall(
                    step: recorded.step, node: recorded.node,
                    expected: expectedChoices(in: decision, at: level, scorer: scorer),
                    expectedAbove: levelAbove.map { expectedChoices(in: decision, at: $0, scorer: scorer) } ?? []))
        }
        let ending = isFinished ? state.currentNode : nil
        return SessionResult(
            scenario: scenario.id, scenarioVersion: scenario.version, level: level,
            path: state.history.map(\.node) + (ending.map { [$0] } ?? []),
            decisions: scoredDecisions, scoreCard: scoreCard,
            ending: ending, outcome: ending.flatMap { scenario.node($0)?.ending?.outcome },
            shortfalls: shortfalls)
    }

    /// Every answered decision with its score and what it counts toward: the result without the
    /// debrief's shortfalls, for exports that need no more.
    public var scoredDecisions: [ScoredDecision] {
        zip(state.history, answered).compactMap { recorded, answer in
            guard let decision = prepared.decisions[answer.node] else { return nil }
            return ScoredDecision(
                recorded: recorded, format: decision.format, score: answer.score,
                principles: prepared.principleTags.ids(ofNode: answer.node), elements: prepared.elementTags.ids(ofNode: answer.node),
                capabilities: prepared.capabilityTags.ids(ofNode: answer.node))
        }
    }

    private func expectedChoices(in decision: Decision, at level: LeadershipLevel, scorer: Scorer) -> [ChoiceFeedback] {
        scorer.bestChoiceIndices(in: decision, at: level).map { index in
            let choice = decision.choices[index]
            return ChoiceFeedback(
                choice: choice.id, text: choice.text[level] ?? "", feedback: choice.feedback[level] ?? "", keyed: choice.key[level]!)
        }
    }
}
