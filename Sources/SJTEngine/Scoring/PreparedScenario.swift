/// A scenario made ready to be played and scored against a catalogue: every option's key turned into
/// steps and points per level, every `next` into a node position, every tag into a catalogue position.
///
/// Preparing does the look-ups once, so that scoring a cohort of millions of responses is arithmetic.
/// Prepare a scenario once and start every session from it; it is immutable and shared by reference
/// (one retain per session copy).
///
/// ```swift
/// let prepared = PreparedScenario(scenario, catalogue: catalogue)
/// for learner in cohort {
///     var session = try Session(prepared, level: learner.level, seed: learner.seed)
///     …
/// }
/// ```
///
/// - Complexity: O(nodes × options × levels) to prepare.
public final class PreparedScenario: Sendable {
    public let scenario: Scenario
    public let catalogue: Catalogue
    /// Copies of what every response needs, so the hot path copies no large struct.
    let scale: RatingScale
    let bands: [Band]
    let nodeIDs: [NodeID]
    /// Parallel to `scenario.nodes`, one array per concern, so reading one costs one retain:
    /// the decision at each node (`nil` for an ending);
    let decisions: [Decision?]
    /// per option, the position of the node it leads to (a rate node's `next` for every option);
    let next: [[Int]]
    /// steps and points, level by level: entry `level.rank × options + option`;
    let steps: [[Int]]
    let points: [[Int]]
    /// the principles, elements and capabilities it counts toward, as slots in catalogue order;
    let principleTags: TagSlots<PrincipleID>
    let elementTags: TagSlots<ElementID>
    let capabilityTags: TagSlots<CapabilityID>
    /// each decision's weight (0 for an ending);
    let weights: [Double]
    /// each ending's cap, its outcome's highest band (`nil` for a decision or an ending its outcome
    /// does not cap).
    let caps: [BandID?]
    let startIndex: Int

    /// - Precondition: the scenario is valid against the catalogue: every `next` names a node and
    ///   every option is keyed at every level the scenario covers (the authoring module checks this
    ///   before it builds a scenario).
    public init(_ scenario: Scenario, catalogue: Catalogue) {
        self.scenario = scenario
        self.catalogue = catalogue
        self.scale = catalogue.scale
        self.bands = catalogue.bands
        self.nodeIDs = scenario.nodes.map(\.id)
        guard let start = scenario.index(of: scenario.start) else {
            preconditionFailure("scenario '\(scenario.id)' has no start node '\(scenario.start)'")
        }
        self.startIndex = start

        // A decision counts toward its own tags, else its scenario's.
        let decisionsByNode = scenario.nodes.map(\.decision)
        principleTags = TagSlots(catalogueOrder: catalogue.principleOrder, tags: decisionsByNode.map { decision in
            decision.map { $0.taggedPrinciples.isEmpty ? scenario.principles : $0.taggedPrinciples }
        })
        elementTags = TagSlots(catalogueOrder: catalogue.elementOrder, tags: decisionsByNode.map { decision in
            decision.map { $0.elements.isEmpty ? scenario.elements : $0.elements }
        })
        capabilityTags = TagSlots(catalogueOrder: catalogue.capabilityOrder, tags: decisionsByNode.map { decision in
            decision.map { $0.capabilities.isEmpty ? scenario.capabilities : $0.capabilities }
        })

        let scale = catalogue.scale
        var next: [[Int]] = [], steps: [[Int]] = [], points: [[Int]] = []
        for node in scenario.nodes {
            guard let decision = node.decision else {
                (next, steps, points) = (next + [[]], steps + [[]], points + [[]])
                continue
            }
            next.append(decision.choices.map { choice -> Int in
                guard let id = choice.next ?? decision.next, let index = scenario.index(of: id) else {
                    preconditionFailure("option '\(choice.id)' of node '\(node.id)' leads to no node")
                }
                return index
            })
            var nodeSteps: [Int] = [], nodePoints: [Int] = []
            for level in LeadershipLevel.allCases {
                for choice in decision.choices {
                    // Levels the scenario does not cover are never played; -1 marks them unkeyed.
                    let step = scenario.covers(level) ? choice.key[level].flatMap { scale.step($0) } : nil
                    if scenario.covers(level) && step == nil {
                        preconditionFailure("option '\(choice.id)' of node '\(node.id)' is not keyed on the scale at \(level)")
                    }
                    nodeSteps.append(step ?? -1)
                    nodePoints.append(step.map { scale.ratings[$0].points } ?? -1)
                }
            }
            steps.append(nodeSteps)
            points.append(nodePoints)
        }
        self.decisions = decisionsByNode
        self.weights = scenario.nodes.map { $0.decision?.weight ?? 0 }
        self.caps = scenario.nodes.map { node in node.ending.flatMap { catalogue.outcome($0.outcome)?.highestBand } }
        self.next = next
        self.steps = steps
        self.points = points
    }

    /// The key table of the decision at a node position, at a level the scenario covers.
    func keyTable(node index: Int, level: LeadershipLevel) -> KeyTable {
        let decision = decisions[index]!
        let count = decision.choices.count
        let range = (level.rank * count)..<(level.rank * count + count)
        return KeyTable(decision, at: level, steps: steps[index][range], points: points[index][range])
    }
}
