import SJTEngine

/// Turns an authored scenario that has passed validation into the engine's ``Scenario``.
enum ScenarioCompiler {
    /// - Precondition: the scenario has no error diagnostics; every required value is present.
    static func compile(_ authored: AuthoredScenario) -> Scenario? {
        guard let id = authored.id?.value, let start = authored.start?.value else { return nil }
        let levels = authored.coveredLevels
        let defaultShuffle = authored.shuffle?.value ?? true
        let nodes = authored.nodes.compactMap { node -> ScenarioNode? in
            guard let nodeID = node.id?.value else { return nil }
            switch node.kind {
            case .ending(let ending):
                return ScenarioNode(
                    id: NodeID(nodeID),
                    content: .ending(Ending(outcome: OutcomeID(ending.outcome?.value ?? ""), debrief: ending.debrief?.value ?? "")))
            case .decision(let decision):
                guard let format = decision.format.flatMap({ ResponseFormat(rawValue: $0.value) }) else { return nil }
                let choices = decision.options.map { option in
                    Choice(
                        id: ChoiceID(option.id?.value ?? ""), text: perLevel(option.text, levels: levels, fallback: "default"),
                        next: option.next.map { NodeID($0.value) },
                        upholds: option.upholds.map { PrincipleID($0.value) },
                        breaches: option.breaches.map { PrincipleID($0.value) },
                        feedback: perLevel(option.feedback, levels: levels, fallback: "default"),
                        key: perLevel(option.key, levels: levels, fallback: nil).map(RatingID.init))
                }
                return ScenarioNode(
                    id: NodeID(nodeID),
                    content: .decision(
                        Decision(
                            situation: perLevel(decision.situation, levels: levels, fallback: "default"),
                            prompt: perLevel(decision.prompt, levels: levels, fallback: "default"),
                            format: format, choices: choices, next: decision.next.map { NodeID($0.value) },
                            principles: decision.principles.map { PrincipleID($0.value) },
                            elements: decision.elements.map { ElementID($0.value) },
                            capabilities: decision.capabilities.map { CapabilityID($0.value) },
                            shuffle: decision.shuffle?.value ?? defaultShuffle,
                            // Files with errors are never compiled, so a weight here is above 0.
                            weight: decision.weight?.value ?? 1)))
            case .unknown:
                return nil
            }
        }
        return Scenario(
            id: ScenarioID(id), title: authored.title?.value ?? id, version: authored.version?.value ?? 1,
            summary: authored.summary?.value ?? "", principles: authored.principles.map { PrincipleID($0.value) },
            elements: authored.elements.map { ElementID($0.value) },
            capabilities: authored.capabilities.map { CapabilityID($0.value) }, levels: levels, start: NodeID(start),
            asksForRationale: authored.rationale?.value ?? false,
            seat: perLevel(authored.seat, levels: levels, fallback: "default"), nodes: nodes)
    }

    /// Resolves a once-for-all or per-level value for each covered level; `fallback` names the entry
    /// that stands for every level not named (`default` for feedback).
    private static func perLevel(_ value: AuthoredPerLevel?, levels: [LeadershipLevel], fallback: String?) -> PerLevel<String> {
        var table = PerLevel<String>()
        switch value {
        case .all(let text)?:
            for level in levels { table[level] = text.value }
        case .perLevel(let entries)?:
            let fallbackValue = entries.first { $0.level.value == fallback }?.value.value
            for level in levels {
                table[level] = entries.first { $0.level.value == level.rawValue }?.value.value ?? fallbackValue
            }
        case nil:
            break
        }
        return table
    }
}

extension PerLevel where Value == String {
    func map<T>(_ transform: (String) -> T) -> PerLevel<T> {
        var result = PerLevel<T>()
        for level in levels { result[level] = self[level].map(transform) }
        return result
    }
}
