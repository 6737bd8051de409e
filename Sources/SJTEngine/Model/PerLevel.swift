/// One optional value per leadership level, stored inline.
///
/// Keys and feedback are looked up once per decision on the scoring path, so this is a fixed
/// four-slot value rather than a dictionary.
///
/// - Complexity: O(1) reads and writes.
public struct PerLevel<Value: Sendable & Equatable>: Sendable, Equatable {
    private var slots: [Value?]

    /// An empty table.
    public init() { slots = Array(repeating: nil, count: LeadershipLevel.allCases.count) }

    /// The same value at every level.
    public init(all value: Value) { slots = Array(repeating: value, count: LeadershipLevel.allCases.count) }

    /// A table from a dictionary; levels not named are empty.
    public init(_ values: [LeadershipLevel: Value]) {
        self.init()
        for (level, value) in values { self[level] = value }
    }

    public subscript(level: LeadershipLevel) -> Value? {
        get { slots[level.rank] }
        set { slots[level.rank] = newValue }
    }

    /// The levels that have a value, lowest first.
    public var levels: [LeadershipLevel] { LeadershipLevel.allCases.filter { slots[$0.rank] != nil } }

    /// True when every level that has a value has the same one.
    public var isUniform: Bool {
        let present = slots.compactMap { $0 }
        return present.allSatisfy { $0 == present.first }
    }
}
