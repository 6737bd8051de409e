/// A validated branching scenario: immutable content that sessions are played against.
///
/// Scenarios are built by the authoring module from YAML, after validation; a scenario with errors is
/// never constructed. The engine trusts the invariants validation guarantees: every `next` names a
/// node, every option is keyed at every level in `levels`.
public struct Scenario: Sendable, Equatable, Identifiable {
    public var id: ScenarioID
    public var title: String
    public var version: Int
    public var summary: String
    /// The principles it exercises, main principle first.
    public var principles: [PrincipleID]
    public var elements: [ElementID]
    /// The leadership capabilities its decisions count toward, where a node names none of its own.
    public var capabilities: [CapabilityID]
    public var levels: [LeadershipLevel]
    public var start: NodeID
    /// Whether the learner is asked for a one-line reason after each choice.
    public var asksForRationale: Bool
    /// Whose seat the learner is in, one line per level, shown at the start; empty when the
    /// scenario does not say.
    public var seat: PerLevel<String>
    public private(set) var nodes: [ScenarioNode]
    private var indexByID: [NodeID: Int]

    public init(
        id: ScenarioID, title: String, version: Int, summary: String = "", principles: [PrincipleID] = [],
        elements: [ElementID] = [], capabilities: [CapabilityID] = [], levels: [LeadershipLevel], start: NodeID, asksForRationale: Bool = false,
        seat: PerLevel<String> = PerLevel(), nodes: [ScenarioNode]
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.summary = summary
        self.principles = principles
        self.elements = elements
        self.capabilities = capabilities
        self.levels = levels
        self.start = start
        self.asksForRationale = asksForRationale
        self.seat = seat
        self.nodes = nodes
        self.indexByID = Dictionary(nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The node with this id.
    ///
    /// - Complexity: O(1).
    public func node(_ id: NodeID) -> ScenarioNode? { indexByID[id].map { nodes[$0] } }

    /// The position in `nodes` of the node with this id.
    ///
    /// - Complexity: O(1).
    public func index(of id: NodeID) -> Int? { indexByID[id] }

    /// The main principle: the first listed.
    public var mainPrinciple: PrincipleID? { principles.first }

    public func covers(_ level: LeadershipLevel) -> Bool { levels.contains(level) }
}
