/// The one scoring path. Every front end (practice, batch, statistics) scores through here.
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
        switch response {
        case .single(let chosen):
            let index = keyed.index(chosen)
            return DecisionScore(points: keyed.points(index), maximum: keyed.maximumPoints, rating: keyed.rating(index))

        case .bestWorst(let best, let worst):
            let bestIndex = keyed.index(best)
            let bestPoints = scale.span - (keyed.topStep - keyed.step(bestIndex))
            let worstPoints = scale.span - (keyed.step(keyed.index(worst)) - keyed.bottomStep)
            return DecisionScore(points: bestPoints + worstPoints, maximum: 2 * scale.span, rating: keyed.rating(bestIndex))

        case .rank(let order):
            let perOption = order.count - 1
            var points = 0
            for (position, choice) in order.enumerated() {
                let own = keyed.step(keyed.index(choice))
                // The key's places for this option: after every better-rated option, shared with ties.
                var first = 0, tied = 0
                for other in keyed.decision.choices.indices {
                    let step = keyed.step(other)
                    if step > own { first += 1 } else if step == own { tied += 1 }
                }
                let last = first + tied - 1
                let distance = position < first ? first - position : (position > last ? position - last : 0)
                points += perOption - distance
            }
            return DecisionScore(
                points: points, maximum: order.count * perOption, rating: order.first.map { keyed.rating(keyed.index($0)) })

        case .rate(let ratings):
            var points = 0
            for rated in ratings {
                let learner = scale.step(rated.rating) ?? 0
                points += scale.span - abs(learner - keyed.step(keyed.index(rated.choice)))
            }
            return DecisionScore(points: points, maximum: ratings.count * scale.span, rating: nil)
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

