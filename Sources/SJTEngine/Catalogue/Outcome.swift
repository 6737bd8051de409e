/// A kind of ending, such as a positive or a negative outcome for the child and the team.
public struct Outcome: Sendable, Equatable, Identifiable {
    public var id: OutcomeID
    public var name: String

    public init(id: OutcomeID, name: String) {
        self.id = id
        self.name = name
    }
}
