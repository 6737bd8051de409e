/// An option of a decision node as the author wrote it: its text, where it leads, and how it is keyed.
///
/// Not to be confused with ``OfferedChoice``, which is the same option as shown in one session, with
/// its display position.
public struct Choice: Sendable, Equatable, Identifiable, Codable {
    public var id: ChoiceID
    /// The option's text at each level the scenario covers (already resolved from `default`), so
    /// one decision can offer a caseworker's and a director's version of the same course of action.
    public var text: PerLevel<String>
    /// The node this option leads to; `nil` on a rate node, whose node has one `next` of its own.
    public var next: NodeID?
    public var upholds: [PrincipleID]
    public var breaches: [PrincipleID]
    /// Feedback text per level (already resolved from the author's `default`).
    public var feedback: PerLevel<String>
    /// The expert rating at each level the scenario covers.
    public var key: PerLevel<RatingID>

    /// An option whose text reads the same at every level.
    public init(
        id: ChoiceID, text: String, next: NodeID?, upholds: [PrincipleID] = [], breaches: [PrincipleID] = [],
        feedback: PerLevel<String>, key: PerLevel<RatingID>
    ) {
        self.init(id: id, text: PerLevel(all: text), next: next, upholds: upholds, breaches: breaches, feedback: feedback, key: key)
    }

    public init(
        id: ChoiceID, text: PerLevel<String>, next: NodeID?, upholds: [PrincipleID] = [], breaches: [PrincipleID] = [],
        feedback: PerLevel<String>, key: PerLevel<RatingID>
    ) {
        self.id = id
        self.text = text
        self.next = next
        self.upholds = upholds
        self.breaches = breaches
        self.feedback = feedback
        self.key = key
    }
}
