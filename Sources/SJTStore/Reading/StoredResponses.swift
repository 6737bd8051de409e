/// Every learner, attempt and response in a store, read in one transaction, with the responses
/// that cannot be exported because their row, their attempt's or their learner's holds a value sjt
/// did not write. One such row costs the responses that depend on it, never the rest of the store.
public struct StoredResponses: Sendable {
    /// Readable learners, by id.
    public var learners: [String: LearnerRecord]
    /// Readable attempts, oldest first, whatever their status.
    public var attempts: [AttemptRecord]
    /// Readable responses of readable attempts, by attempt id, in step order.
    public var responses: [Int64: [ResponseRecord]]
    /// Responses that cannot be exported, in the store's order, each with the row that stops it.
    public var unreadable: [UnreadableResponse]
}

/// A response the store holds but sjt cannot export, and why.
public struct UnreadableResponse: Sendable, Equatable {
    /// The response's attempt, when that much of the row can be read: so that a reader can still
    /// tell which attempt (and whose) it belongs to, and leave out a superseded one.
    public var attemptID: Int64?
    /// The row that cannot be read: the response's own, its attempt's or its learner's.
    public var row: UnreadableRow
}
