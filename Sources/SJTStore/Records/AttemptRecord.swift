import Foundation
import GRDB
import SJTEngine

/// A row of `attempt`: one play of one scenario by one learner, with the saved session state and,
/// once complete, its result.
public struct AttemptRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "attempt"

    public enum Status: String, Codable, Sendable {
        case inProgress = "in-progress"
        case complete
        /// Started on a version of the scenario that has since changed: kept as it was, never rescored.
        case superseded
    }

    public var id: Int64?
    public var learnerId: String
    public var cohort: String?
    public var scenarioId: String
    public var scenarioVersion: Int
    public var scenarioHash: String
    public var number: Int
    public var level: String
    public var mode: String
    public var status: Status
    /// `SessionState` JSON.
    public var state: String
    public var startedAt: Date
    public var updatedAt: Date
    public var finishedAt: Date?
    public var total: Int?
    public var maximum: Int?
    public var percentage: Double?
    public var band: String?
    public var ending: String?
    public var outcome: String?
    /// `[PrincipleScore]` JSON.
    public var principleScores: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension AttemptRecord {
    /// Read column by column: a value sjt did not write is reported by row and column (see
    /// ``UnreadableRow``), never with the row's text.
    public init(row: Row) throws {
        let stored = StoredRow(row, table: Self.databaseTableName)
        id = try stored.decode("id")
        learnerId = try stored.decode("learnerId")
        cohort = try stored.decodeIfPresent("cohort")
        scenarioId = try stored.decode("scenarioId")
        scenarioVersion = try stored.decode("scenarioVersion")
        scenarioHash = try stored.decode("scenarioHash")
        number = try stored.decode("number")
        level = try stored.decode("level")
        mode = try stored.decode("mode")
        status = try stored.decode("status")
        state = try stored.decode("state")
        startedAt = try stored.decode("startedAt")
        updatedAt = try stored.decode("updatedAt")
        finishedAt = try stored.decodeIfPresent("finishedAt")
        total = try stored.decodeIfPresent("total")
        maximum = try stored.decodeIfPresent("maximum")
        percentage = try stored.decodeIfPresent("percentage")
        band = try stored.decodeIfPresent("band")
        ending = try stored.decodeIfPresent("ending")
        outcome = try stored.decodeIfPresent("outcome")
        principleScores = try stored.decodeIfPresent("principleScores")
    }
}

extension AttemptRecord.Status: DatabaseValueConvertible, StoredValue {
    static var expected: UnreadableRow.Expected { .status }
}

/// One principle's score in an attempt, as kept for progress over time.
public struct PrincipleScore: Codable, Sendable, Equatable {
    public var principle: String
    public var points: Int
    public var maximum: Int
    public var percentage: Double?

    public init(principle: String, points: Int, maximum: Int, percentage: Double?) {
        self.principle = principle
        self.points = points
        self.maximum = maximum
        self.percentage = percentage
    }
}

extension AttemptRecord {
    /// The attempt's percentage per principle, from its saved principle scores, decoded as the store
    /// encodes them (`JSONEncoder.store`). Scores that cannot be decoded count as none, as an unfinished
    /// attempt's do: progress is then shown without them rather than not at all.
    public var principlePercentages: [PrincipleID: Double] {
        let scores = (try? JSONDecoder.store.decode([PrincipleScore].self, from: Data((principleScores ?? "[]").utf8))) ?? []
        var percentages: [PrincipleID: Double] = [:]
        for score in scores { if let percentage = score.percentage { percentages[PrincipleID(score.principle)] = percentage } }
        return percentages
    }
}
