import ArgumentParser
import Foundation
import SJTAuthoring
import SJTEngine
import SJTStore

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Practise a scenario at your leadership level, with feedback on every choice.",
        discussion: """
            Each answer is saved before the next situation is shown: type q to stop, and continue \
            later with `sjt play --resume`. When standard input is not a terminal, answers are read \
            from it one line each (or from --answers), so a session can be scripted. See \
            docs/practice.md.

            Answers: one number for a single choice; the most then the least effective for best and \
            worst (2 4); every number, most effective first, for a ranking (3 1 4 2); a rating per \
            option, in the order shown, for rate (3 1 4 2, where 1 is the lowest rating).

            \(ExitStatus.help(
                success: "0 when the scenario is finished, or you stop with q",
                "3 when the answers run out before the scenario ends (those given are saved)"))
            """
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case practice, assessment

        /// What each mode means, listed under `--mode` in the help.
        static var allValueDescriptions: [String: String] {
            [Self.practice.rawValue: "Feedback after every choice.",
             Self.assessment.rawValue: "Feedback held until the end, as in an assessed exercise."]
        }
    }

    @OptionGroup var bank: BankOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Your learner id (remembered for next time).", valueName: "id"))
    var learner: String?

    @Option(help: "Your name as a trainer's export should show it (optional).")
    var name: String?

    @Option(help: ArgumentHelp("Your cohort or course, e.g. spring-2027 (remembered).", valueName: "name"))
    var cohort: String?

    @Option(help: "Your leadership level (remembered).")
    var level: LeadershipLevel?

    @Option(help: ArgumentHelp("The scenario to play, by its id.", valueName: "id"))
    var scenario: String?

    @Flag(help: "Play the scenario recommended for you (the default when no scenario is named).")
    var next = false

    @Flag(help: "Continue your unfinished attempt where you left it.")
    var resume = false

    @Option(help: "When feedback is shown (default: practice, or the mode a resumed attempt was started in).")
    var mode: Mode?

    @Flag(help: "Ask for a one-line reason after each choice, recorded with its time.")
    var rationale = false

    @Option(help: ArgumentHelp("Answers for a scripted session, one per decision, separated by semicolons: \"2;1 4;3 1 4 2\".", valueName: "list"))
    var answers: String?

    @Flag(help: "No colour and no box drawing, for screen readers.")
    var plain = false

    @Option(help: ArgumentHelp("Seed for the option order (random by default).", visibility: .hidden))
    var seed: UInt64?

    func validate() throws {
        let choices = [scenario != nil, next, resume].filter { $0 }.count
        guard choices <= 1 else {
            throw ValidationError("choose one of --scenario ID, --next or --resume")
        }
        if let learner, learner.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--learner needs an id, e.g. --learner amira")
        }
    }

    func run() throws {
        let bank = try self.bank.loadBank()
        let store = try self.store.open()
        var input: any AnswerSource = answers.map { ListedAnswers($0) } ?? StandardInputAnswers()
        let output = Terminal.standardOutput
        let runner = PracticeRunner(
            bank: bank, store: store, output: output,
            screen: PlayScreen(
                width: output.columns, colour: !plain && output.allowsColour, plain: plain, catalogue: bank.catalogue),
            mode: mode, asksForRationale: rationale, seed: seed)

        let learnerID = try runner.learner(given: learner, name: name, cohort: cohort, input: &input)
        let level = try runner.level(for: learnerID, given: level, input: &input)
        var play = try runner.start(
            learner: learnerID, level: level, scenario: scenario, resume: resume)
        switch try runner.play(&play, input: &input) {
        case .finished: return
        case .stopped:
            output.write("\n" + runner.screen.paragraph("Saved. Continue where you left off with: \(CommandName.current) play --resume") + "\n")
        case .inputEnded:
            Terminal.standardError.write(runner.screen.paragraph(
                "sjt: the answers ended before the scenario did; your answers so far are saved. Continue with: \(CommandName.current) play --resume")
                + "\n")
            throw ExitCode(3)
        }
    }
}
