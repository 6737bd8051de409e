/// A decision where the learner earned less than the maximum, with what the key expected.
public struct Shortfall: Sendable, Equatable {
    public var step: Int
    public var node: NodeID
    /// The options keyed best at the learner's level, with their feedback there.
    public var expected: [ChoiceFeedback]
    /// The options keyed best at the level above, with their feedback there; empty for strategic
    /// leaders and where the scenario is not written for the level above.
    public var expectedAbove: [ChoiceFeedback]
}
