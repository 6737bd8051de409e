/// One answered decision in a result: the response, its score and what it counts toward.
public struct ScoredDecision: Sendable, Equatable {
    public var recorded: RecordedResponse
    public var format: ResponseFormat
    public var score: DecisionScore
    /// The principles this decision counts toward (see ``Decision/taggedPrinciples``).
    public var principles: [PrincipleID]
    /// The framework elements it counts toward: the node's own, else the scenario's.
    public var elements: [ElementID]
    /// The leadership capabilities it counts toward: the node's own, else the scenario's.
    public var capabilities: [CapabilityID] = []
}
