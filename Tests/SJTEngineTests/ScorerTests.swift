import SJTEngine
import SJTTestSupport
import Testing

/// The worked examples of docs/scoring.md, on docs/examples/delayed-recording.yaml.
/// Scale: concern 0, below 1, meets 2, exceeds 3 points; a span of 3 steps.
struct ScorerTests {
    let scenario: Scenario
    let scorer: Scorer

    init() throws {
        let (scenario, catalogue) = try Fixtures.example()
        self.scenario = scenario
        self.scorer = Scorer(scale: catalogue.scale)
    }

    func score(_ node: NodeID, _ response: Response, _ level: LeadershipLevel) -> DecisionScore {
        scorer.score(response, for: scenario.node(node)!.decision!, at: level)
    }

    @Test func singleChoiceScoresTheChosenRatingOutOfTheBestAtTheNode() {
        #expect(score("backlog", .single("a"), .frontLineLeader) == DecisionScore(points: 2, maximum: 2, rating: "meets"))
        #expect(score("backlog", .single("b"), .frontLineLeader) == DecisionScore(points: 0, maximum: 2, rating: "concern"))
    }

    @Test func singleChoiceMeetsMoreAtFrontLineWorkerThanAtFrontLineLeader() {
        #expect(score("backlog", .single("b"), .frontLineWorker) == DecisionScore(points: 1, maximum: 2, rating: "below"))
    }

    @Test func optionRatedTheSameAtAllLevelsScoresTheSameAtAllLevels() {
        for level in LeadershipLevel.allCases {
            #expect(score("backlog", .single("c"), level) == DecisionScore(points: 0, maximum: 2, rating: "concern"))
        }
    }

    @Test func bestWorstGivesFullMarksForTheKeyedBestAndWorst() {
        #expect(score("cover", .bestWorst(best: "a", worst: "b"), .frontLineLeader).points == 6)
        #expect(score("cover", .bestWorst(best: "a", worst: "b"), .frontLineLeader).maximum == 6)
    }

    @Test func bestWorstCountsEitherTiedTopOptionAsBest() {
        // a and d are both rated meets at front-line leader: d is as right as a.
        #expect(score("cover", .bestWorst(best: "d", worst: "c"), .frontLineLeader) == DecisionScore(points: 5, maximum: 6, rating: "meets"))
    }

    @Test func bestWorstScoresEachHalfByStepsFromTheKey() {
        #expect(score("cover", .bestWorst(best: "c", worst: "a"), .frontLineLeader) == DecisionScore(points: 3, maximum: 6, rating: "below"))
    }

    @Test func bestWorstAtOperationalLeaderTreatsAskingYourManagerAsBelow() {
        #expect(score("cover", .bestWorst(best: "d", worst: "b"), .operationalLeader) == DecisionScore(points: 5, maximum: 6, rating: "below"))
    }

    @Test func rankInKeyOrderEarnsFullMarks() {
        #expect(score("cause", .rank(["a", "b", "c"]), .frontLineLeader) == DecisionScore(points: 6, maximum: 6, rating: "exceeds"))
    }

    @Test func rankNearMissEarnsOneLessPerPlace() {
        #expect(score("cause", .rank(["b", "a", "c"]), .frontLineLeader) == DecisionScore(points: 4, maximum: 6, rating: "below"))
        #expect(score("cause", .rank(["c", "b", "a"]), .frontLineLeader) == DecisionScore(points: 2, maximum: 6, rating: "concern"))
    }

    @Test func rankTiedOptionsShareTheirPlaces() {
        // At strategic leader a and b are both below: either order of the two is exact.
        #expect(score("cause", .rank(["b", "a", "c"]), .strategicLeader) == DecisionScore(points: 6, maximum: 6, rating: "below"))
        #expect(score("cause", .rank(["c", "a", "b"]), .strategicLeader) == DecisionScore(points: 3, maximum: 6, rating: "concern"))
    }

    @Test func rateScoresEachOptionBySpanMinusStepsFromTheKey() {
        let response = Response.rate([RatedChoice("a", "meets"), RatedChoice("b", "below"), RatedChoice("c", "meets")])
        #expect(score("audit", response, .frontLineLeader) == DecisionScore(points: 7, maximum: 9, rating: nil))
        #expect(score("audit", response, .frontLineWorker) == DecisionScore(points: 8, maximum: 9, rating: nil))
    }

    @Test func maximumMatchesTheScoreOfTheBestResponse() {
        for node in scenario.nodes {
            guard let decision = node.decision else { continue }
            for level in LeadershipLevel.allCases {
                for next in node.successors {
                    let best = scorer.bestResponse(at: decision, leadingTo: next, level: level)!
                    #expect(scorer.score(best, for: decision, at: level).maximum == scorer.maximum(for: decision, at: level))
                }
            }
        }
    }

    @Test func extremesAreTheWorstAndBestResponseThatLeadOnAlongThePath() throws {
        let cause = try #require(scenario.node("cause")?.decision)
        // To mixed-end the ranking must start with b or c: c > a > b and b > c > a earn 2, b > a > c earns 4.
        let extremes = try #require(scorer.extremes(at: cause, leadingTo: "mixed-end", level: .frontLineLeader))
        #expect("\(extremes.lowest.points)/\(extremes.lowest.maximum)" == "2/6")
        #expect(extremes.highest == DecisionScore(points: 4, maximum: 6, rating: "below"))
        let cover = try #require(scenario.node("cover")?.decision)
        // Best a or d (meets): worst b earns the full 3, worst a or d only 1.
        let toMixed = try #require(scorer.extremes(at: cover, leadingTo: "mixed-end", level: .frontLineLeader))
        #expect(toMixed.lowest.points == 4 && toMixed.highest.points == 6)
        #expect(scorer.extremes(at: cover, leadingTo: "good-end", level: .frontLineLeader) == nil)
    }

    @Test func pathRangeIsTheMeanOfEachDecisionsExtremes() throws {
        let path = try #require(scenario.paths().first { $0.steps.map(\.node) == ["backlog", "cause"] && $0.ending == "mixed-end" })
        let range = scorer.range(along: path, in: scenario, at: .frontLineLeader)
        // backlog a is 2/2 either way; cause is 2/6 to 4/6.
        #expect(range.lowest.percentage == 66.666666667)
        #expect(range.highest.percentage == 83.333333333)
    }
}
