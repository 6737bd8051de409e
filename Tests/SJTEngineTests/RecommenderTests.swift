import Foundation
import SJTEngine
import SJTTestSupport
import Testing

/// The recommender on a fixed bank (the bank as reviewed), so the picks do not move as the bundled
/// bank is rewritten.
struct RecommenderTests {
    let recommender: Recommender

    init() throws {
        let report = Fixtures.reviewedBank()
        let bank = try #require(report.bank)
        recommender = Recommender(scenarios: bank.scenarios, catalogue: bank.catalogue)
    }

    func played(_ id: ScenarioID, day: Double, _ percentage: Double, _ principles: [PrincipleID: Double]) -> PlayedAttempt {
        PlayedAttempt(scenario: id, finishedAt: Date(timeIntervalSince1970: day * 86_400), percentage: percentage, principles: principles)
    }

    @Test func withNoHistoryTheFirstUnplayedScenarioOfTheFirstPrincipleIsRecommended() {
        let pick = recommender.recommend(level: .frontLineLeader, history: [])
        #expect(pick == Recommendation(scenario: "friday-referral", reason: "You have not played it yet; it practises Risk sensible, not risk averse."))
    }

    @Test func weakestRecentPrincipleWinsAndAnUnplayedScenarioForItIsPreferred() {
        let history = [
            played("friday-referral", day: 1, 40, ["risk-sensible": 40, "good-bureaucracy": 90]),
            played("recording-backlog", day: 2, 80, ["good-bureaucracy": 30]),
        ]
        let pick = recommender.recommend(level: .frontLineLeader, history: history)
        #expect(pick?.scenario == "case-closure-rationale")
        #expect(pick?.reason == "Good bureaucracy: clear rationale for decision making is your weakest principle recently (30%, below expectations for the level), and you have not played it yet.")
    }

    @Test func latestScoreCountsNotTheEarlierOne() {
        let history = [
            played("friday-referral", day: 1, 20, ["risk-sensible": 20, "partnership": 60]),
            played("risk-averse-plan", day: 5, 90, ["risk-sensible": 95]),
        ]
        #expect(recommender.recommend(level: .frontLineLeader, history: history)?.scenario == "partner-not-sharing")
    }

    @Test func whenEverythingIsPlayedTheLongestAgoComesBack() throws {
        let bank = try #require(Fixtures.reviewedBank().bank)
        let history = bank.scenarios.enumerated().map { index, scenario in
            played(scenario.id, day: Double(10 + index), 80, [:])
        }
        let pick = recommender.recommend(level: .frontLineLeader, history: history)
        #expect(pick?.scenario == bank.scenarios[0].id)
        #expect(pick?.reason == "You have played every scenario; this is the one you played longest ago (1970-01-11, 80%).")
    }

    @Test func amongScenariosPlayedTheSameDayTheLowerBandAfterTheCapComesBackFirst() throws {
        let bank = try #require(Fixtures.reviewedBank().bank)
        var history = bank.scenarios.enumerated().map { index, scenario in
            played(scenario.id, day: Double(10 + index), 80, [:])
        }
        // Played the same day: 90% capped at developing by a negative ending, and 70% in meets.
        history[0] = PlayedAttempt(scenario: bank.scenarios[0].id, finishedAt: Date(timeIntervalSince1970: 86_400), percentage: 70, band: "meets", principles: [:])
        history[1] = PlayedAttempt(scenario: bank.scenarios[1].id, finishedAt: Date(timeIntervalSince1970: 86_400), percentage: 90, band: "developing", principles: [:])
        let pick = recommender.recommend(level: .frontLineLeader, history: history)
        #expect(pick?.scenario == bank.scenarios[1].id)
        #expect(pick?.reason == "You have played every scenario; this is the one you played longest ago (1970-01-02, 90%, developing towards the level).")
    }
}
