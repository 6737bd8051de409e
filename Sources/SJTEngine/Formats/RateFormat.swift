/// `rate`: rate every option on the catalogue's scale; the story goes to the node's own `next`.
/// Each option earns the scale's span less how many steps the learner's rating is from the key's.
package enum RateFormat: ResponseFormatRules {
    /// A rating for every option.
    package typealias Answer = [RatedChoice]

    package static var format: ResponseFormat { .rate }
    package static func response(_ answer: [RatedChoice]) -> Response { .rate(answer) }

    package static var textExample: String { "a rating per option, e.g. 'a=meets;b=below'" }

    /// Reads `a=meets;b=below`; a rating given as points (`a=2`) is resolved on the scale.
    package static func read(_ trimmed: String, scale: RatingScale) -> [RatedChoice]? {
        var ratings: [RatedChoice] = []
        for part in trimmed.split(separator: ";", omittingEmptySubsequences: true) {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else { return nil }
            // An unknown rating name stays as written; the session reports it with the option it belongs to.
            let rating = scale.rating(named: pair[1])?.id ?? RatingID(pair[1])
            ratings.append(RatedChoice(ChoiceID(pair[0]), rating))
        }
        return ratings.isEmpty ? nil : ratings
    }

    package static func text(_ answer: [RatedChoice]) -> String {
        answer.map { "\($0.choice)=\($0.rating)" }.joined(separator: ";")
    }

    package static func validate(_ answer: [RatedChoice], for decision: Decision, node: NodeID, scale: RatingScale) throws(SessionError) {
        try decision.checkComplete(answer.map(\.choice), node: node)
        for rated in answer where scale.step(rated.rating) == nil {
            throw .unknownRating(rated.rating, choice: rated.choice)
        }
    }

    /// Ratings in the options' written order, whatever order they were given in; the answer itself,
    /// uncopied, when it is already so.
    package static func inWrittenOrder(_ answer: [RatedChoice], for decision: Decision) -> [RatedChoice] {
        guard !answer.elementsEqual(decision.choiceIDs, by: { $0.choice == $1 }) else { return answer }
        return decision.choiceIDs.compactMap { id in answer.first { $0.choice == id } }
    }

    package static var route: StoryRoute { .nodeNext }
    package static func leadingChoice(_ answer: [RatedChoice]) -> ChoiceID? { nil }
    package static func choicesPickedOut(_ answer: [RatedChoice]) -> [ChoiceID] { answer.map(\.choice) }

    /// - Complexity: O(*n*²) with *n* options, for their indices.
    package static func score(_ answer: [RatedChoice], keyed: KeyTable, scale: RatingScale) -> DecisionScore {
        var points = 0
        for rated in answer {
            let learner = scale.step(rated.rating) ?? 0
            points += scale.span - abs(learner - keyed.step(keyed.index(rated.choice)))
        }
        return DecisionScore(points: points, maximum: answer.count * scale.span, rating: nil)
    }

    package static func keyedAnswer(order: [ChoiceID], decision: Decision, level: LeadershipLevel) -> [RatedChoice] {
        decision.choices.map { RatedChoice($0.id, $0.key[level]!) }
    }

    package static func bestAnswer(
        byKey: [Choice], decision: Decision, leadingTo next: NodeID, level: LeadershipLevel
    ) -> [RatedChoice]? {
        guard decision.next == next else { return nil }
        return decision.choices.compactMap { choice in choice.key[level].map { RatedChoice(choice.id, $0) } }
    }

    /// Every combination of ratings, as an odometer over the scale: O(*r*ⁿ) with *r* ratings.
    package static func forEachAnswer(
        at decision: Decision, leading: [ChoiceID], leadingTo next: NodeID, scale: RatingScale, _ body: ([RatedChoice]) -> Void
    ) {
        guard decision.next == next else { return }
        let ids = decision.choiceIDs
        var digits = [Int](repeating: 0, count: ids.count)
        let base = scale.ratings.count
        repeat {
            body(zip(ids, digits).map { RatedChoice($0, scale.ratings[$1].id) })
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
}
