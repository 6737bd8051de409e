/// The one scoring path. Every front end (practice, batch, statistics) scores through here, and
/// here each format's ``ResponseFormatRules/score(_:keyed:scale:)`` is reached (Formats/).
///
/// The rules, with worked examples, are in docs/scoring.md; ScorerTests reproduce those examples.
///
/// - single: the chosen option's rating points; maximum the best points at the node for the level.
/// - best-worst: each half earns `span − steps`, where `steps` is how far the pick's rating is from
///   the best (or worst) rating at the node, and `span` the steps of the whole scale; maximum `2 × span`.
/// - rank: each option earns `(n − 1) − d`, where `d` is how many places it is from its keyed place
///   (options the key ties share their places, and any of them is exact); maximum `n × (n − 1)`.
/// - rate: each option earns `span − |steps between the learner's and the key's rating|`;
///   maximum `n × span`.
///
/// The scorer assumes a response already checked by ``Response/validate(for:node:scale:)``.
public struct Scorer: Sendable {
    public let scale: RatingScale

    public init(scale: RatingScale) { self.scale = scale }

    /// Scores a valid response at a level the decision is keyed for.
    ///
    /// - Complexity: O(*n*²) for rank with *n* options, O(*n*) otherwise; *n* is at most a handful.
    public func score(_ response: Response, for decision: Decision, at level: LeadershipLevel) -> DecisionScore {
        score(response, keyed: KeyTable(decision, at: level, scale: scale))
    }

    /// The rules themselves, on a decision's key at one level.
    func score(_ response: Response, keyed: KeyTable) -> DecisionScore {
        response.visit(Scoring(keyed: keyed, scale: scale))
    }

    private struct Scoring: ResponseVisitor {
        typealias Result = DecisionScore
        let keyed: KeyTable
        let scale: RatingScale

        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type, _ answer: Rules.Answer) -> DecisionScore {
            rules.score(answer, keyed: keyed, scale: scale)
        }
    }

    /// The maximum a decision can earn at a level, whatever the response: the maximum the rules give
    /// the key's own answer, so the rules stay in ``score(_:for:at:)`` alone.
    public func maximum(for decision: Decision, at level: LeadershipLevel) -> Int {
        score(keyedResponse(at: decision, level: level), for: decision, at: level).maximum
    }

    /// The options keyed best at a level (several when the key ties them), in written order.
    public func bestChoices(in decision: Decision, at level: LeadershipLevel) -> [Choice] {
        bestChoiceIndices(in: decision, at: level).map { decision.choices[$0] }
    }

    /// The positions in `choices` of the options keyed best at a level.
    public func bestChoiceIndices(in decision: Decision, at level: LeadershipLevel) -> [Int] {
        let keyed = KeyTable(decision, at: level, scale: scale)
        return decision.choices.indices.filter { keyed.points($0) == keyed.maximumPoints }
    }
}

