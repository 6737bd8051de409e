import Foundation
import GRDB

/// A row of `learner`: someone who practises, with what the tool remembers about them.
public struct LearnerRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "learner"

    /// The id the learner plays under (`--learner`); pseudonymous where the trainer wishes.
    public var id: String
    /// A display name, when given; exported as learner_name.
    public var name: String?
    /// The remembered leadership level (a `LeadershipLevel` raw value).
    public var level: String?
    public var cohort: String?
    public var createdAt: Date

    public init(id: String, name: String? = nil, level: String? = nil, cohort: String? = nil, createdAt: Date) {
        self.id = id
        self.name = name
        self.level = level
        self.cohort = cohort
        self.createdAt = createdAt
    }
}
