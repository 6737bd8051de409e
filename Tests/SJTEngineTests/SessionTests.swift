import Foundation
import SJTAuthoring
import SJTEngine
import SJTTestSupport
import Testing

struct SessionTests {
    let scenario: Scenario
    let catalogue: Catalogue

    init() throws {
        (scenario, catalogue) = try Fixtures.example()
    }

    func start(_ level: LeadershipLevel = .frontLineLeader, seed: UInt64 = 7) throws -> Session {
        try Session(scenario: scenario, catalogue: catalogue, level: level, seed: seed)
    }

    /// Saves the state as JSON and resumes from it, as a learner who closes the terminal would.
    func roundTrip(_ session: Session) throws -> Session {
        let data = try JSONEncoder().encode(session.state)
        let state = try JSONDecoder().decode(SessionState.self, from: data)
        return try Session(resuming: state, scenario: scenario, catalogue: catalogue)
    }

    @Test(arguments: [false, true])
    func wholeAttemptMatchesTheWorkedExampleInScoringDoc(saveBetweenSteps: Bool) throws {
        var session = try start()
        try session.respond(.single("a"))
        if saveBetweenSteps { session = try roundTrip(session) }
        let outcome = try session.respond(.rank(["b", "a", "c"]))
        if saveBetweenSteps { session = try roundTrip(session) }
        #expect(outcome.next == "mixed-end")
        #expect(outcome.reachedEnding)

        let result = session.result
        #expect(result.path == ["backlog", "cause", "mixed-end"])
        #expect(result.decisions.map(\.score.points) == [2, 4])
        #expect(result.decisions.map(\.score.maximum) == [2, 6])
        #expect(result.total == 6 && result.maximum == 8)
        // The mean of 2/2 and 4/6, not 6/8: (1 + 0.6667) ÷ 2, to nine decimal places.
        #expect(result.percentage == 83.333333333)
        #expect(result.band?.id == "meets")
        #expect(!result.isCapped)
        #expect(result.ending == "mixed-end" && result.outcome == "mixed")
        #expect(
            result.principles.map { "\($0.id) \($0.points)/\($0.maximum) \($0.percentage!)" } == [
                "accountability-not-blame 2/2 100.0", "good-bureaucracy 6/8 83.333333333",
                "high-support-constructive-challenge 2/2 100.0",
            ])
        #expect(result.elements.map { "\($0.id) \($0.percentage!)" } == ["3.3 83.333333333", "3.4 83.333333333"])
        #expect(result.shortfalls.count == 1)
        #expect(result.shortfalls[0].node == "cause")
        #expect(result.shortfalls[0].expected.map(\.choice) == ["a"])
        #expect(result.shortfalls[0].expected.map(\.keyed) == ["exceeds"])
        #expect(result.shortfalls[0].expectedAbove.map(\.choice) == ["a"])
        #expect(result.shortfalls[0].expectedAbove.map(\.keyed) == ["meets"])
    }

    @Test(arguments: [false, true])
    func negativeEndingCapsTheBandButNotThePercentageAsInScoringDoc(saveBetweenSteps: Bool) throws {
        var session = try start(.frontLineWorker)
        try session.respond(.single("b"))
        if saveBetweenSteps { session = try roundTrip(session) }
        #expect(session.scoreCard.cap == nil)
        try session.respond(.rate([RatedChoice("a", "meets"), RatedChoice("b", "concern"), RatedChoice("c", "meets")]))
        if saveBetweenSteps { session = try roundTrip(session) }

        let result = session.result
        #expect(result.outcome == "negative")
        #expect(result.decisions.map { "\($0.score.points)/\($0.score.maximum)" } == ["1/2", "9/9"])
        #expect(result.total == 10 && result.maximum == 11)
        #expect(result.percentage == 75)
        #expect(result.uncappedBand?.id == "meets")
        #expect(result.band?.id == "developing")
        #expect(result.scoreCard.cap == "developing")
        #expect(result.isCapped)
    }

    @Test func capAboveTheBandReachedChangesNothing() throws {
        // Front-line leader, b then a perfect rating: (0 + 1) ÷ 2 = 50%, developing, already within the cap.
        var session = try start(.frontLineLeader)
        try session.respond(.single("b"))
        try session.respond(.rate([RatedChoice("a", "meets"), RatedChoice("b", "concern"), RatedChoice("c", "exceeds")]))
        #expect(session.result.percentage == 50)
        #expect(session.result.band?.id == "developing")
        #expect(session.result.scoreCard.cap == "developing")
        #expect(!session.result.isCapped)
    }

    @Test func weightedDecisionCountsMoreAsInScoringDoc() throws {
        let text = try Fixtures.text("docs/examples/delayed-recording.yaml")
            .replacingOccurrences(of: "    format: rank\n", with: "    format: rank\n    weight: 2\n")
        let report = BankLoader.load(sources: [(file: "weighted.yaml", text: text)], catalogue: catalogue)
        let weighted = try #require(report.bank?.scenario("delayed-recording"))
        #expect(weighted.node("cause")?.decision?.weight == 2)
        var session = try Session(scenario: weighted, catalogue: catalogue, level: .frontLineLeader, seed: 7)
        try session.respond(.single("a"))
        try session.respond(.rank(["b", "a", "c"]))
        // (1 × 1 + 2 × 4/6) ÷ 3.
        #expect(session.result.percentage == 77.777777778)
        #expect(session.result.principles.first { $0.id == "good-bureaucracy" }?.percentage == 77.777777778)
        #expect(session.result.principles.first { $0.id == "accountability-not-blame" }?.percentage == 100)
        #expect(session.result.band?.id == "meets")
    }

    @Test func decisionWithNoMaximumWeighsNothing() {
        var credit = Credit.none
        credit.add(DecisionScore(points: 0, maximum: 0, rating: "concern"), weight: 3)
        #expect(credit.percentage == nil)
        credit.add(DecisionScore(points: 1, maximum: 2, rating: "below"), weight: 1)
        #expect(credit == Credit(earned: 0.5, weight: 1))
        #expect(credit.percentage == 50)
    }

    @Test func levelTheScenarioDoesNotCoverIsAClearError() throws {
        var narrow = scenario
        narrow.levels = [.frontLineWorker, .frontLineLeader]
        #expect(throws: SessionError.levelNotCovered(.strategicLeader, scenario: "delayed-recording", covered: [.frontLineWorker, .frontLineLeader])) {
            try Session(scenario: narrow, catalogue: catalogue, level: .strategicLeader, seed: 1)
        }
        let message = SessionError.levelNotCovered(.strategicLeader, scenario: "delayed-recording", covered: [.frontLineWorker, .frontLineLeader]).description
        #expect(message == "scenario 'delayed-recording' is not written for level 'strategic-leader'; choose one of: frontline-worker, frontline-leader")
    }

    @Test(arguments: [
        (Response.single("z"), SessionError.unknownChoice("z", node: "backlog")),
        (Response.rank(["a", "b", "c"]), SessionError.wrongFormat(expected: .single, got: .rank)),
    ])
    func invalidResponseIsRefusedAndLeavesTheSessionUnchanged(response: Response, error: SessionError) throws {
        var session = try start()
        let before = session.state
        #expect(throws: error) { try session.respond(response) }
        #expect(session.state == before)
    }

    @Test func incompleteOrRepeatedRankingIsRefused() throws {
        var session = try start()
        try session.respond(.single("a"))
        #expect(throws: SessionError.incompleteResponse(missing: ["c"])) { try session.respond(.rank(["a", "b"])) }
        #expect(throws: SessionError.repeatedChoice("a")) { try session.respond(.rank(["a", "a", "b"])) }
    }

    @Test func sameOptionAsBestAndWorstIsRefused() throws {
        var session = try start()
        try session.respond(.single("c"))
        #expect(throws: SessionError.sameBestAndWorst("a")) { try session.respond(.bestWorst(best: "a", worst: "a")) }
    }

    @Test func ratingNotOnTheScaleIsRefused() throws {
        var session = try start()
        try session.respond(.single("b"))
        let response = Response.rate([RatedChoice("a", "meets"), RatedChoice("b", "great"), RatedChoice("c", "meets")])
        #expect(throws: SessionError.unknownRating("great", choice: "b")) { try session.respond(response) }
    }

    @Test func responseAfterTheEndingIsRefused() throws {
        var session = try start()
        try session.respond(.single("a"))
        try session.respond(.rank(["a", "b", "c"]))
        #expect(session.isFinished)
        #expect(throws: SessionError.sessionFinished) { try session.respond(.single("a")) }
    }

    @Test func sameSeedGivesTheSameOrderAndTheOrderIsRecorded() throws {
        let first = try start(seed: 42), second = try start(seed: 42)
        #expect(first.presentation == second.presentation)
        guard case .decision(let offered) = first.presentation else { Issue.record("no decision"); return }
        var session = first
        let outcome = try session.respond(.single("a"))
        #expect(outcome.recorded.shownOrder == offered.choices.map(\.id))
    }

    @Test func differentSeedsShuffleOptionsDifferently() throws {
        let orders = Set(try (0..<20).map { seed -> [ChoiceID] in
            guard case .decision(let offered) = try start(seed: UInt64(seed)).presentation else { return [] }
            return offered.choices.map(\.id)
        })
        #expect(orders.count == 6)  // every order of three options appears in 20 seeds
    }

    @Test func shuffleCanBeTurnedOffPerNode() throws {
        var fixed = scenario
        var nodes = fixed.nodes
        for index in nodes.indices {
            if case .decision(let decision) = nodes[index].content {
                nodes[index].content = .decision(decision.shuffling(false))
            }
        }
        fixed = Scenario(id: fixed.id, title: fixed.title, version: fixed.version, levels: fixed.levels, start: fixed.start, nodes: nodes)
        for seed in 0..<10 as Range<UInt64> {
            let session = try Session(scenario: fixed, catalogue: catalogue, level: .frontLineLeader, seed: seed)
            guard case .decision(let offered) = session.presentation else { continue }
            #expect(offered.choices.map(\.id) == ["a", "b", "c"])
        }
    }

    @Test func savedStateIsVersionedJSON() throws {
        var session = try start(seed: 3)
        try session.respond(.single("a"), rationale: "records are the child's", at: Date(timeIntervalSince1970: 0))
        let json = String(decoding: try JSONEncoder.sorted.encode(session.state), as: UTF8.self)
        #expect(json.contains(#""saveVersion":1"#))
        #expect(json.contains(#""response":{"format":"single","value":"a"}"#))
        #expect(json.contains(#""rationale":"records are the child's""#))
    }

    @Test func resumingOnAChangedScenarioVersionIsRefused() throws {
        let session = try start()
        var changed = scenario
        changed.version = 2
        #expect(throws: SessionError.stateMismatch("it was played on version 1 and the scenario is now version 2")) {
            try Session(resuming: session.state, scenario: changed, catalogue: catalogue)
        }
    }

    @Test func levelAboveIsLeftOutWhereTheScenarioIsNotWrittenForIt() throws {
        var narrow = scenario
        narrow.levels = [.frontLineWorker, .frontLineLeader]
        var session = try Session(scenario: narrow, catalogue: catalogue, level: .frontLineLeader, seed: 1)
        try session.respond(.single("b"))
        let shortfalls = session.result.shortfalls
        #expect(shortfalls.map(\.node) == ["backlog"])
        #expect(shortfalls[0].expectedAbove == [])
    }

    @Test func savedStateWhoseNodeDoesNotFollowFromItsAnswersIsRefused() throws {
        var session = try start()
        try session.respond(.single("a"))
        var state = session.state
        state.currentNode = "good-end"
        #expect(throws: SessionError.stateMismatch("the saved answers lead to node 'cause', not 'good-end'")) {
            try Session(resuming: state, scenario: scenario, catalogue: catalogue)
        }
    }

    @Test func shownOrderThatIsNotThePermutationOfTheOptionsIsRefused() throws {
        var session = try start()
        #expect(throws: SessionError.invalidShownOrder(node: "backlog")) {
            try session.respond(.single("a"), shownOrder: ["a", "b", "zz"])
        }
        #expect(session.state.history.isEmpty)
    }

    @Test func replayReproducesARecordedSession() throws {
        var session = try start(seed: 9)
        try session.respond(.single("c"), rationale: "quickest")
        try session.respond(.bestWorst(best: "c", worst: "b"))
        try session.respond(.rate([RatedChoice("a", "meets"), RatedChoice("b", "concern"), RatedChoice("c", "exceeds")]))
        let replayed = try Session.replay(session.state.history, scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: 9)
        #expect(replayed.state == session.state)
        #expect(replayed.result == session.result)
    }

    @Test func replaySaysWhichStepIsNotAValidPath() throws {
        let records = [
            RecordedResponse(step: 1, node: "backlog", response: .single("a"), shownOrder: []),
            RecordedResponse(step: 2, node: "audit", response: .rate([]), shownOrder: []),
        ]
        #expect(throws: ReplayError(step: 2, node: "audit", reason: .unexpectedNode(expected: "cause", got: "audit"))) {
            try Session.replay(records, scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: 1)
        }
        let error = ReplayError(step: 2, node: "audit", reason: .unexpectedNode(expected: "cause", got: "audit"))
        #expect(error.description == "step 2 (node 'audit'): the response is for node 'audit', but the path leads to node 'cause'")
    }

    @Test func expectationsShowHowEachOptionIsRatedAtEveryLevel() throws {
        let expectations = scenario.node("cover")!.decision!.expectations
        let d = expectations.first { $0.choice == "d" }!
        #expect(LeadershipLevel.allCases.map { d.ratings[$0]!.rawValue } == ["meets", "meets", "below", "below"])
    }

    @Test func feedbackDiffersByLevelWhereTheAuthorSaysSo() throws {
        var worker = try start(.frontLineWorker)
        var leader = try start(.operationalLeader)
        try worker.respond(.single("c"))
        try leader.respond(.single("c"))
        let workerFeedback = try worker.respond(.bestWorst(best: "d", worst: "c")).feedback.map(\.feedback)
        let leaderFeedback = try leader.respond(.bestWorst(best: "d", worst: "c")).feedback.map(\.feedback)
        #expect(workerFeedback[0] == "Asking for support is sound, and puts the repair where it belongs.")
        #expect(leaderFeedback[0] == "At your level you hold this; asking your own manager to sort it out is below what is expected.")
        #expect(workerFeedback[1].hasPrefix("Recording is Sam's job, but you wrote the entries"))
        #expect(leaderFeedback[1] == "Passing it back to Sam is blame, not accountability.")
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
