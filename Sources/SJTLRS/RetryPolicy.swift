import Foundation

/// When to send a request again after a learning record store answered 429 (too many requests) or
/// 5xx (a server error), and how long to wait first: a bounded number of tries, the wait doubling
/// from ``firstDelay`` up to ``longestDelay``, or what the store's `Retry-After` asks, up to
/// ``longestRetryAfter``.
public struct RetryPolicy: Sendable, Equatable {
    /// Tries in all, the first included.
    public var tries: Int
    /// Seconds before the second try.
    public var firstDelay: Double
    /// The longest a doubled wait grows to, in seconds.
    public var longestDelay: Double
    /// The longest `Retry-After` sjt waits, in seconds; a store asking longer is not tried again.
    public var longestRetryAfter: Double

    public init(tries: Int = 5, firstDelay: Double = 0.5, longestDelay: Double = 8, longestRetryAfter: Double = 60) {
        self.tries = tries
        self.firstDelay = firstDelay
        self.longestDelay = longestDelay
        self.longestRetryAfter = longestRetryAfter
    }

    /// Whether an answer with this status is worth trying again: 429 and every 5xx.
    public static func isTransient(status: Int) -> Bool { status == 429 || (500...599).contains(status) }

    /// The seconds to wait before try `tries + 1`, after `tries` tries the last of which was
    /// answered with a transient status and `retryAfter` (the header, as sent); `nil` when there is
    /// to be no other try.
    ///
    /// `Retry-After` is seconds (`120`) or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`), taken
    /// from `now`; one that cannot be read is ignored, and the doubling wait used instead.
    public func delay(afterTries tries: Int, retryAfter: String?, now: Date = Date()) -> Double? {
        guard tries < self.tries else { return nil }
        if let asked = retryAfter.flatMap({ Self.seconds(retryAfter: $0, now: now) }) {
            return asked <= longestRetryAfter ? asked : nil
        }
        var delay = firstDelay
        for _ in 1..<max(tries, 1) { delay *= 2 }
        return min(delay, longestDelay)
    }

    /// The seconds a `Retry-After` value asks for, never below 0; `nil` when it is neither form.
    static func seconds(retryAfter text: String, now: Date) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed) { return Double(max(seconds, 0)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: trimmed).map { max($0.timeIntervalSince(now), 0) }
    }
}
