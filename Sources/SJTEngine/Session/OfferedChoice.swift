/// An option as offered in one session: its id, its text and the position it is shown at.
public struct OfferedChoice: Sendable, Equatable {
    /// 1-based display position: the number a learner types.
    public var position: Int
    public var id: ChoiceID
    public var text: String

    public init(position: Int, id: ChoiceID, text: String) {
        self.position = position
        self.id = id
        self.text = text
    }
}

/// A decision as offered to the learner now: made fresh each time, never saved.
public struct OfferedDecision: Sendable, Equatable {
    public var node: NodeID
    /// 1-based number of this decision in the attempt.
    public var step: Int
    public var situation: String
    public var prompt: String
    public var format: ResponseFormat
    /// Options in presentation order.
    public var choices: [OfferedChoice]
    /// The scale a rate response uses, lowest first.
    public var ratings: [Rating]

    public init(
        node: NodeID, step: Int, situation: String, prompt: String, format: ResponseFormat,
        choices: [OfferedChoice], ratings: [Rating]
    ) {
        self.node = node
        self.step = step
        self.situation = situation
        self.prompt = prompt
        self.format = format
        self.choices = choices
        self.ratings = ratings
    }

    /// The option shown at a 1-based position.
    public func choice(at position: Int) -> OfferedChoice? {
        choices.indices.contains(position - 1) ? choices[position - 1] : nil
    }
}
