/// A kind of ending, such as a positive or a negative outcome for the child and the team.
public struct Outcome: Sendable, Equatable, Identifiable, Codable {
    public var id: OutcomeID
    public var name: String
    /// The highest band an attempt ending here can reach, whatever its percentage (`highest-band:`
    /// in the catalogue); `nil` for no cap. A learner whose choices led the story to harm has not
    /// met expectations, however many points other decisions earned (docs/scoring.md).
    public var highestBand: BandID?

    public init(id: OutcomeID, name: String, highestBand: BandID? = nil) {
        self.id = id
        self.name = name
        self.highestBand = highestBand
    }
}
