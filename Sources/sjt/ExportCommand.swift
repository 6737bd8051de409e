import ArgumentParser
import Foundation
import SJTCohort
import SJTStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export recorded responses for a trainer.",
        subcommands: [ExportResponsesCommand.self]
    )
}

struct ExportResponsesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "responses",
        abstract: "Write the responses in a progress store as a cohort responses CSV file, for `sjt batch`.",
        discussion: "The format is in docs/csv-formats.md. Unfinished attempts are included; the batch runner marks them incomplete."
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Only this learner's responses.")
    var learner: String?

    @Option(help: "Only this cohort's responses. Learners who played without a cohort are written as 'unassigned'.")
    var cohort: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The CSV file to write (default: responses.csv).", valueName: "file"))
    var output: String = "responses.csv"

    @Flag(inversion: .prefixedNo, help: "Start the file with a UTF-8 byte order mark, so Excel shows names right.")
    var bom = true

    func run() throws {
        let store = try self.store.open()
        let learners = Dictionary(uniqueKeysWithValues: try store.learners().map { ($0.id, $0) })
        var rows: [CohortResponse] = []
        let attempts = try store.attempts(learner: learner).filter { attempt in
            cohort == nil || (attempt.cohort ?? learners[attempt.learnerId]?.cohort) == cohort
        }
        for attempt in attempts {
            guard let id = attempt.id else { continue }
            let learnerRecord = learners[attempt.learnerId]
            for response in try store.responses(attempt: id) {
                rows.append(
                    CohortResponse(
                        cohort: attempt.cohort ?? learnerRecord?.cohort ?? cohort ?? Self.unassigned, learnerID: attempt.learnerId,
                        learnerName: learnerRecord?.name, level: attempt.level, scenarioID: attempt.scenarioId,
                        scenarioVersion: attempt.scenarioVersion, attempt: attempt.number, step: response.step,
                        nodeID: response.nodeId, response: response.response, shownOrder: response.shownOrder,
                        answeredAt: Self.iso8601(response.answeredAt), rationale: response.rationale))
            }
        }
        rows.sort { ($0.cohort, $0.learnerID, $0.scenarioID, $0.attempt, $0.step) < ($1.cohort, $1.learnerID, $1.scenarioID, $1.attempt, $1.step) }
        do {
            try CohortResponseWriter.write(rows, to: output, byteOrderMark: bom)
        } catch {
            throw CommandFailure("\(error)")
        }
        let learnerCount = Set(attempts.map(\.learnerId)).count
        Terminal.standardError.write(
            "Wrote \(rows.count) \(rows.count == 1 ? "response" : "responses") from \(learnerCount) \(learnerCount == 1 ? "learner" : "learners") to \(output)\n")
    }

    /// The cohort written for a learner who played without one (`sjt play --cohort` sets it).
    static let unassigned = "unassigned"

    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
