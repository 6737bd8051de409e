import Foundation
import GRDB

/// A row of `learner`: someone who practises, with what the tool remembers about them.
public struct LearnerRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "learner"
    /// The `rowid` as well, so that a row that cannot be read can be named without its id's text.
    public static var databaseSelection: [any SQLSelectable] { [.allColumns, .rowID] }

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

    /// Read column by column: a value sjt did not write is reported by row and column (see
    /// ``UnreadableRow``), never with the row's text.
    public init(row: Row) throws {
        let stored = StoredRow(row, table: Self.databaseTableName, rowIDColumn: "rowid")
        id = try stored.decode("id")
        name = try stored.decodeIfPresent("name")
        level = try stored.decodeIfPresent("level")
        cohort = try stored.decodeIfPresent("cohort")
        createdAt = try stored.decode("createdAt")
    }
}
