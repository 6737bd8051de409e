import Foundation

/// A learner playing one scenario at one level: the verbs of the engine.
///
/// A session combines immutable content (the ``Scenario`` and the ``Catalogue``) with the only thing
/// that changes, its ``SessionState``. It is a value: copying it forks the attempt, and a refused
/// response leaves it exactly as it was.
///
/// ```swift
/// var session = try Session(scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: 7)
/// while case .decision(let offered) = session.presentation {
///     let outcome = try session.respond(.single(offered.choices[0].id))
///     print(outcome.feedback.first?.feedback ?? "")
/// }
/// let result = session.result!
/// ```
///
/// ## Topics
/// - ``presentation``, ``respond(_:rationale:at:shownOrder:)``, ``result``
/// - ``init(resuming:scenario:catalogue:)``, ``replay(_:scenario:catalogue:level:seed:)``
public struct Session: Sendable {
    public let scenario: Scenario
    public let catalogue: Catalogue
    public private(set) var state: SessionState
    /// Each answered decision with its score, parallel to `state.history`: derived from the state
    /// (rebuilt on resume, never saved), kept so that a result does not score every decision again.
    private(set) var answered: [(decision: Decision, score: DecisionScore)] = []
    /// The position of `state.currentNode` in `scenario.nodes`, derived like `scored`.
    private var currentIndex: Int

    /// Starts a new attempt at the scenario's start node.
    ///
    /// - Throws: ``SessionError/levelNotCovered(_:scenario:covered:)`` when the scenario is not
    ///   written for `level`.
    public init(scenario: Scenario, catalogue: Catalogue, level: LeadershipLevel, seed: UInt64) throws(SessionError) {
        guard scenario.covers(level) else {
            throw .levelNotCovered(level, scenario: scenario.id, covered: scenario.levels)
        }
        guard let start = scenario.index(of: scenario.start) else {
            preconditionFailure("validated scenario '\(scenario.id)' has no start node '\(scenario.start)'")
        }
        self.scenario = scenario
        self.catalogue = catalogue
        self.state = SessionState(
            scenario: scenario.id, scenarioVersion: scenario.version, level: level, seed: seed, start: scenario.start)
        self.currentIndex = start
    }

    /// Resumes a saved attempt exactly where it was left.
    ///
    /// - Throws: ``SessionError/stateMismatch(_:)`` when the state belongs to another scenario or
    ///   version, or names a node the scenario does not have; ``SessionError/unsupportedSaveVersion(_:)``
    ///   for a save this build cannot read.
    public init(resuming state: SessionState, scenario: Scenario, catalogue: Catalogue) throws(SessionError) {
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
        self.currentIndex = current
        self.scenario = scenario
        self.catalogue = catalogue
        self.state = state
        let scorer = Scorer(scale: catalogue.scale)
        for recorded in state.history {
            guard let decision = scenario.node(recorded.node)?.decision else {
                throw .stateMismatch("node '\(recorded.node)' is not in the scenario")
            }
            do {
                try recorded.response.validate(for: decision, node: recorded.node, scale: catalogue.scale)
            } catch {
                throw .stateMismatch("the response saved at step \(recorded.step) no longer fits: \(error)")
            }
            answered.append((decision, scorer.score(recorded.response, for: decision, at: state.level)))
        }
    }

    public var level: LeadershipLevel { state.level }

    /// True once the learner has reached an ending.
    public var isFinished: Bool { currentNode.ending != nil }

    /// What the learner faces now.
    public enum Presentation: Sendable, Equatable {
        case decision(OfferedDecision)
        case ending(NodeID, Ending)
    }

    /// The current decision with its options in presentation order, or the ending reached.
    public var presentation: Presentation {
        let node = currentNode
        switch node.content {
        case .ending(let ending):
            return .ending(node.id, ending)
        case .decision(let decision):
            let order = presentationOrder(for: decision, at: node.id, step: state.history.count + 1)
            let offered = order.enumerated().map { position, index in
                OfferedChoice(position: position + 1, id: decision.choices[index].id, text: decision.choices[index].text)
            }
            return .decision(
                OfferedDecision(
                    node: node.id, step: state.history.count + 1, situation: decision.situation,
                    prompt: decision.prompt, format: decision.format, choices: offered,
                    ratings: catalogue.scale.ratings))
        }
    }

    /// Answers the current decision and moves to the node the response leads to.
    ///
    /// - Parameters:
    ///   - response: The learner's answer, in the decision's format.
    ///   - rationale: The learner's one-line reason, if given.
    ///   - time: When the learner answered.
    ///   - shownOrder: The order the options were shown in, when it is known from a record (a cohort
    ///     import); by default the order this session offered.
    /// - Returns: The score, the feedback and where the story goes.
    /// - Throws: ``SessionError`` when the response does not answer the current decision, or the
    ///   session has ended; the session is then unchanged.
    @discardableResult
    public mutating func respond(
        _ response: Response, rationale: String? = nil, at time: Date? = nil, shownOrder: [ChoiceID]? = nil
    ) throws(SessionError) -> ResponseOutcome {
        let node = currentNode
        guard let decision = node.decision else { throw .sessionFinished }
        try response.validate(for: decision, node: node.id, scale: catalogue.scale)

        let step = state.history.count + 1
        let order = shownOrder ?? presentationOrder(for: decision, at: node.id, step: step).map { decision.choices[$0].id }
        let score = Scorer(scale: catalogue.scale).score(response, for: decision, at: state.level)
        let next = response.leadingChoice.flatMap { decision.choice($0)?.next } ?? decision.next
        guard let next, let nextIndex = scenario.index(of: next) else {
            preconditionFailure("validated scenario '\(scenario.id)' has no next node after '\(node.id)'")
        }
        let recorded = RecordedResponse(
            step: step, node: node.id, response: response, shownOrder: order, rationale: rationale, answeredAt: time)
        state.history.append(recorded)
        state.currentNode = next
        currentIndex = nextIndex
        answered.append((decision, score))
        return ResponseOutcome(
            recorded: recorded, score: score, next: next, reachedEnding: scenario.nodes[nextIndex].ending != nil,
            decision: decision, level: state.level)
    }

    private var currentNode: ScenarioNode { scenario.nodes[currentIndex] }

    /// The order options are shown in, as indices into `choices`: written order, or shuffled from the
    /// seed, the node and the step.
    private func presentationOrder(for decision: Decision, at node: NodeID, step: Int) -> [Int] {
        var choices = Array(decision.choices.indices)
        guard decision.shuffle else { return choices }
        var generator = SeededGenerator(seed: SeededGenerator.seed(session: state.seed, node: node, step: step))
        // Fisher–Yates with our own index function, so the order is the same on every platform.
        for index in stride(from: choices.count - 1, to: 0, by: -1) {
            choices.swapAt(index, generator.index(below: index + 1))
        }
        return choices
    }

}
