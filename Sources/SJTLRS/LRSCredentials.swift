import Foundation

/// The user and password sjt gives a learning record store (HTTP basic authentication).
///
/// The password is never written anywhere sjt prints: ``description`` shows the user alone.
public struct LRSCredentials: Sendable, Equatable, CustomStringConvertible {
    public let user: String
    public let password: String

    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    /// Reads `user:password` from a credentials file's text: the first line, the password being
    /// everything after the first `:` (so it may hold colons), a line break at the end not counted.
    ///
    /// - Returns: `nil` when the text has no `:` or the user before it is empty.
    public init?(fileText text: String) {
        let line = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else { return nil }
        self.init(user: String(line[..<colon]), password: String(line[line.index(after: colon)...]))
    }

    /// `Basic …`, the `Authorization` header's value.
    var authorization: String { "Basic " + Data("\(user):\(password)".utf8).base64EncodedString() }

    public var description: String { "user \(user)" }
}
