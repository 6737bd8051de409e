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
        switch decision.format {
        case .rate:
            guard decision.next == next else { return nil }
            return .rate(decision.choices.compactMap { choice in choice.key[level].map { RatedChoice(choice.id, $0) } })
        case .single:
            return byKey.first { $0.next == next }.map { .single($0.id) }
        case .bestWorst:
            guard let lead = byKey.first(where: { $0.next == next }),
                let worst = byKey.reversed().first(where: { $0.id != lead.id })
            else { return nil }
            return .bestWorst(best: lead.id, worst: worst.id)
        case .rank:
            guard let lead = byKey.first(where: { $0.next == next }) else { return nil }
            return .rank([lead.id] + byKey.filter { $0.id != lead.id }.map(\.id))
        }
    }

    /// The answer the key itself gives at a level: the best option, the best and worst, the key's
    /// order, or the key's ratings. Ties keep written order.
    public func keyedResponse(at decision: Decision, level: LeadershipLevel) -> Response {
        let byKey = KeyTable(decision, at: level, scale: scale)
        let order = decision.choices.indices.sorted { (byKey.step($0), -$0) > (byKey.step($1), -$1) }.map { decision.choices[$0].id }
        switch decision.format {
        case .single: return .single(order[0])
        case .bestWorst: return .bestWorst(best: order[0], worst: order[order.count - 1])
        case .rank: return .rank(order)
        case .rate:
            return .rate(decision.choices.map { RatedChoice($0.id, $0.key[level]!) })
        }
    }
}
