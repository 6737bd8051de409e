import ArgumentParser
import SJTBuiltInBank

/// The `sjt` command: situational-judgement practice and cohort analytics for leadership training.
@main
struct SJTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sjt",
        abstract: "Practise and analyse branching leadership scenarios, scored against what each level is expected to do.",
        discussion: """
            Guides: docs/practice.md for learners; docs/csv-formats.md and docs/statistics.md for \
            trainers; docs/scenario-format.md and docs/audit.md for scenario authors.

            Every command exits with status 0 on success, 1 on failure (with the reason on standard \
            error) and 64 when the command line is wrong; a command's help says what else its status \
            can mean.
            """,
        // The engine's version, then the built-in bank's, generated with the bank at build time.
        version: "sjt \(engineVersion)\nbuilt-in scenario bank: \(BuiltInBank.version)",
        subcommands: [
            PlayCommand.self, ProgressCommand.self, ExportCommand.self, BatchCommand.self, CompareCommand.self, ReportCommand.self, SimulateCommand.self,
            ValidateCommand.self, AuditCommand.self, GraphCommand.self, PathsCommand.self, CatalogueCommand.self,
        ]
    )

    /// The engine's version: what every manifest records as `engine_version`.
    static let engineVersion = "0.1.0"
}
