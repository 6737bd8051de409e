extension Scorer {
    /// The lowest and the highest score among every valid response at a decision that leads to
    /// `next`: the range a learner going that way can earn there, worked out by scoring each
    /// response through ``score(_:for:at:)``, so the rules stay in one place.
    ///
    /// - Returns: `nil` when no option of the decision leads to `next`.
    /// - Complexity: O(*n*! × *n*²) for rank and O(*r*ⁿ × *n*) for rate, with *n* options and *r*
    ///   ratings; O(*n*²) otherwise. Decisions have a handful of options; this is for reports, not
    ///   for scoring a cohort.
    public func extremes(
        at decision: Decision, leadingTo next: NodeID, level: LeadershipLevel
    ) -> (lowest: DecisionScore, highest: DecisionScore)? {
        var lowest: DecisionScore?, highest: DecisionScore?
        func consider(_ response: Response) {
            let score = score(response, for: decision, at: level)
            if lowest.map({ score.points < $0.points }) ?? true { lowest = score }
            if highest.map({ score.points > $0.points }) ?? true { highest = score }
        }
        let ids = decision.choiceIDs
        let leading = decision.choices.filter { $0.next == next }.map(\.id)
        switch decision.format {
        case .single:
            leading.forEach { consider(.single($0)) }
        case .bestWorst:
            for best in leading {
                for worst in ids where worst != best { consider(.bestWorst(best: best, worst: worst)) }
            }
        case .rank:
            for first in leading {
                Self.permutations(of: ids.filter { $0 != first }) { consider(.rank([first] + $0)) }
            }
        case .rate:
            guard decision.next == next else { break }
            // Every combination of ratings, as an odometer over the scale.
            var digits = [Int](repeating: 0, count: ids.count)
            let base = scale.ratings.count
            repeat {
                consider(.rate(zip(ids, digits).map { RatedChoice($0, scale.ratings[$1].id) }))
                var position = 0
                while position < digits.count {
                    digits[position] += 1
                    if digits[position] < base { break }
                    digits[position] = 0
                    position += 1
                }
                if position == digits.count { break }
            } while true
        }
        guard let lowest, let highest else { return nil }
        return (lowest, highest)
    }

    /// The lowest and the highest credit a path can earn at a level: at every decision on it, the
    /// worst and the best response that leads on along it, each counted with the decision's weight.
    ///
    /// An attempt's percentage is a weighted mean of independent decisions, so its lowest and
    /// highest along a path are the means of each decision's lowest and highest.
    public func range(along path: ScenarioPath, in scenario: Scenario, at level: LeadershipLevel) -> (lowest: Credit, highest: Credit) {
        var lowest = Credit.none, highest = Credit.none
        for (index, step) in path.steps.enumerated() {
            guard let decision = scenario.node(step.node)?.decision else { continue }
            let next = index + 1 < path.steps.count ? path.steps[index + 1].node : path.ending
            guard let extremes = extremes(at: decision, leadingTo: next, level: level) else { continue }
            lowest.add(extremes.lowest, weight: decision.weight)
            highest.add(extremes.highest, weight: decision.weight)
        }
        return (lowest, highest)
    }

    /// Calls `body` with every ordering of `items`.
    private static func permutations<T>(of items: [T], _ body: ([T]) -> Void) {
        var items = items
        func permute(_ k: Int) {
            if k >= items.count - 1 { body(items); return }
            for i in k..<items.count {
                items.swapAt(k, i)
                permute(k + 1)
                items.swapAt(k, i)
            }
        }
        if items.isEmpty { body(items) } else { permute(0) }
    }
}
