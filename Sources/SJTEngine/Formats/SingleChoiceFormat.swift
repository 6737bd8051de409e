/// `single`: pick one option; it decides where the story goes. Scored as the option's rating
/// points, out of the best points at the node.
package enum SingleChoiceFormat: ResponseFormatRules {
    package typealias Answer = ChoiceID

    package static var format: ResponseFormat { .single }
    package static func response(_ answer: ChoiceID) -> Response { .single(answer) }

    package static var textExample: String { "one option id, e.g. 'b'" }

    /// - Complexity: O(*n*) in the text's length.
    package static func read(_ trimmed: String, scale: RatingScale) -> ChoiceID? {
        // None of the other formats' separators (`;`, `,`, `>`, `=`), so a rank is never read as one id.
        guard !trimmed.utf8.contains(where: { $0 == 0x3B || $0 == 0x2C || $0 == 0x3E || $0 == 0x3D }) else { return nil }
        return ChoiceID(trimmed)
    }

    package static func text(_ answer: ChoiceID) -> String { answer.rawValue }

    package static func validate(_ answer: ChoiceID, for decision: Decision, node: NodeID, scale: RatingScale) throws(SessionError) {
        try decision.check(answer, node: node)
    }

    package static func inWrittenOrder(_ answer: ChoiceID, for decision: Decision) -> ChoiceID { answer }

    package static var route: StoryRoute { .leadingOption }
    package static func leadingChoice(_ answer: ChoiceID) -> ChoiceID? { answer }
    package static func choicesPickedOut(_ answer: ChoiceID) -> [ChoiceID] { [answer] }

    /// - Complexity: O(1) after the option's index, O(*n*).
    package static func score(_ answer: ChoiceID, keyed: KeyTable, scale: RatingScale) -> DecisionScore {
        let index = keyed.index(answer)
        return DecisionScore(points: keyed.points(index), maximum: keyed.maximumPoints, rating: keyed.rating(index))
    }

    package static func keyedAnswer(order: [ChoiceID], decision: Decision, level: LeadershipLevel) -> ChoiceID { order[0] }

    package static func bestAnswer(byKey: [Choice], decision: Decision, leadingTo next: NodeID, level: LeadershipLevel) -> ChoiceID? {
        byKey.first { $0.next == next }?.id
    }

    package static func forEachAnswer(
        at decision: Decision, leading: [ChoiceID], leadingTo next: NodeID, scale: RatingScale, _ body: (ChoiceID) -> Void
    ) {
        leading.forEach(body)
    }
}
