import SJTEngine

/// One step of a path: a response at a node, at a level, as the engine scored it.
///
/// Many attempts share a step, so it holds only what is the same for all of them. What one
/// attempt's row adds (its step number, the order its options were shown in, its time and
/// rationale) is in ``ScoredResponse``.
public struct ScoredStep: Sendable, Equatable {
    public let node: NodeID
    public let format: ResponseFormat
    public let response: Response
    public let score: DecisionScore
    /// The principles the decision counts toward (``Decision/taggedPrinciples``).
    public let principles: [PrincipleID]
    /// The framework elements it counts toward: the node's own, else the scenario's.
    public let elements: [ElementID]
    /// The leadership capabilities it counts toward: the node's own, else the scenario's.
    public let capabilities: [CapabilityID]

    init(_ decision: ScoredDecision) {
        node = decision.recorded.node
        format = decision.format
        response = decision.recorded.response
        score = decision.score
        principles = decision.principles
        elements = decision.elements
        capabilities = decision.capabilities
    }

    /// Where the response's leading choice was shown, counting from 1; `nil` for a format that
    /// leads with no choice, or when the shown order is not known.
    ///
    /// - Complexity: O(*n*) in the options shown.
    public func positionShown(in shownOrder: [ChoiceID]) -> Int? {
        response.leadingChoice.flatMap { shownOrder.firstIndex(of: $0) }.map { $0 + 1 }
    }
}
