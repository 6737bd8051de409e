/// A table encodes as an object keyed by level id (`{"frontline-leader": …}`, levels without a
/// value left out), or as `{"all": …}` when every level has the same value: most texts read the
/// same at every level, and the built-in bank (`BankArchive`) should not carry each of them four
/// times.
extension PerLevel: Codable where Value: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        static var all: Key { Key(stringValue: "all") }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        if let value = try container.decodeIfPresent(Value.self, forKey: .all) {
            self.init(all: value)
            return
        }
        self.init()
        for level in LeadershipLevel.allCases {
            self[level] = try container.decodeIfPresent(Value.self, forKey: Key(stringValue: level.rawValue))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        if levels.count == LeadershipLevel.allCases.count, isUniform, let value = self[.frontLineWorker] {
            try container.encode(value, forKey: .all)
            return
        }
        for level in levels {
            try container.encode(self[level], forKey: Key(stringValue: level.rawValue))
        }
    }
}
