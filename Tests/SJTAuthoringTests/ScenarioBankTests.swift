import SJTAuthoring
import SJTEngine
import SJTTestSupport
import Testing

/// The bundled bank keeps to what the scenario-bank issue asks of it; a bank that drops below these
/// numbers fails here.
struct ScenarioBankTests {
    let bank: ScenarioBank
    let coverage: BankCoverage

    init() throws {
        let report = Fixtures.bank()
        guard let bank = report.bank, report.diagnostics.isEmpty else { throw FixtureError(diagnostics: report.diagnostics) }
        self.bank = bank
        self.coverage = BankCoverage(bank: bank)
    }

    @Test func bankHasAtLeastThirtyScenariosAllValidWithNoWarnings() {
        #expect(bank.scenarios.count >= 30)
        #expect(Fixtures.bank().diagnostics == [])
    }

    @Test(arguments: ["risk-sensible", "accountability-not-blame", "good-bureaucracy"] as [PrincipleID])
    func corePrincipleIsTheMainPrincipleOfAtLeastThreeScenarios(principle: PrincipleID) {
        #expect(coverage.scenariosWithMainPrinciple(principle) >= 3)
    }

    @Test func everyCataloguePrincipleIsExercised() {
        for principle in bank.catalogue.principles {
            let exercised = bank.scenarios.contains { scenario in
                scenario.principles.contains(principle.id)
                    || scenario.nodes.contains { $0.decision?.taggedPrinciples.contains(principle.id) ?? false }
            }
            #expect(exercised, "no scenario exercises \(principle.id)")
        }
    }

    @Test func everyScenarioBranchesAndHasThreeDecisionsAndTwoKindsOfEnding() {
        for scenario in bank.scenarios {
            let longest = scenario.paths().map(\.decisionCount).max() ?? 0
            #expect(longest >= 3, "\(scenario.id): longest path has \(longest) decisions")
            let outcomes = Set(scenario.nodes.compactMap { $0.ending?.outcome })
            #expect(outcomes.count >= 2, "\(scenario.id): endings have \(outcomes.count) outcome(s)")
            // An early choice changes what the learner faces next: the start, or a node reached from
            // it in one step, leads to two different nodes.
            let start = scenario.node(scenario.start)!
            let early = [start] + start.successors.compactMap { scenario.node($0) }
            #expect(early.contains { $0.successors.count >= 2 }, "\(scenario.id) does not branch early")
        }
    }

    @Test func everyOptionIsKeyedAtEveryLevelTheScenarioCovers() {
        for scenario in bank.scenarios {
            for node in scenario.nodes {
                for choice in node.decision?.choices ?? [] {
                    #expect(scenario.levels.allSatisfy { choice.key[$0] != nil }, "\(scenario.id)/\(node.id)/\(choice.id)")
                }
            }
        }
    }

    @Test func atLeastAThirdOfDecisionsRateAnOptionDifferentlyBetweenLevels() {
        #expect(coverage.levelDependentDecisions * 3 >= coverage.decisions.count)
    }

    @Test func everyFormatAppearsAndSingleChoiceMostOften() {
        let counts = ResponseFormat.allCases.map { coverage.decisions(format: $0) }
        #expect(counts.allSatisfy { $0 > 0 })
        #expect(coverage.decisions(format: .single) == counts.max())
    }

    @Test func everyLevelIsCoveredAndFrontLineLeaderMost() {
        let byLevel = LeadershipLevel.allCases.map { level in bank.scenarios.count { $0.covers(level) } }
        #expect(byLevel.allSatisfy { $0 > 0 })
        #expect(bank.scenarios.count { $0.covers(.frontLineLeader) } == byLevel.max())
    }

    @Test func everyPathOfEveryScenarioAtEveryLevelEndsWithAResult() throws {
        var walked = 0
        for scenario in bank.scenarios {
            let prepared = PreparedScenario(scenario, catalogue: bank.catalogue)
            let scorer = Scorer(scale: bank.catalogue.scale)
            for level in scenario.levels {
                for path in scenario.paths() {
                    var session = try Session(prepared, level: level, seed: 1)
                    for (index, step) in path.steps.enumerated() {
                        let next = index + 1 < path.steps.count ? path.steps[index + 1].node : path.ending
                        let decision = scenario.node(step.node)!.decision!
                        let response = try #require(scorer.bestResponse(at: decision, leadingTo: next, level: level))
                        let outcome = try session.respond(response)
                        #expect(outcome.next == next)
                    }
                    #expect(session.isFinished)
                    let result = session.result
                    #expect(result.ending == path.ending)
                    #expect(result.outcome != nil)
                    #expect(result.decisions.count == path.decisionCount)
                    #expect(result.percentage != nil && result.band != nil)
                    walked += 1
                }
            }
        }
        #expect(walked > 100)
    }

    @Test func scenariosReadmeHoldsTheCurrentCoverageTable() throws {
        let readme = try Fixtures.text("scenarios/README.md")
        #expect(readme.contains(coverage.markdown()), "run `scripts/sjt catalogue --coverage` and paste it into scenarios/README.md")
    }
}
