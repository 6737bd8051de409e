/// One statement as sjt writes it: what it is about, and its JSON.
public struct XAPIStatement: Sendable, Equatable {
    public let identity: StatementIdentity
    public let value: XAPIValue
    /// The learner's rationale the statement carries, if any: free text that may name people, so a
    /// message quoting a learning record store's answer about the statement leaves it out.
    public let rationale: String?

    public var id: String { identity.uuid }
    /// Compact JSON with sorted keys, on one line.
    public var json: String { value.json }
}
