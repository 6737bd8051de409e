extension Scorer {
    /// The highest-scoring response at a decision among those that lead to `next`: what a learner who
    /// knows the key would answer if they wanted to go that way.
    ///
    /// Used to show authors what each path can earn and to walk every path in tests; it scores
    /// through ``score(_:for:at:)``, so there is still one set of rules.
    ///
    /// - Returns: `nil` when no option of the decision leads to `next`.
    public func bestResponse(at decision: Decision, leadingTo next: NodeID, level: LeadershipLevel) -> Response? {
        func step(_ choice: Choice) -> Int { choice.key[level].flatMap { scale.step($0) } ?? 0 }
        // Best first; ties keep written order, so the result is deterministic.
        let byKey = decision.choices.enumerated().sorted { (step($0.element), -$0.offset) > (step($1.element), -$1.offset) }.map(\.element)
        return decision.format.visit(Best(byKey: byKey, decision: decision, next: next, level: level))
    }

    /// The answer the key itself gives at a level: the best option, the best and worst, the key's
    /// order, or the key's ratings. Ties keep written order.
    public func keyedResponse(at decision: Decision, level: LeadershipLevel) -> Response {
        let byKey = KeyTable(decision, at: level, scale: scale)
        let order = decision.choices.indices.sorted { (byKey.step($0), -$0) > (byKey.step($1), -$1) }.map { decision.choices[$0].id }
        return decision.format.visit(Keyed(order: order, decision: decision, level: level))
    }

    private struct Best: ResponseFormatVisitor {
        typealias Result = Response?
        let byKey: [Choice]
        let decision: Decision
        let next: NodeID
        let level: LeadershipLevel

        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type) -> Response? {
            rules.bestAnswer(byKey: byKey, decision: decision, leadingTo: next, level: level).map(rules.response)
        }
    }

    private struct Keyed: ResponseFormatVisitor {
        typealias Result = Response
        let order: [ChoiceID]
        let decision: Decision
        let level: LeadershipLevel

        func visit<Rules: ResponseFormatRules>(_ rules: Rules.Type) -> Response {
            rules.response(rules.keyedAnswer(order: order, decision: decision, level: level))
        }
    }
}
