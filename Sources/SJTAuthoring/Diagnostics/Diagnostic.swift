/// A problem in an authored file, for the scenario author: where it is, what is wrong, what to do.
///
/// Each diagnostic has a stable `code` (`unknown-node`, `trap`, …) that docs/scenario-format.md lists
/// and tests refer to. Messages never depend on the order files were read in.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, Comparable {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        public static func < (lhs: Self, rhs: Self) -> Bool {
            let order: [Severity] = [.error, .warning, .note]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// A second location or a hint that belongs to a diagnostic ("first defined here", "did you mean …").
    public struct Note: Sendable, Equatable, Hashable {
        public var location: FileLocation?
        public var message: String

        public init(_ message: String, at location: FileLocation? = nil) {
            self.location = location
            self.message = message
        }
    }

    public var severity: Severity
    public var code: Code
    public var message: String
    public var location: FileLocation
    public var notes: [Note]

    public init(_ severity: Severity, _ code: Code, _ message: String, at location: FileLocation, notes: [Note] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ code: Code, _ message: String, at location: FileLocation, notes: [Note] = []) -> Self {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    public static func warning(_ code: Code, _ message: String, at location: FileLocation, notes: [Note] = []) -> Self {
        Diagnostic(.warning, code, message, at: location, notes: notes)
    }

    /// Sorted by file, line, column, then severity and message, so output is stable.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return (lhs.code, lhs.message) < (rhs.code, rhs.message)
    }
}

extension Diagnostic {
    /// A "did you mean …?" note for a misspelt name, by edit distance, or `nil` when nothing is close.
    static func suggestion(for name: String, among candidates: [String]) -> Note? {
        let limit = max(1, name.count / 3)
        let scored = candidates.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= limit }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        return Note("did you mean '\(best.0)'?")
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
