/// One node of a scenario's graph: a decision or an ending.
public struct ScenarioNode: Sendable, Equatable, Identifiable {
    public enum Content: Sendable, Equatable {
        case decision(Decision)
        case ending(Ending)
    }

    public var id: NodeID
    public var content: Content

    public init(id: NodeID, content: Content) {
        self.id = id
        self.content = content
    }

    public var decision: Decision? {
        if case .decision(let decision) = content { decision } else { nil }
    }

    public var ending: Ending? {
        if case .ending(let ending) = content { ending } else { nil }
    }

    /// Every node this one can lead to, in option order, each once.
    public var successors: [NodeID] {
        guard let decision else { return [] }
        var seen = Set<NodeID>()
        let targets =
            switch decision.format.route {
            case .nodeNext: [decision.next].compactMap { $0 }
            case .leadingOption: decision.choices.compactMap(\.next)
            }
        return targets.filter { seen.insert($0).inserted }
    }
}
