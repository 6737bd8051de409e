/// What one response earned, and where it leads.
public struct ResponseOutcome: Sendable, Equatable {
    public var recorded: RecordedResponse
    public var score: DecisionScore
    /// The node the story goes to next.
    public var next: NodeID
    /// True when `next` is an ending.
    public var reachedEnding: Bool
    let decision: Decision
    let level: LeadershipLevel

    /// Feedback for the options the response picked out, at the learner's level: the single pick;
    /// the best then the worst pick; every option in the learner's ranking order; every option rated.
    ///
    /// Made when asked for: a cohort replay scores millions of responses and shows none of it.
    public var feedback: [ChoiceFeedback] {
        recorded.response.choicesPickedOut.compactMap { id in
            guard let choice = decision.choice(id), let keyed = choice.key[level] else { return nil }
            return ChoiceFeedback(choice: id, text: choice.text[level] ?? "", feedback: choice.feedback[level] ?? "", keyed: keyed)
        }
    }
}

/// One option's feedback at the learner's level, with its key there.
public struct ChoiceFeedback: Sendable, Equatable {
    public var choice: ChoiceID
    public var text: String
    public var feedback: String
    /// The expert rating at the learner's level.
    public var keyed: RatingID

    public init(choice: ChoiceID, text: String, feedback: String, keyed: RatingID) {
        self.choice = choice
        self.text = text
        self.feedback = feedback
        self.keyed = keyed
    }
}
