/// Scenarios encode as their content (the node index is rebuilt on decoding), so a validated bank
/// can be compiled once, at build time, and read back at start-up (`BankArchive`).
extension Scenario: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, title, version, summary, principles, elements, capabilities, levels, start, asksForRationale, seat, nodes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(ScenarioID.self, forKey: .id), title: try container.decode(String.self, forKey: .title),
            version: try container.decode(Int.self, forKey: .version), summary: try container.decode(String.self, forKey: .summary),
            principles: try container.decode([PrincipleID].self, forKey: .principles),
            elements: try container.decode([ElementID].self, forKey: .elements),
            capabilities: try container.decode([CapabilityID].self, forKey: .capabilities),
            levels: try container.decode([LeadershipLevel].self, forKey: .levels),
            start: try container.decode(NodeID.self, forKey: .start),
            asksForRationale: try container.decode(Bool.self, forKey: .asksForRationale),
            seat: try container.decode(PerLevel<String>.self, forKey: .seat),
            nodes: try container.decode([ScenarioNode].self, forKey: .nodes))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(version, forKey: .version)
        try container.encode(summary, forKey: .summary)
        try container.encode(principles, forKey: .principles)
        try container.encode(elements, forKey: .elements)
        try container.encode(capabilities, forKey: .capabilities)
        try container.encode(levels, forKey: .levels)
        try container.encode(start, forKey: .start)
        try container.encode(asksForRationale, forKey: .asksForRationale)
        try container.encode(seat, forKey: .seat)
        try container.encode(nodes, forKey: .nodes)
    }
}
