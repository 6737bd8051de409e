/// A catalogue encodes as its vocabulary; the orders kept for sorting results are worked out again
/// by the initialiser on decoding.
extension Catalogue: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, version, title, principles, levels, dimensions, capabilities, scale, outcomes, bands, sources, auditThresholds
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id), version: try container.decode(Int.self, forKey: .version),
            title: try container.decode(String.self, forKey: .title),
            principles: try container.decode([Principle].self, forKey: .principles),
            levels: try container.decode([LevelDescription].self, forKey: .levels),
            dimensions: try container.decode([FrameworkDimension].self, forKey: .dimensions),
            scale: try container.decode(RatingScale.self, forKey: .scale),
            outcomes: try container.decode([Outcome].self, forKey: .outcomes), bands: try container.decode([Band].self, forKey: .bands),
            capabilities: try container.decode([Capability].self, forKey: .capabilities))
        sources = try container.decode([SourceText].self, forKey: .sources)
        auditThresholds = try container.decode(AuditThresholds.self, forKey: .auditThresholds)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(version, forKey: .version)
        try container.encode(title, forKey: .title)
        try container.encode(principles, forKey: .principles)
        try container.encode(levels, forKey: .levels)
        try container.encode(dimensions, forKey: .dimensions)
        try container.encode(capabilities, forKey: .capabilities)
        try container.encode(scale, forKey: .scale)
        try container.encode(outcomes, forKey: .outcomes)
        try container.encode(bands, forKey: .bands)
        try container.encode(sources, forKey: .sources)
        try container.encode(auditThresholds, forKey: .auditThresholds)
    }
}
