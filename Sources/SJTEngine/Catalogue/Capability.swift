/// One of an organisation's leadership capabilities (the bundled catalogue has the six of a
/// council's leadership capabilities, such as "Building Resilience"): a third vocabulary beside the
/// pledge's principles and the framework's elements that decisions count toward.
public struct Capability: Sendable, Equatable, Identifiable, Codable {
    public var id: CapabilityID
    public var name: String
    /// What the capability asks of a leader, in the source's own words.
    public var summary: String

    public init(id: CapabilityID, name: String, summary: String) {
        self.id = id
        self.name = name
        self.summary = summary
    }
}
