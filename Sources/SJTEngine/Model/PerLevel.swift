/// One optional value per leadership level, stored inline.
///
/// Keys and feedback are read for every decision scored, so this is four stored slots, not an array
/// or a dictionary: reading a slot costs no hashing and no heap allocation.
///
/// - Complexity: O(1) reads and writes.
public struct PerLevel<Value: Sendable & Equatable>: Sendable, Equatable {
    private var frontLineWorker: Value?
    private var frontLineLeader: Value?
    private var operationalLeader: Value?
    private var strategicLeader: Value?

    /// An empty table.
    public init() {}

    /// The same value at every level.
    public init(all value: Value) {
        (frontLineWorker, frontLineLeader, operationalLeader, strategicLeader) = (value, value, value, value)
    }

    /// A table from a dictionary; levels not named are empty.
    public init(_ values: [LeadershipLevel: Value]) {
        for (level, value) in values { self[level] = value }
    }

    public subscript(level: LeadershipLevel) -> Value? {
        get {
            switch level {
            case .frontLineWorker: frontLineWorker
            case .frontLineLeader: frontLineLeader
            case .operationalLeader: operationalLeader
            case .strategicLeader: strategicLeader
            }
        }
        set {
            switch level {
            case .frontLineWorker: frontLineWorker = newValue
            case .frontLineLeader: frontLineLeader = newValue
            case .operationalLeader: operationalLeader = newValue
            case .strategicLeader: strategicLeader = newValue
            }
        }
    }

    /// The levels that have a value, lowest first.
    public var levels: [LeadershipLevel] { LeadershipLevel.allCases.filter { self[$0] != nil } }

    /// True when every level that has a value has the same one.
    public var isUniform: Bool {
        let present = LeadershipLevel.allCases.compactMap { self[$0] }
        return present.allSatisfy { $0 == present.first }
    }
}
