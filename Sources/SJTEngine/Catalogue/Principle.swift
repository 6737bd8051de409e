/// A principle of the leadership pledge, such as "risk sensible, not risk averse".
public struct Principle: Sendable, Equatable, Identifiable, Codable {
    public var id: PrincipleID
    public var name: String
    /// One paragraph from the pledges.
    public var summary: String
    /// The pledge's own words, shown to a learner who fell short on this principle.
    public var pledge: String

    public init(id: PrincipleID, name: String, summary: String, pledge: String) {
        self.id = id
        self.name = name
        self.summary = summary
        self.pledge = pledge
    }
}
