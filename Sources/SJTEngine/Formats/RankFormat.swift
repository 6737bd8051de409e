/// `rank`: order every option from most to least effective; the story follows the first. Each
/// option earns `(n − 1) − d`, where `d` is how many places it is from its keyed place.
package enum RankFormat: ResponseFormatRules {
    /// Every option, most effective first.
    package typealias Answer = [ChoiceID]

    package static var format: ResponseFormat { .rank }
    package static func response(_ answer: [ChoiceID]) -> Response { .rank(answer) }

    package static var textExample: String { "every option in order, e.g. 'c>a>b>d'" }

    /// Reads `c>a>b>d`: at least two ids, none empty.
    package static func read(_ trimmed: String, scale: RatingScale) -> [ChoiceID]? {
        let ids = trimmed.split(separator: ">", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard ids.count >= 2, !ids.contains(where: \.isEmpty) else { return nil }
        return ids.map(ChoiceID.init)
    }

    package static func text(_ answer: [ChoiceID]) -> String { answer.map(\.rawValue).joined(separator: ">") }

    package static func validate(_ answer: [ChoiceID], for decision: Decision, node: NodeID, scale: RatingScale) throws(SessionError) {
        try decision.checkComplete(answer, node: node)
    }

    package static func inWrittenOrder(_ answer: [ChoiceID], for decision: Decision) -> [ChoiceID] { answer }

    package static var route: StoryRoute { .leadingOption }
    package static func leadingChoice(_ answer: [ChoiceID]) -> ChoiceID? { answer.first }
    package static func choicesPickedOut(_ answer: [ChoiceID]) -> [ChoiceID] { answer }

    /// Options the key ties share their places, and any of them is exact.
    ///
    /// - Complexity: O(*n*²) with *n* options.
    package static func score(_ answer: [ChoiceID], keyed: KeyTable, scale: RatingScale) -> DecisionScore {
        let perOption = answer.count - 1
        var points = 0
        for (position, choice) in answer.enumerated() {
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
            points: points, maximum: answer.count * perOption, rating: answer.first.map { keyed.rating(keyed.index($0)) })
    }

    package static func keyedAnswer(order: [ChoiceID], decision: Decision, level: LeadershipLevel) -> [ChoiceID] { order }

    package static func bestAnswer(byKey: [Choice], decision: Decision, leadingTo next: NodeID, level: LeadershipLevel) -> [ChoiceID]? {
        guard let lead = byKey.first(where: { $0.next == next }) else { return nil }
        return [lead.id] + byKey.filter { $0.id != lead.id }.map(\.id)
    }

    /// Each leading first with every order of the rest: O(*n*!).
    package static func forEachAnswer(
        at decision: Decision, leading: [ChoiceID], leadingTo next: NodeID, scale: RatingScale, _ body: ([ChoiceID]) -> Void
    ) {
        for first in leading {
            permutations(of: decision.choiceIDs.filter { $0 != first }) { body([first] + $0) }
        }
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
