import Foundation

/// What a learning record store answered one request with, after any retries.
public struct HTTPAnswer: Sendable, Equatable {
    public var status: Int
    public var body: Data
    /// How many tries it took, the last included.
    public var tries: Int

    public init(status: Int, body: Data, tries: Int) {
        self.status = status
        self.body = body
        self.tries = tries
    }
}
