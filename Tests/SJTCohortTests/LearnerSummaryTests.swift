import Foundation
@testable import SJTCohort
import SJTEngine
import SJTTestSupport
import Testing

/// The one aggregation of learners (learners.csv, principles.csv, elements.csv, compare), against a
/// second computation that shares nothing with the batch path but the engine: each attempt's rows
/// replayed in a session of its own, and its score card's credits added up per learner and level.
struct LearnerSummaryTests {
    let bank = Fixtures.bank().bank!

    /// A simulated cohort on the whole bank, its rows, and its run.
    func cohort() throws -> (rows: [CohortResponse], run: CohortRun) {
        let prepared = bank.scenarios.map { PreparedScenario($0, catalogue: bank.catalogue) }
        var rows: [CohortResponse] = []
        try CohortSimulator(scenarios: prepared, levels: LeadershipLevel.allCases, cohort: "c", scenariosPerLearner: 3)
            .simulate(learners: 120, seed: 11) { rows.append($0) }
        var imported = CohortImport()
        imported.add(rows, file: "f")
        let run = CohortRun(imported, scenarios: Dictionary(uniqueKeysWithValues: prepared.map { ($0.scenario.id, $0) }))
        #expect(run.rowsRejected == 0)
        return (rows, run)
    }

    struct Key: Hashable { var learner: String, level: LeadershipLevel }

    /// Per learner and level, each element's and principle's credit over their complete attempts,
    /// from sessions replayed one attempt at a time.
    func replayedCredits(_ rows: [CohortResponse]) throws -> [Key: (principles: [PrincipleID: Credit], elements: [ElementID: Credit], capabilities: [CapabilityID: Credit])] {
        let attempts = Dictionary(grouping: rows) { "\($0.learnerID)/\($0.scenarioID)/\($0.attempt)" }
        var credits: [Key: (principles: [PrincipleID: Credit], elements: [ElementID: Credit], capabilities: [CapabilityID: Credit])] = [:]
        for rows in attempts.values {
            let rows = rows.sorted { $0.step < $1.step }
            let scenario = try #require(bank.scenarios.first { $0.id.rawValue == rows[0].scenarioID })
            let level = try #require(LeadershipLevel(rawValue: rows[0].level))
            let records = try rows.map { row in
                let node = try #require(scenario.node(NodeID(row.nodeID))?.decision)
                return RecordedResponse(
                    step: row.step, node: NodeID(row.nodeID),
                    response: try Response(text: row.response, format: node.format, scale: bank.catalogue.scale), shownOrder: [])
            }
            let session = try Session.replay(records, scenario: scenario, catalogue: bank.catalogue, level: level, seed: 0)
            guard session.isFinished else { continue }
            let card = session.scoreCard
            let key = Key(learner: rows[0].learnerID, level: level)
            var sums = credits[key] ?? ([:], [:], [:])
            for area in card.principles { sums.principles[area.id, default: .none].add(area.credit) }
            for area in card.elements { sums.elements[area.id, default: .none].add(area.credit) }
            for area in card.capabilities { sums.capabilities[area.id, default: .none].add(area.credit) }
            credits[key] = sums
        }
        return credits
    }

    @Test func everyLearnersPrincipleElementAndCapabilityPercentagesAreTheirSessionsCreditsAddedUp() throws {
        let (rows, run) = try cohort()
        let expected = try replayedCredits(rows)
        var learners = 0, elementsChecked = 0, capabilitiesChecked = 0
        run.forEachLearner(SummaryScope(), catalogue: bank.catalogue) { learner in
            guard learner.isSummarised else { return }
            learners += 1
            let sums = expected[Key(learner: learner.learnerID, level: learner.level)]
            for (index, id) in bank.catalogue.elementOrder.enumerated() {
                #expect(learner.areas.elements[index] == sums?.elements[id]?.percentage, "\(learner.learnerID) \(id)")
                if learner.areas.elements[index] != nil { elementsChecked += 1 }
            }
            for (index, id) in bank.catalogue.principleOrder.enumerated() {
                #expect(learner.areas.principles[index] == sums?.principles[id]?.percentage, "\(learner.learnerID) \(id)")
            }
            for (index, id) in bank.catalogue.capabilityOrder.enumerated() {
                #expect(learner.areas.capabilities[index] == sums?.capabilities[id]?.percentage, "\(learner.learnerID) \(id)")
                if learner.areas.capabilities[index] != nil { capabilitiesChecked += 1 }
            }
        }
        #expect(learners == expected.count)
        #expect(elementsChecked > 500)
        #expect(capabilitiesChecked > 100)
    }

    @Test func theRunIsWalkedAttemptByAttemptWithEachRowBesideItsScoredStep() throws {
        let (rows, run) = try cohort()
        let byAttempt = Dictionary(grouping: rows) { "\($0.learnerID)/\($0.scenarioID)/\($0.attempt)" }
        var walked = 0
        var previous: (String, String, Int)?
        run.forEachAttempt { attempt in
            walked += 1
            // In the run's order: learner, then scenario, then attempt number.
            let key = (attempt.learnerID, attempt.scenario.id.rawValue, attempt.number)
            if let previous { #expect(previous < key) }
            previous = key
            let source = byAttempt["\(attempt.learnerID)/\(attempt.scenario.id)/\(attempt.number)"]!.sorted { $0.step < $1.step }
            #expect(attempt.cohort == "c" && attempt.responses.count == source.count)
            for (response, row) in zip(attempt.responses, source) {
                #expect(response.step == row.step && response.scored.node.rawValue == row.nodeID)
                #expect(response.scored.response.description == row.response)
                #expect(response.shownOrder.map(\.rawValue).joined(separator: " ") == (row.shownOrder ?? ""))
                #expect(response.answeredAt == row.answeredAt && response.rationale == row.rationale)
                if let shown = response.positionShown, let lead = response.scored.response.leadingChoice {
                    #expect(response.shownOrder[shown - 1] == lead)
                }
            }
            #expect(attempt.path.total == attempt.responses.reduce(0) { $0 + $1.scored.score.points })
        }
        #expect(walked == byAttempt.count)
    }
}
