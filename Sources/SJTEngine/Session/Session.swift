import Foundation

/// A learner playing one scenario at one level: the verbs of the engine.
///
/// A session combines immutable content (a ``PreparedScenario``: the scenario and the catalogue it is
/// scored against) with the only thing that changes, its ``SessionState``. It is a value: copying it
/// forks the attempt, and a refused response leaves it exactly as it was.
///
/// ```swift
/// var session = try Session(scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: 7)
/// while case .decision(let offered) = session.presentation {
///     let outcome = try session.respond(.single(offered.choices[0].id))
///     print(outcome.feedback.first?.feedback ?? "")
/// }
/// let result = session.result
/// ```
///
/// ## Topics
/// - ``presentation``, ``respond(_:rationale:at:shownOrder:)``, ``result``, ``scoreCard``
/// - ``init(resuming:scenario:catalogue:)``, ``replay(_:scenario:catalogue:level:seed:)``
public struct Session: Sendable {
    public let prepared: PreparedScenario
    public private(set) var state: SessionState
    /// Each answered decision's node position and score, parallel to `state.history`: derived from
    /// the state (rebuilt on resume, never saved), kept so that a result does not score again.
    private(set) var answered: [(node: Int, score: DecisionScore)] = []
    /// The position of `state.currentNode` in `scenario.nodes`, derived like `answered`.
    private(set) var currentIndex: Int

    public var scenario: Scenario { prepared.scenario }
    public var catalogue: Catalogue { prepared.catalogue }
    public var level: LeadershipLevel { state.level }

    /// Starts a new attempt at the scenario's start node.
    ///
    /// - Throws: ``SessionError/levelNotCovered(_:scenario:covered:)`` when the scenario is not
    ///   written for `level`.
    public init(_ prepared: PreparedScenario, level: LeadershipLevel, seed: UInt64) throws(SessionError) {
        let scenario = prepared.scenario
        guard scenario.covers(level) else {
            throw .levelNotCovered(level, scenario: scenario.id, covered: scenario.levels)
        }
        self.prepared = prepared
        self.state = SessionState(
            scenario: scenario.id, scenarioVersion: scenario.version, level: level, seed: seed, start: scenario.start)
        self.currentIndex = prepared.startIndex
        // Most scenarios are a handful of decisions long: one allocation each instead of four.
        state.history.reserveCapacity(8)
        answered.reserveCapacity(8)
    }

    /// Starts a new attempt, preparing the scenario for this one session. To start many sessions on
    /// one scenario, prepare it once and use ``init(_:level:seed:)``.
    public init(scenario: Scenario, catalogue: Catalogue, level: LeadershipLevel, seed: UInt64) throws(SessionError) {
        try self.init(PreparedScenario(scenario, catalogue: catalogue), level: level, seed: seed)
    }

    /// Resumes a saved attempt exactly where it was left.
    ///
    /// - Throws: ``SessionError/stateMismatch(_:)`` when the state belongs to another scenario or
    ///   version, or names a node the scenario does not have; ``SessionError/unsupportedSaveVersion(_:)``
    ///   for a save this build cannot read.
    public init(resuming state: SessionState, _ prepared: PreparedScenario) throws(SessionError) {
        let scenario = prepared.scenario
        guard (SessionState.minimumLoadableSaveVersion...SessionState.currentSaveVersion).contains(state.saveVersion)
        else { throw .unsupportedSaveVersion(state.saveVersion) }
        guard state.scenario == scenario.id else {
            throw .stateMismatch("it was saved for scenario '\(state.scenario)', not '\(scenario.id)'")
        }
        guard state.scenarioVersion == scenario.version else {
            throw .stateMismatch(
                "it was played on version \(state.scenarioVersion) and the scenario is now version \(scenario.version)")
        }
        guard scenario.covers(state.level) else {
            throw .levelNotCovered(state.level, scenario: scenario.id, covered: scenario.levels)
        }
        guard let current = scenario.index(of: state.currentNode) else {
            throw .stateMismatch("node '\(state.currentNode)' is not in the scenario")
        }
        // Replaying the history rebuilds the scores and proves the saved node follows from it.
        var replayed: Session
        do {
            replayed = try Session.replay(state.history, prepared, level: state.level, seed: state.seed)
        } catch {
            throw .stateMismatch("the saved answers are not a path through the scenario: \(error)")
        }
        guard replayed.state.currentNode == state.currentNode, replayed.currentIndex == current else {
            throw .stateMismatch(
                "the saved answers lead to node '\(replayed.state.currentNode)', not '\(state.currentNode)'")
        }
        self = replayed
    }

    /// Resumes a saved attempt, preparing the scenario for this one session.
    public init(resuming state: SessionState, scenario: Scenario, catalogue: Catalogue) throws(SessionError) {
        try self.init(resuming: state, PreparedScenario(scenario, catalogue: catalogue))
    }

    /// True once the learner has reached an ending.
    public var isFinished: Bool { prepared.decisions[currentIndex] == nil }

    /// What the learner faces now.
    public enum Presentation: Sendable, Equatable {
        case decision(OfferedDecision)
        case ending(NodeID, Ending)
    }

    /// The current decision with its options in presentation order, or the ending reached.
    public var presentation: Presentation {
        let node = scenario.nodes[currentIndex]
        switch node.content {
        case .ending(let ending):
            return .ending(node.id, ending)
        case .decision(let decision):
            let order = presentationOrder(for: decision, at: node.id, step: state.history.count + 1)
            let offered = order.enumerated().map { position, id in
                OfferedChoice(position: position + 1, id: id, text: decision.choice(id)!.text[level] ?? "")
            }
            // Texts at the learner's level: the scenario may put each level in a seat of its own.
            return .decision(
                OfferedDecision(
                    node: node.id, step: state.history.count + 1, situation: decision.situation[level] ?? "",
                    prompt: decision.prompt[level] ?? "", format: decision.format, choices: offered,
                    ratings: catalogue.scale.ratings))
        }
    }

    /// Answers the current decision and moves to the node the response leads to.
    ///
    /// - Parameters:
    ///   - response: The learner's answer, in the decision's format.
    ///   - rationale: The learner's one-line reason, if given.
    ///   - time: When the learner answered.
    ///   - shownOrder: The order the options were shown in, when it comes from a record (a cohort
    ///     import): every option once, or empty when the record does not say. By default, the order
    ///     this session offered.
    /// - Returns: The score, the feedback and where the story goes.
    /// - Throws: ``SessionError`` when the response does not answer the current decision, or the
    ///   session has ended; the session is then unchanged.
    @discardableResult
    public mutating func respond(
        _ response: Response, rationale: String? = nil, at time: Date? = nil, shownOrder: [ChoiceID]? = nil
    ) throws(SessionError) -> ResponseOutcome {
        let index = currentIndex
        guard let decision = prepared.decisions[index] else { throw .sessionFinished }
        let nodeID = prepared.nodeIDs[index]
        try response.validate(for: decision, node: nodeID, scale: prepared.scale)

        let step = state.history.count + 1
        if let shownOrder, !decision.accepts(shownOrder: shownOrder) { throw .invalidShownOrder(node: nodeID) }
        let order = shownOrder ?? presentationOrder(for: decision, at: nodeID, step: step)
        // Ratings are kept in the options' written order, whatever order they were given in, so the
        // same answer always reads the same in the store and in exports.
        let response = response.inWrittenOrder(for: decision)
        let score = score(response, atNode: index)
        // A response with no leading option (the node's own `next`, as rate's) takes entry 0: every
        // option's entry holds the node's `next`.
        let nextIndex = prepared.next[index][response.leadingChoice.flatMap { decision.index(of: $0) } ?? 0]
        let next = prepared.nodeIDs[nextIndex]
        let recorded = RecordedResponse(
            step: step, node: nodeID, response: response, shownOrder: order, rationale: rationale, answeredAt: time)
        state.history.append(recorded)
        state.currentNode = next
        currentIndex = nextIndex
        answered.append((index, score))
        return ResponseOutcome(
            recorded: recorded, score: score, next: next, reachedEnding: prepared.decisions[nextIndex] == nil,
            decision: decision, level: state.level)
    }

    /// The outcome of every response so far, as `respond` returned it: what a debrief held back in
    /// assessment mode shows at the end, also after a resume.
    public var outcomes: [ResponseOutcome] {
        zip(state.history, answered).map { recorded, answer in
            let nextIndex = scenario.index(of: recorded.step < state.history.count ? state.history[recorded.step].node : state.currentNode)
            return ResponseOutcome(
                recorded: recorded, score: answer.score,
                next: nextIndex.map { prepared.nodeIDs[$0] } ?? state.currentNode,
                reachedEnding: nextIndex.map { prepared.decisions[$0] == nil } ?? false,
                decision: prepared.decisions[answer.node]!, level: state.level)
        }
    }

    private func score(_ response: Response, atNode index: Int) -> DecisionScore {
        Scorer(scale: prepared.scale).score(response, keyed: prepared.keyTable(node: index, level: state.level))
    }

    /// The order options are shown in: written order, or shuffled from the seed, the node and the step.
    private func presentationOrder(for decision: Decision, at node: NodeID, step: Int) -> [ChoiceID] {
        var choices = decision.choiceIDs
        guard decision.shuffle else { return choices }
        var generator = SeededGenerator(seed: SeededGenerator.seed(session: state.seed, node: node, step: step))
        // Fisher–Yates with our own index function, so the order is the same on every platform.
        for index in stride(from: choices.count - 1, to: 0, by: -1) {
            choices.swapAt(index, generator.index(below: index + 1))
        }
        return choices
    }
}
