import ArgumentParser
import Foundation
import SJTAuthoring
import SJTCohort
import SJTEngine
import SJTStore

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show a learner's attempts, scores per principle, and what to practise next.",
        discussion: """
            Scores per principle are over the learner's completed attempts at their level. The store \
            is only read, never changed.

            \(ExitStatus.help())
            """
    )

    @OptionGroup var bank: BankOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The learner's id (default: the last learner who played on this store).", valueName: "id"))
    var learner: String?

    func run() throws {
        let bank = try self.bank.loadBank()
        let store = try self.store.openExisting()
        guard let learnerID = try learner ?? store.rememberedLearner() else {
            throw CommandFailure("no learner has played on this store yet; name one with --learner")
        }
        guard let learner = try store.learner(learnerID) else {
            throw CommandFailure("learner '\(VisibleText(learnerID))' has not played on this store; check the id, or the store with --store")
        }
        let level = learner.level.flatMap(LeadershipLevel.init(rawValue:)) ?? .frontLineLeader
        let attempts = try store.attempts(learner: learnerID)
        let catalogue = bank.catalogue
        let output = Terminal.standardOutput
        // Everything from the store, and the bank's own text, is shown through VisibleText.
        var lines = ["Progress for \(VisibleText(learnerID)) (\(catalogue.level(level)?.name.lowercased() ?? level.rawValue))", ""]

        lines.append("Attempts")
        if attempts.isEmpty { lines.append("  none yet") }
        for attempt in attempts {
            let title = VisibleText(bank.scenario(ScenarioID(attempt.scenarioId))?.title ?? attempt.scenarioId)
            let day = UTCTime.day(attempt.finishedAt ?? attempt.updatedAt)
            let state: String
            switch attempt.status {
            case .complete:
                let percent = attempt.percentage.map { "\(Int($0.rounded()))%" } ?? "no score"
                // The band as stored: the engine's, after the ending's cap, beside the outcome that set it.
                let band = attempt.band.flatMap { id in catalogue.bands.first { $0.id.rawValue == id }?.name.lowercased() } ?? ""
                let outcome = attempt.outcome.map { id in catalogue.outcome(OutcomeID(id))?.name ?? "\(VisibleText(id))" }.map { "\($0) — " } ?? ""
                state = "\(outcome)\(percent), \(band)"
            case .inProgress:
                state = "unfinished: continue with \(CommandName.current) play --resume"
            case .superseded:
                state = "started on an earlier version of the scenario; kept, not rescored"
            }
            lines.append("  \(day)  \(title) (attempt \(attempt.number), \(VisibleText(attempt.level))): \(state)")
        }

        let completed = attempts.filter { $0.status == .complete && $0.level == level.rawValue }
        let scored = catalogue.principles.compactMap { principle -> (Principle, latest: Double, best: Double)? in
            let values = completed.compactMap { $0.principlePercentages[principle.id] }
            guard let latest = values.last, let best = values.max() else { return nil }
            return (principle, latest, best)
        }
        lines += ["", "Principles at your level (completed attempts): latest, best, band of the latest"]
        if scored.isEmpty { lines.append("  no completed attempts at this level yet") }
        let nameWidth = min(48, scored.map(\.0.name.count).max() ?? 0)
        for (principle, latest, best) in scored {
            let band = catalogue.band(forPercentage: latest)?.name.lowercased() ?? ""
            let name = principle.name.count > nameWidth ? String(principle.name.prefix(nameWidth - 1)) + "…" : principle.name
            lines.append("  \(name.padding(toLength: nameWidth, withPad: " ", startingAt: 0))  \(Self.percent(latest))  \(Self.percent(best))  \(band)")
        }

        let recommender = Recommender(scenarios: bank.scenarios, catalogue: catalogue)
        if let next = recommender.recommend(level: level, history: try store.history(learner: learnerID, level: level)),
            let scenario = bank.scenario(next.scenario)
        {
            lines += ["", TextLayout.wrap("Practise next: \(scenario.title) (\(CommandName.current) play --scenario \(scenario.id)). \(next.reason)", width: output.columns)]
        }
        output.write(lines.joined(separator: "\n") + "\n")
    }

    static func percent(_ value: Double) -> String { "\(Int(value.rounded()))%".padding(toLength: 4, withPad: " ", startingAt: 0) }
}
