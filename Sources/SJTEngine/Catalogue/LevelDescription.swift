/// What the framework says about one leadership level: who is at it and what leadership means there.
public struct LevelDescription: Sendable, Equatable, Codable {
    public var level: LeadershipLevel
    public var name: String
    public var description: String
    public var examples: [String]

    public init(level: LeadershipLevel, name: String, description: String, examples: [String]) {
        self.level = level
        self.name = name
        self.description = description
        self.examples = examples
    }
}
