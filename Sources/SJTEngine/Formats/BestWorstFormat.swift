/// `best-worst`: pick the most and the least effective option; the story follows the best pick.
/// Each half earns the scale's span less how many steps the pick is from the node's best (or worst)
/// rating.
package enum BestWorstFormat: ResponseFormatRules {
    package struct Answer: Sendable, Hashable {
        package var best: ChoiceID
        package var worst: ChoiceID
    }

    package static var format: ResponseFormat { .bestWorst }
    package static func response(_ answer: Answer) -> Response { .bestWorst(best: answer.best, worst: answer.worst) }

    package static var textExample: String { "'best=b;worst=d'" }

    /// Reads `best=b;worst=d`, either way round, each named once.
    ///
    /// - Complexity: O(*n*) in the text's length.
    package static func read(_ trimmed: String, scale: RatingScale) -> Answer? {
        var best: ChoiceID?, worst: ChoiceID?
        for part in trimmed.split(separator: ";", omittingEmptySubsequences: true) {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard pair.count == 2, !pair[1].isEmpty else { return nil }
            switch pair[0].lowercased() {
            case "best" where best == nil: best = ChoiceID(pair[1])
            case "worst" where worst == nil: worst = ChoiceID(pair[1])
            default: return nil
            }
        }
        guard let best, let worst else { return nil }
        return Answer(best: best, worst: worst)
    }

    package static func text(_ answer: Answer) -> String { "best=\(answer.best);worst=\(answer.worst)" }

    package static func validate(_ answer: Answer, for decision: Decision, node: NodeID, scale: RatingScale) throws(SessionError) {
        try decision.check(answer.best, node: node)
        try decision.check(answer.worst, node: node)
        guard answer.best != answer.worst else { throw .sameBestAndWorst(answer.best) }
    }

    package static func inWrittenOrder(_ answer: Answer, for decision: Decision) -> Answer { answer }

    package static var route: StoryRoute { .leadingOption }
    package static func leadingChoice(_ answer: Answer) -> ChoiceID? { answer.best }
    package static func choicesPickedOut(_ answer: Answer) -> [ChoiceID] { [answer.best, answer.worst] }

    /// - Complexity: O(*n*) for the two options' indices.
    package static func score(_ answer: Answer, keyed: KeyTable, scale: RatingScale) -> DecisionScore {
        let bestIndex = keyed.index(answer.best)
        let bestPoints = scale.span - (keyed.topStep - keyed.step(bestIndex))
        let worstPoints = scale.span - (keyed.step(keyed.index(answer.worst)) - keyed.bottomStep)
        return DecisionScore(points: bestPoints + worstPoints, maximum: 2 * scale.span, rating: keyed.rating(bestIndex))
    }

    package static func keyedAnswer(order: [ChoiceID], decision: Decision, level: LeadershipLevel) -> Answer {
        Answer(best: order[0], worst: order[order.count - 1])
    }

    package static func bestAnswer(byKey: [Choice], decision: Decision, leadingTo next: NodeID, level: LeadershipLevel) -> Answer? {
        guard let lead = byKey.first(where: { $0.next == next }),
            let worst = byKey.reversed().first(where: { $0.id != lead.id })
        else { return nil }
        return Answer(best: lead.id, worst: worst.id)
    }

    /// Each leading best with every other option as worst: O(*n*²).
    package static func forEachAnswer(
        at decision: Decision, leading: [ChoiceID], leadingTo next: NodeID, scale: RatingScale, _ body: (Answer) -> Void
    ) {
        for best in leading {
            for worst in decision.choiceIDs where worst != best { body(Answer(best: best, worst: worst)) }
        }
    }
}
