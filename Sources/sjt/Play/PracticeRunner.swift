import ArgumentParser
import Foundation
import SJTAuthoring
import SJTEngine
import SJTStore

/// Drives one `sjt play` run: who is playing, at what level, which scenario, then each decision:
/// show it, read an answer, commit it to the store, show feedback; and the debrief at the end.
struct PracticeRunner {
    let bank: ScenarioBank
    let store: ProgressStore
    let output: Terminal.Stream
    let screen: PlayScreen
    /// The mode asked for; `nil` keeps a resumed attempt's own mode (practice for a new one).
    let mode: PlayCommand.Mode?
    let asksForRationale: Bool
    let seed: UInt64?

    /// An attempt in play: the engine's session and the store's row for it.
    struct Attempt {
        var session: Session
        var record: AttemptRecord
        var mode: PlayCommand.Mode
    }

    enum Ending { case finished, stopped, inputEnded }

    // MARK: - Who and at what level

    /// The learner id: given, else the last learner on this store, else asked once.
    func learner(given: String?, name: String?, cohort: String?, input: inout any AnswerSource) throws -> String {
        var id = try given ?? store.rememberedLearner()
        while id == nil {
            output.write(screen.paragraph("Your learner id (your first name, or the id your trainer gave you):") + "\n> ")
            guard let line = input.nextLine() else { throw inputEndedBeforeStart() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if ["q", "quit"].contains(trimmed.lowercased()) { throw stoppedBeforeStart() }
            if !trimmed.isEmpty { id = trimmed }
        }
        let learnerID = id!
        var record = try store.learner(learnerID) ?? LearnerRecord(id: learnerID, createdAt: Date())
        if let name { record.name = name }
        if let cohort { record.cohort = cohort }
        try store.save(record)
        try store.rememberLearner(learnerID)
        return learnerID
    }

    /// The level: given (and remembered), else remembered, else asked once.
    func level(for learner: String, given: LeadershipLevel?, input: inout any AnswerSource) throws -> LeadershipLevel {
        var record = try store.learner(learner)!
        if let given {
            record.level = given.rawValue
            try store.save(record)
            return given
        }
        if let remembered = record.level.flatMap(LeadershipLevel.init(rawValue:)) { return remembered }
        output.write(screen.levelMenu() + "\n")
        while true {
            output.write(screen.paragraph("Type 1 to \(LeadershipLevel.allCases.count):") + "\n> ")
            guard let line = input.nextLine() else { throw inputEndedBeforeStart() }
            if ["q", "quit"].contains(line.trimmingCharacters(in: .whitespaces).lowercased()) { throw stoppedBeforeStart() }
            if let number = Int(line.trimmingCharacters(in: .whitespaces)), (1...LeadershipLevel.allCases.count).contains(number) {
                let level = LeadershipLevel.allCases[number - 1]
                record.level = level.rawValue
                try store.save(record)
                return level
            }
        }
    }

    // MARK: - Which scenario

    func start(learner: String, level: LeadershipLevel, scenario requested: String?, resume: Bool) throws -> Attempt {
        if resume {
            guard let record = try store.latestInProgressAttempt(learner: learner) else {
                throw CommandFailure("you have no unfinished attempt to continue; start one with --scenario ID or --next")
            }
            if let resumed = try self.resume(record) { return resumed }
            return try begin(learner: learner, level: LeadershipLevel(rawValue: record.level) ?? level,
                             scenario: bank.scenario(ScenarioID(record.scenarioId))!, cohort: record.cohort)
        }
        let cohort = try store.learner(learner)?.cohort
        if let requested {
            guard let scenario = bank.scenario(ScenarioID(requested)) else {
                throw CommandFailure(
                    "there is no scenario '\(VisibleText(requested))'; the scenarios are: \(bank.scenarios.map(\.id.rawValue).joined(separator: ", "))")
            }
            return try begin(learner: learner, level: level, scenario: scenario, cohort: cohort)
        }
        let recommender = Recommender(scenarios: bank.scenarios, catalogue: bank.catalogue)
        guard let recommendation = recommender.recommend(level: level, history: try store.history(learner: learner, level: level)),
            let scenario = bank.scenario(recommendation.scenario)
        else {
            throw CommandFailure("no scenario in the bank is written for level '\(level)'")
        }
        output.write(screen.paragraph("Recommended for you: \(scenario.title). \(recommendation.reason)") + "\n\n")
        return try begin(learner: learner, level: level, scenario: scenario, cohort: cohort)
    }

    /// Continues a saved attempt, or says why it cannot and returns `nil` (the attempt is kept as
    /// it was and a new one starts).
    private func resume(_ record: AttemptRecord) throws -> Attempt? {
        guard let scenario = bank.scenario(ScenarioID(record.scenarioId)), let source = bank.sources[scenario.id] else {
            throw CommandFailure(
                "your unfinished attempt is at scenario '\(VisibleText(record.scenarioId))', which is not in the bank now; it is kept in the store. Start another with --scenario ID or --next")
        }
        let mode = self.mode ?? PlayCommand.Mode(rawValue: record.mode) ?? .practice
        if source.sha256 == record.scenarioHash, scenario.version == record.scenarioVersion,
            let state = try? store.state(of: record),
            let session = try? Session(resuming: state, PreparedScenario(scenario, catalogue: bank.catalogue))
        {
            output.write(screen.paragraph("Continuing “\(scenario.title)” at decision \(session.state.history.count + 1).") + "\n\n")
            return Attempt(session: session, record: record, mode: mode)
        }
        try store.markSuperseded(record)
        let versions = record.scenarioVersion == scenario.version
            ? "" : " (version \(record.scenarioVersion), now \(scenario.version))"
        output.write(screen.paragraph(
            "“\(scenario.title)” has changed since you started it\(versions). Your earlier answers are kept as they were, and not rescored; starting it again from the beginning.")
            + "\n\n")
        return nil
    }

    private func begin(learner: String, level: LeadershipLevel, scenario: Scenario, cohort: String?) throws -> Attempt {
        let session: Session
        do {
            session = try Session(
                PreparedScenario(scenario, catalogue: bank.catalogue), level: level, seed: seed ?? UInt64.random(in: 0...UInt64.max))
        } catch {
            throw CommandFailure("\(error)")
        }
        let record = try store.startAttempt(
            learner: learner, cohort: cohort, session: session, scenarioHash: bank.sources[scenario.id]?.sha256 ?? "",
            mode: (mode ?? .practice).rawValue, at: Self.now())
        return Attempt(session: session, record: record, mode: mode ?? .practice)
    }

    // MARK: - Playing

    /// Plays decisions until the ending, `q`, or the end of the answers.
    func play(_ attempt: inout Attempt, input: inout any AnswerSource) throws -> Ending {
        let scenario = attempt.session.scenario
        let level = attempt.session.level
        let asksForReason = asksForRationale || scenario.asksForRationale
        var seat = scenario.seat[level]
        while true {
            guard case .decision(let offered) = attempt.session.presentation else {
                output.write(debrief(attempt) + "\n")
                return .finished
            }
            output.write(screen.decision(offered, title: scenario.title, level: level, seat: seat) + "\n")
            seat = nil
            var response: Response?
            while response == nil {
                output.write("> ")
                guard let line = input.nextLine() else { return .inputEnded }
                let answer = line.trimmingCharacters(in: .whitespaces)
                if ["q", "quit"].contains(answer.lowercased()) { return .stopped }
                switch AnswerParser.response(from: answer, for: offered) {
                case .success(let parsed): response = parsed
                case .failure(let problem): output.write(screen.paragraph(problem.message) + "\n")
                }
            }
            var reason: String?
            var inputEnded = false
            if asksForReason {
                output.write(screen.paragraph("Why? One line for your record (press Enter to skip):") + "\n> ")
                if let line = input.nextLine() {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    reason = trimmed.isEmpty ? nil : trimmed
                } else {
                    // The choice was made: keep it, without a reason, before stopping.
                    inputEnded = true
                }
            }
            let time = Self.now()
            let outcome: ResponseOutcome
            do {
                outcome = try attempt.session.respond(response!, rationale: reason, at: time, shownOrder: offered.choices.map(\.id))
            } catch {
                // The parser only builds responses to the offered options; this would be a bug.
                throw CommandFailure("the answer could not be recorded: \(error)")
            }
            // Committed before anything else is shown: a killed process loses nothing answered.
            try store.record(outcome, session: attempt.session, attempt: &attempt.record, at: time)
            if inputEnded { return .inputEnded }
            if attempt.mode == .practice {
                output.write("\n" + screen.feedback(outcome, level: level) + "\n\n")
            } else {
                output.write("Answer recorded.\n\n")
            }
        }
    }

    private func debrief(_ attempt: Attempt) -> String {
        let session = attempt.session
        let reasons = session.state.history.compactMap { recorded in
            recorded.rationale.map { PlayScreen.Reason(step: recorded.step, text: $0, time: recorded.answeredAt) }
        }
        let held = attempt.mode == .assessment ? session.outcomes.map { screen.feedback($0, level: session.level) } : []
        return screen.debrief(session.result, scenario: session.scenario, level: session.level, reasons: reasons, heldFeedback: held)
    }

    private func stoppedBeforeStart() -> Error {
        output.write("\nStopped before a scenario started.\n")
        return ExitCode.success
    }

    private func inputEndedBeforeStart() -> Error {
        Terminal.standardError.write(screen.paragraph("sjt: the input ended before a scenario started; nothing was saved") + "\n")
        return ExitCode(3)
    }

    /// Now, to the second: the store and the saved state keep the same time.
    static func now() -> Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }
}
