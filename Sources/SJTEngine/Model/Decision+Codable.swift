/// A decision encodes as what the author wrote; what is worked out from it (the option ids, the
/// principles it counts toward) is worked out again by the initialiser on decoding.
extension Decision: Codable {
    private enum CodingKeys: String, CodingKey {
        case situation, prompt, format, choices, next, principles, elements, capabilities, shuffle, weight
    }

    public convenience init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            situation: try container.decode(PerLevel<String>.self, forKey: .situation),
            prompt: try container.decode(PerLevel<String>.self, forKey: .prompt),
            format: try container.decode(ResponseFormat.self, forKey: .format),
            choices: try container.decode([Choice].self, forKey: .choices),
            next: try container.decodeIfPresent(NodeID.self, forKey: .next),
            principles: try container.decode([PrincipleID].self, forKey: .principles),
            elements: try container.decode([ElementID].self, forKey: .elements),
            capabilities: try container.decode([CapabilityID].self, forKey: .capabilities),
            shuffle: try container.decode(Bool.self, forKey: .shuffle),
            weight: try container.decode(Double.self, forKey: .weight))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(situation, forKey: .situation)
        try container.encode(prompt, forKey: .prompt)
        try container.encode(format, forKey: .format)
        try container.encode(choices, forKey: .choices)
        try container.encodeIfPresent(next, forKey: .next)
        try container.encode(principles, forKey: .principles)
        try container.encode(elements, forKey: .elements)
        try container.encode(capabilities, forKey: .capabilities)
        try container.encode(shuffle, forKey: .shuffle)
        try container.encode(weight, forKey: .weight)
    }
}
