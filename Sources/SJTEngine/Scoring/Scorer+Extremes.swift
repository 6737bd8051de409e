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
        forEachResponse(at: decision, leadingTo: next, consider)
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

    /// Calls `body` with every valid response at a decision that sends the story to `next`: each
    /// format's ``ResponseFormatRules/forEachAnswer(at:leading:leadingTo:scale:_:)``.
    ///
    /// - Complexity: as ``extremes(at:leadingTo:level:)``.
    package func forEachResponse(at decision: Decision, leadingTo next: NodeID, _ body: (Response) -> Void) {
        let leading = decision.choices.filter { $0.next == next }.map(\.id)
        withoutActuallyEscaping(body) { body in
            decision.format.visit(Answers(decision: decision, leading: leading, next: next, scale: scale, body: body))
        }
    }

    private struct Answers: ResponseFormatVisitor {
        typealias Result = Void
        let decision: Decision
        let leading: [ChoiceID]
        let next: NodeID
        let scale: RatingScale
        let body: (Response) -> Void

        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type) {
            rules.forEachAnswer(at: decision, leading: leading, leadingTo: next, scale: scale) { body(rules.response($0)) }
        }
    }
}
