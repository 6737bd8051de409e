import Foundation
import GRDB

/// A row of `response`: one answered decision, committed before the next node is shown.
public struct ResponseRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "response"

    public var id: Int64?
    public var attemptId: Int64
    public var step: Int
    public var nodeId: String
    /// The response in its text form (`b`, `best=b;worst=d`, `c>a>b>d`, `a=meets;…`).
    public var response: String
    /// Option ids in the order shown, separated by spaces.
    public var shownOrder: String
    /// The learner's one-line reason, when asked for.
    public var rationale: String?
    public var answeredAt: Date
    public var points: Int
    public var maximum: Int
    /// The rating at the learner's level of the option the response led with.
    public var rating: String?

    public init(
        attemptId: Int64, step: Int, nodeId: String, response: String, shownOrder: String, rationale: String?,
        answeredAt: Date, points: Int, maximum: Int, rating: String?
    ) {
        self.attemptId = attemptId
        self.step = step
        self.nodeId = nodeId
        self.response = response
        self.shownOrder = shownOrder
        self.rationale = rationale
        self.answeredAt = answeredAt
        self.points = points
        self.maximum = maximum
        self.rating = rating
    }

    /// Read column by column: a value sjt did not write is reported by row and column (see
    /// ``UnreadableRow``), never with the row's text.
    public init(row: Row) throws {
        let stored = StoredRow(row, table: Self.databaseTableName)
        id = try stored.decode("id")
        attemptId = try stored.decode("attemptId")
        step = try stored.decode("step")
        nodeId = try stored.decode("nodeId")
        response = try stored.decode("response")
        shownOrder = try stored.decode("shownOrder")
        rationale = try stored.decodeIfPresent("rationale")
        answeredAt = try stored.decode("answeredAt")
        points = try stored.decode("points")
        maximum = try stored.decode("maximum")
        rating = try stored.decodeIfPresent("rating")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
