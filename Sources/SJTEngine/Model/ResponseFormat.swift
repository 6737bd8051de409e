/// How a learner answers a decision node. See docs/scoring.md for how each is scored.
public enum ResponseFormat: String, CaseIterable, Codable, Sendable, CustomStringConvertible {
    /// Pick one option; it decides where the story goes.
    case single
    /// Pick the most and the least effective option; the story follows the best pick.
    case bestWorst = "best-worst"
    /// Order every option from most to least effective; the story follows the first.
    case rank
    /// Rate every option on the catalogue's scale; the story goes to the node's own `next`.
    case rate

    public var description: String { rawValue }
}
