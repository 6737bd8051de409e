import SJTEngine

/// A text a learner reads, where it is written, and what it belongs to: what the text checks
/// (quotations, references the shuffle breaks) run over.
struct AuditedText: Sendable, Equatable {
    enum Kind: String, Sendable {
        case situation, option, feedback, debrief
    }

    var kind: Kind
    var scenario: ScenarioID
    var node: String
    var option: String?
    var text: String
    var location: FileLocation

    /// Every situation, option text, feedback entry and debrief of a scenario, in file order.
    static func all(in scenario: AuthoredScenario, id: ScenarioID) -> [AuditedText] {
        var texts: [AuditedText] = []
        for node in scenario.nodes {
            let nodeID = node.id?.value ?? ""
            switch node.kind {
            case .decision(let decision):
                // Every text as written: once for all levels, or each level's own.
                func add(_ kind: Kind, _ written: AuthoredPerLevel?, option: String? = nil) {
                    switch written {
                    case .all(let text)?:
                        texts.append(AuditedText(kind: kind, scenario: id, node: nodeID, option: option, text: text.value, location: text.location))
                    case .perLevel(let entries)?:
                        texts += entries.map {
                            AuditedText(kind: kind, scenario: id, node: nodeID, option: option, text: $0.value.value, location: $0.value.location)
                        }
                    case nil: break
                    }
                }
                add(.situation, decision.situation)
                for option in decision.options {
                    add(.option, option.text, option: option.id?.value)
                    add(.feedback, option.feedback, option: option.id?.value)
                }
            case .ending(let ending):
                if let debrief = ending.debrief {
                    texts.append(AuditedText(kind: .debrief, scenario: id, node: nodeID, text: debrief.value, location: debrief.location))
                }
            case .unknown: break
            }
        }
        return texts
    }

    /// How a message names it: "option 'b' of node 'decide'", "the debrief of 'good-end'".
    var name: String {
        switch kind {
        case .situation: "the situation of node '\(node)'"
        case .option: "option '\(option ?? "")' of node '\(node)'"
        case .feedback: "the feedback on option '\(option ?? "")' of node '\(node)'"
        case .debrief: "the debrief of '\(node)'"
        }
    }
}
