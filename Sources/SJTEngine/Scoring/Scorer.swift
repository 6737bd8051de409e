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
        switch response {
        case .single(let chosen):
            let rating = keyed(chosen, in: decision, at: level)
            let best = decision.choices.map { scale.points(keyed($0.id, in: decision, at: level)) }.max() ?? 0
            return DecisionScore(points: scale.points(rating), maximum: best, rating: rating)

        case .bestWorst(let best, let worst):
            let steps = decision.choices.map { step(of: $0.id, in: decision, at: level) }
            let top = steps.max() ?? 0, bottom = steps.min() ?? 0
            let bestPoints = scale.span - (top - step(of: best, in: decision, at: level))
            let worstPoints = scale.span - (step(of: worst, in: decision, at: level) - bottom)
            return DecisionScore(
                points: bestPoints + worstPoints, maximum: 2 * scale.span,
                rating: keyed(best, in: decision, at: level))

        case .rank(let order):
            let steps = decision.choices.map { step(of: $0.id, in: decision, at: level) }
            let perOption = order.count - 1
            var points = 0
            for (position, choice) in order.enumerated() {
                let own = step(of: choice, in: decision, at: level)
                // The key's places for this option: after every better-rated option, shared with ties.
                let first = steps.count { $0 > own }
                let last = first + steps.count { $0 == own } - 1
                let distance = position < first ? first - position : (position > last ? position - last : 0)
                points += perOption - distance
            }
            return DecisionScore(
                points: points, maximum: order.count * perOption,
                rating: order.first.map { keyed($0, in: decision, at: level) })

        case .rate(let ratings):
            var points = 0
            for rated in ratings {
                let learner = scale.step(rated.rating) ?? 0
                points += scale.span - abs(learner - step(of: rated.choice, in: decision, at: level))
            }
            return DecisionScore(points: points, maximum: ratings.count * scale.span, rating: nil)
        }
    }

    /// The maximum a decision can earn at a level, whatever the response.
    public func maximum(for decision: Decision, at level: LeadershipLevel) -> Int {
        let n = decision.choices.count
        switch decision.format {
        case .single:
            return decision.choices.map { scale.points(keyed($0.id, in: decision, at: level)) }.max() ?? 0
        case .bestWorst: return 2 * scale.span
        case .rank: return n * (n - 1)
        case .rate: return n * scale.span
        }
    }

    /// The options keyed best at a level (several when the key ties them), in written order.
    public func bestChoices(in decision: Decision, at level: LeadershipLevel) -> [Choice] {
        let top = decision.choices.map { scale.points(keyed($0.id, in: decision, at: level)) }.max()
        return decision.choices.filter { scale.points(keyed($0.id, in: decision, at: level)) == top }
    }

    private func keyed(_ choice: ChoiceID, in decision: Decision, at level: LeadershipLevel) -> RatingID {
        guard let rating = decision.choice(choice)?.key[level] else {
            preconditionFailure("option '\(choice)' is not keyed at \(level); validation guarantees it is")
        }
        return rating
    }

    private func step(of choice: ChoiceID, in decision: Decision, at level: LeadershipLevel) -> Int {
        scale.step(keyed(choice, in: decision, at: level)) ?? 0
    }
}
