import Foundation

/// How sjt writes times: always UTC, in a fixed locale, so output and folder names are
/// the same on every machine.
public enum UTCTime {
    /// `2027-03-04`
    public static func day(_ date: Date) -> String { format(date, "yyyy-MM-dd") }

    /// `10:15 UTC`
    public static func clock(_ date: Date) -> String { format(date, "HH:mm 'UTC'") }

    /// `20270304T101500Z`, for folder names.
    public static func stamp(_ date: Date = Date()) -> String { format(date, "yyyyMMdd'T'HHmmss'Z'") }

    /// `2027-03-04T10:15:00Z`
    public static func iso8601(_ date: Date = Date()) -> String { format(date, "yyyy-MM-dd'T'HH:mm:ss'Z'") }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}
