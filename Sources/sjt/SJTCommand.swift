import ArgumentParser

/// The `sjt` command: situational-judgement practice and cohort analytics for leadership training.
@main
struct SJTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sjt",
        abstract: "Practise and analyse branching leadership scenarios, scored against what each level is expected to do.",
        version: "0.1.0",
        subcommands: [
            PlayCommand.self, ProgressCommand.self, ExportCommand.self, BatchCommand.self, CompareCommand.self, SimulateCommand.self,
            ValidateCommand.self, AuditCommand.self, GraphCommand.self, PathsCommand.self, CatalogueCommand.self,
        ]
    )
}
