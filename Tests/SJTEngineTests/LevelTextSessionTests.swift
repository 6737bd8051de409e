import Foundation
import SJTEngine
import SJTTestSupport
import Testing

/// The engine offers each level its own texts, and a saved session comes back with them.
struct LevelTextSessionTests {
    @Test func aSavedSessionResumesWithTheTextsOfItsLevel() throws {
        let (scenario, catalogue) = try Fixtures.twoSeats()
        var session = try Session(scenario: scenario, catalogue: catalogue, level: .strategicLeader, seed: 1)
        _ = try session.respond(.single("a"))
        let state = try JSONDecoder().decode(SessionState.self, from: try JSONEncoder().encode(session.state))
        let resumed = try Session(resuming: state, scenario: scenario, catalogue: catalogue)
        guard case .decision(let offered) = resumed.presentation else { Issue.record("no decision"); return }
        #expect(offered.situation == "The head of service asks what will stop it happening again.")
        #expect(offered.prompt == "Rank these from most to least effective for the service.")
        #expect(Set(offered.choices.map(\.text)) == [
            "Fund protected recording time across the service.", "Ask teams to catch up at the end of each month.",
        ])
    }

    @Test func aLevelWithoutItsOwnTextGetsTheDefault() throws {
        let (scenario, catalogue) = try Fixtures.twoSeats()
        let session = try Session(scenario: scenario, catalogue: catalogue, level: .frontLineWorker, seed: 1)
        guard case .decision(let offered) = session.presentation else { Issue.record("no decision"); return }
        #expect(offered.situation == "Five of your visits from last week are not yet written up, and Monday's review is close.")
        #expect(scenario.seat[.frontLineWorker] == "You are Sam, the allocated social worker for the Ahmed family.")
    }
}
