/// A node encodes as its id and one of `decision` or `ending`, whichever it is.
extension ScenarioNode: Codable {
    private enum CodingKeys: String, CodingKey { case id, decision, ending }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(NodeID.self, forKey: .id)
        if let ending = try container.decodeIfPresent(Ending.self, forKey: .ending) {
            self.init(id: id, content: .ending(ending))
        } else {
            self.init(id: id, content: .decision(try container.decode(Decision.self, forKey: .decision)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        switch content {
        case .decision(let decision): try container.encode(decision, forKey: .decision)
        case .ending(let ending): try container.encode(ending, forKey: .ending)
        }
    }
}
