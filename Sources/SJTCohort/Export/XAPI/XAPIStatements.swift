import SJTEngine

/// A cohort run as xAPI 1.0.3 statements (docs/xapi.md): one `answered` statement per response and
/// one `completed` statement per attempt that reached an ending, each attempt's together under one
/// registration.
///
/// Every figure is the engine's, read through ``CohortRun/forEachAttempt(_:)``: points and maximum
/// from the scored step, the percentage, band and outcome from the scored path. Nothing is scored
/// again here. Statements are made one attempt at a time, so memory does not grow with the cohort.
///
/// **Success.** A response succeeds when its credit, the engine's `points ÷ maximum` as a
/// percentage (``Credit``), reaches the `from` of the catalogue's meets-expectations band: the line
/// the debrief's "where you did well" and principles.csv's `share_meets` draw for a learner's
/// percentage, drawn for one decision. An attempt succeeds when its band, after the ending's cap,
/// is the meets-expectations band or above it.
public struct XAPIStatements: Sendable {
    public let run: CohortRun
    public let catalogue: Catalogue
    /// Each scenario's file's SHA-256 (``ScenarioBank/sources``), for the statements' context.
    public let scenarioHashes: [ScenarioID: String]
    public let options: XAPIOptions

    public init(run: CohortRun, catalogue: Catalogue, scenarioHashes: [ScenarioID: String], options: XAPIOptions) {
        self.run = run
        self.catalogue = catalogue
        self.scenarioHashes = scenarioHashes
        self.options = options
    }

    /// How many statements ``forEachStatement(_:)`` makes: one per accepted row, and one per complete attempt.
    public var count: Int { run.rowsAccepted + run.attempts.count(where: run.isComplete) }

    /// Calls `body` with every statement, in the run's order: each attempt's responses in step
    /// order, then its `completed` statement.
    ///
    /// - Complexity: O(*r*) in the rows accepted, one attempt in memory at a time.
    public func forEachStatement<Failure: Error>(_ body: (XAPIStatement) throws(Failure) -> Void) throws(Failure) {
        // run.forEachAttempt, spelled out: its `rethrows` would lose the caller's error type.
        for each in run.attempts {
            let attempt = run.scored(each)
            for response in attempt.responses { try body(answered(response, of: attempt)) }
            if attempt.isComplete { try body(completed(attempt)) }
        }
    }

    // MARK: - The two statements

    /// The statement of one response: the decision answered, the response in xAPI's form for its
    /// interaction type, the engine's points, and whether they meet the level's expectation.
    func answered(_ response: ScoredResponse, of attempt: ScoredAttempt) -> XAPIStatement {
        let step = response.scored
        let identity = identity(.answered, of: attempt, step: response.step)
        var result: [String: XAPIValue] = ["response": .string(Self.interactionResponse(step.response))]
        if step.score.maximum > 0 {
            result["score"] = .object([
                "raw": .integer(step.score.points), "min": .integer(0), "max": .integer(step.score.maximum),
                "scaled": .decimal(Double(step.score.points) / Double(step.score.maximum), places: 4),
            ])
            var credit = Credit.none
            credit.add(step.score, weight: 1)
            if let meets = catalogue.meetsBand, let percentage = credit.percentage { result["success"] = .bool(percentage >= meets.from) }
        }
        var resultExtensions: [String: XAPIValue] = [:]
        if let rating = step.score.rating { resultExtensions[XAPIProfile.Extension.rating] = .string(rating.rawValue) }
        let rationale = response.rationale.flatMap { $0.isEmpty ? nil : $0 }
        if let rationale { resultExtensions[XAPIProfile.Extension.rationale] = .string(rationale) }
        if !resultExtensions.isEmpty { result["extensions"] = .object(resultExtensions) }

        var extensions = contextExtensions(of: attempt, principles: step.principles, elements: step.elements, capabilities: step.capabilities)
        extensions[XAPIProfile.Extension.step] = .integer(response.step)
        var statement = self.statement(
            identity, of: attempt, verb: XAPIProfile.Verb.answered, display: "answered", object: decision(step, of: attempt.scenario),
            result: result, extensions: extensions, parent: true)
        if let time = response.answeredAt.flatMap(Self.timestamp) { statement["timestamp"] = .string(time) }
        return XAPIStatement(identity: identity, value: .object(statement), rationale: rationale)
    }

    /// The statement of an attempt that reached an ending: the scenario completed, the engine's
    /// percentage as the score, the band after the ending's cap, and the outcome.
    func completed(_ attempt: ScoredAttempt) -> XAPIStatement {
        let path = attempt.path
        let identity = identity(.completed, of: attempt)
        var result: [String: XAPIValue] = ["completion": .bool(true)]
        if let percentage = path.percentage {
            result["score"] = .object([
                "raw": .decimal(percentage, places: 2), "min": .integer(0), "max": .integer(100),
                "scaled": .decimal(percentage / 100, places: 4),
            ])
        }
        if let band = path.band, let meets = catalogue.meetsBand, let reached = catalogue.bands.first(where: { $0.id == band }) {
            result["success"] = .bool(reached.from >= meets.from)
        }
        var resultExtensions: [String: XAPIValue] = [
            XAPIProfile.Extension.points: .integer(path.total), XAPIProfile.Extension.maximumPoints: .integer(path.maximum),
        ]
        if let band = path.band { resultExtensions[XAPIProfile.Extension.band] = .string(band.rawValue) }
        if let band = path.uncappedBand { resultExtensions[XAPIProfile.Extension.bandUncapped] = .string(band.rawValue) }
        if let outcome = path.outcome { resultExtensions[XAPIProfile.Extension.outcome] = .string(outcome.rawValue) }
        if let ending = path.ending { resultExtensions[XAPIProfile.Extension.ending] = .string(ending.rawValue) }
        result["extensions"] = .object(resultExtensions)

        let steps = attempt.responses.map(\.scored)
        let extensions = contextExtensions(
            of: attempt, principles: Self.union(steps.map(\.principles)), elements: Self.union(steps.map(\.elements)),
            capabilities: Self.union(steps.map(\.capabilities)))
        var statement = self.statement(
            identity, of: attempt, verb: XAPIProfile.Verb.completed, display: "completed", object: scenarioActivity(attempt.scenario),
            result: result, extensions: extensions, parent: false)
        if let time = attempt.responses.last?.answeredAt.flatMap(Self.timestamp) { statement["timestamp"] = .string(time) }
        return XAPIStatement(identity: identity, value: .object(statement), rationale: nil)
    }

    // MARK: - Parts

    private func identity(_ kind: StatementIdentity.Kind, of attempt: ScoredAttempt, step: Int? = nil) -> StatementIdentity {
        StatementIdentity(
            kind: kind, cohort: attempt.cohort, learnerID: attempt.learnerID, scenario: attempt.scenario.id.rawValue,
            version: attempt.scenario.version, attempt: attempt.number, step: step)
    }

    /// What both statements share: id, actor, verb, object, result and context.
    private func statement(
        _ identity: StatementIdentity, of attempt: ScoredAttempt, verb: String, display: String, object: XAPIValue,
        result: [String: XAPIValue], extensions: [String: XAPIValue], parent: Bool
    ) -> [String: XAPIValue] {
        var activities: [String: XAPIValue] = [
            "category": .array([.object([
                "objectType": .string("Activity"), "id": .string(XAPIProfile.iri),
                "definition": .object(["type": .string(XAPIProfile.ActivityType.profile)]),
            ])]),
        ]
        if parent { activities["parent"] = .array([scenarioActivity(attempt.scenario)]) }
        var registration = identity
        registration.kind = .registration
        registration.step = nil
        return [
            "id": .string(identity.uuid),
            "actor": .object([
                "objectType": .string("Agent"),
                "account": .object(["homePage": .string(options.accountHomePage.text), "name": .string(attempt.learnerID)]),
            ]),
            "verb": .object(["id": .string(verb), "display": .text(display)]),
            "object": object,
            "result": .object(result),
            "context": .object([
                "registration": .string(registration.uuid), "revision": .string(String(attempt.scenario.version)),
                "platform": .string("sjt"), "language": .string(XAPIProfile.language),
                "contextActivities": .object(activities), "extensions": .object(extensions),
            ]),
        ]
    }

    /// The level, the vocabularies' tags, the scenario's version and content hash, the cohort and
    /// the attempt's number.
    private func contextExtensions(
        of attempt: ScoredAttempt, principles: [PrincipleID], elements: [ElementID], capabilities: [CapabilityID]
    ) -> [String: XAPIValue] {
        var extensions: [String: XAPIValue] = [
            XAPIProfile.Extension.cohort: .string(attempt.cohort),
            XAPIProfile.Extension.level: .string(attempt.level.rawValue),
            XAPIProfile.Extension.principles: .array(principles.map { .string($0.rawValue) }),
            XAPIProfile.Extension.elements: .array(elements.map { .string($0.rawValue) }),
            XAPIProfile.Extension.scenarioVersion: .integer(attempt.scenario.version),
            XAPIProfile.Extension.attempt: .integer(attempt.number),
        ]
        // Capabilities are a catalogue's option: left out where the catalogue names none.
        if !catalogue.capabilities.isEmpty {
            extensions[XAPIProfile.Extension.capabilities] = .array(capabilities.map { .string($0.rawValue) })
        }
        if let hash = scenarioHashes[attempt.scenario.id], !hash.isEmpty { extensions[XAPIProfile.Extension.scenarioSHA256] = .string(hash) }
        return extensions
    }

    /// The scenario as an activity: an assessment, named by its title.
    private func scenarioActivity(_ scenario: Scenario) -> XAPIValue {
        .object([
            "objectType": .string("Activity"), "id": .string(options.activityBase.appending("scenarios", scenario.id.rawValue)),
            "definition": .object(["type": .string(XAPIProfile.ActivityType.assessment), "name": .text(scenario.title)]),
        ])
    }

    /// A decision as an activity: an interaction whose type follows the node's format, with the
    /// option ids (and, for a rate node, the catalogue's ratings) as its components. The options'
    /// words are left out: they differ from level to level, and an activity has one definition.
    private func decision(_ step: ScoredStep, of scenario: Scenario) -> XAPIValue {
        let components: [XAPIValue] = (scenario.node(step.node)?.decision?.choiceIDs ?? []).map { .object(["id": .string($0.rawValue)]) }
        var definition: [String: XAPIValue] = [
            "type": .string(XAPIProfile.ActivityType.interaction), "name": .text("\(scenario.title): decision \(step.node.rawValue)"),
        ]
        switch step.format {
        case .single:
            definition["interactionType"] = .string("choice")
            definition["choices"] = .array(components)
        case .rank:
            definition["interactionType"] = .string("sequencing")
            definition["choices"] = .array(components)
        case .bestWorst:
            definition["interactionType"] = .string("matching")
            definition["source"] = .array(components)
            definition["target"] = .array(["best", "worst"].map { .object(["id": .string($0)]) })
        case .rate:
            definition["interactionType"] = .string("matching")
            definition["source"] = .array(components)
            definition["target"] = .array(catalogue.scale.ratings.map { .object(["id": .string($0.id.rawValue)]) })
        }
        return .object([
            "objectType": .string("Activity"),
            "id": .string(options.activityBase.appending("scenarios", scenario.id.rawValue, "decisions", step.node.rawValue)),
            "definition": .object(definition),
        ])
    }

    /// The response in xAPI's form for its interaction type: `b` (choice), `c[,]a[,]b` (sequencing),
    /// `b[.]best[,]d[.]worst` and `a[.]meets[,]b[.]below` (matching).
    static func interactionResponse(_ response: Response) -> String {
        switch response {
        case .single(let choice): choice.rawValue
        case .bestWorst(let best, let worst): "\(best.rawValue)[.]best[,]\(worst.rawValue)[.]worst"
        case .rank(let order): order.map(\.rawValue).joined(separator: "[,]")
        case .rate(let ratings): ratings.map { "\($0.choice.rawValue)[.]\($0.rating.rawValue)" }.joined(separator: "[,]")
        }
    }

    /// The row's time as xAPI writes one, in UTC: as written when it is already `…T…Z` to the
    /// second, else worked out from it; `nil` when it is not a time (the run has checked it is).
    static func timestamp(_ text: String) -> String? {
        let utf8 = Array(text.utf8)
        if utf8.count == 20, utf8[10] == UInt8(ascii: "T"), utf8[19] == UInt8(ascii: "Z") { return text }
        return ISO8601Time.parse(text).map { UTCTime.iso8601($0) }
    }

    /// Each id once, in the order first met.
    static func union<ID: Hashable>(_ lists: [[ID]]) -> [ID] {
        var seen = Set<ID>()
        return lists.joined().filter { seen.insert($0).inserted }
    }
}
