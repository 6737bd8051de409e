/// Where a path ends: what happened next, and what it teaches.
public struct Ending: Sendable, Equatable, Codable {
    public var outcome: OutcomeID
    public var debrief: String

    public init(outcome: OutcomeID, debrief: String) {
        self.outcome = outcome
        self.debrief = debrief
    }
}
