/// What an upload did: statements sent, and how many of them the store had not held before.
public struct LRSUploadReport: Sendable, Equatable {
    public var sent: Int
    /// Statements the store stored now.
    public var stored: Int
    /// Statements it already held, with the same content (sent before): not stored twice.
    public var alreadyStored: Int
    public var batches: Int
}
