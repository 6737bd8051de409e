import SJTEngine

/// A scenario file as the author wrote it, every value with its location.
///
/// Values that were missing or of the wrong shape are `nil` (the reader has already reported them),
/// so validators check only what is there and never report the same problem twice.
public struct AuthoredScenario: Sendable, Equatable {
    public var file: String
    public var location: FileLocation
    public var format: Located<Int>?
    public var id: Located<String>?
    public var title: Located<String>?
    public var version: Located<Int>?
    public var summary: Located<String>?
    public var principles: [Located<String>] = []
    public var elements: [Located<String>] = []
    public var capabilities: [Located<String>] = []
    public var levels: [Located<String>] = []
    public var start: Located<String>?
    public var shuffle: Located<Bool>?
    public var rationale: Located<Bool>?
    /// Whose seat the learner is in: one line for every level, or per level.
    public var seat: AuthoredPerLevel?
    public var nodes: [AuthoredNode] = []

    /// The first node with this id.
    func node(_ id: String) -> AuthoredNode? { nodes.first { $0.id?.value == id } }

    /// The levels named in `levels:` that are real leadership levels.
    var coveredLevels: [LeadershipLevel] { levels.compactMap { LeadershipLevel(rawValue: $0.value) } }
}

/// A decision or ending node as written.
public struct AuthoredNode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case decision(AuthoredDecision)
        case ending(AuthoredEnding)
        /// Neither or both kinds' fields; already reported.
        case unknown
    }

    public var id: Located<String>?
    public var location: FileLocation
    public var kind: Kind

    public var decision: AuthoredDecision? {
        if case .decision(let decision) = kind { decision } else { nil }
    }

    /// Node ids this node leads to, each with where the reference is written.
    var references: [Located<String>] {
        guard let decision else { return [] }
        if decision.route == .nodeNext { return [decision.next].compactMap { $0 } }
        return decision.options.compactMap(\.next)
    }
}

public struct AuthoredDecision: Sendable, Equatable {
    /// Text for every level, or per level with `default` for the levels not named.
    public var situation: AuthoredPerLevel?
    public var prompt: AuthoredPerLevel?
    public var format: Located<String>?
    public var next: Located<String>?
    public var principles: [Located<String>] = []
    public var elements: [Located<String>] = []
    public var capabilities: [Located<String>] = []
    public var shuffle: Located<Bool>?
    /// How much the decision counts in an attempt's means; above 0 when valid (the reader reports
    /// any other value).
    public var weight: Located<Double>?
    public var options: [AuthoredOption] = []
    /// Where `options:` is written, for "too few options".
    public var optionsLocation: FileLocation?
}

public struct AuthoredEnding: Sendable, Equatable {
    public var outcome: Located<String>?
    public var debrief: Located<String>?
}

public struct AuthoredOption: Sendable, Equatable {
    public var id: Located<String>?
    public var location: FileLocation
    public var text: AuthoredPerLevel?
    public var next: Located<String>?
    public var upholds: [Located<String>] = []
    public var breaches: [Located<String>] = []
    public var feedback: AuthoredPerLevel?
    public var key: AuthoredPerLevel?

    /// How to name this option in a message.
    var name: String { id.map { "option '\($0.value)'" } ?? "an option" }
}

/// A value given once for every level, or per level (with `default` for texts).
public enum AuthoredPerLevel: Sendable, Equatable {
    case all(Located<String>)
    /// Pairs of (level id or `default`, value), in written order.
    case perLevel([Entry])

    public struct Entry: Sendable, Equatable {
        public var level: Located<String>
        public var value: Located<String>
    }
}

