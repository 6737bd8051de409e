import Foundation

/// One answered decision, as it is saved and exported: what was shown, what was answered, and why.
public struct RecordedResponse: Sendable, Equatable, Codable {
    /// 1-based position in the attempt.
    public var step: Int
    public var node: NodeID
    public var response: Response
    /// The options in the order the learner saw them, so position effects can be analysed.
    public var shownOrder: [ChoiceID]
    /// The learner's one-line reason, when asked for.
    public var rationale: String?
    /// When the learner answered.
    public var answeredAt: Date?

    public init(
        step: Int, node: NodeID, response: Response, shownOrder: [ChoiceID], rationale: String? = nil,
        answeredAt: Date? = nil
    ) {
        self.step = step
        self.node = node
        self.response = response
        self.shownOrder = shownOrder
        self.rationale = rationale
        self.answeredAt = answeredAt
    }
}
