import ArgumentParser
import Foundation
import SJTTestSupport
import Testing

@testable import sjt

/// The whole `--help` text of every command, as a first-time user reads it, compared exactly with
/// `Tests/Fixtures/help/<command>.txt` (`sjt-export-responses.txt` for `sjt export responses`).
///
/// The texts are kept as files, one per command, so that a change to a help text shows in review
/// as a diff of what the user will read. To regenerate them after changing a command's help:
///
///     swift build --build-tests
///     SJT_RECORD_HELP=1 swift test --skip-build --filter HelpTextTests
///     git diff Tests/Fixtures/help    # read it as the user will
struct HelpTextTests {
    /// Every command and subcommand; `everyCommandHasItsHelpTested` keeps this list whole.
    static let commands = [
        "sjt", "sjt play", "sjt progress", "sjt export", "sjt export responses", "sjt export xapi", "sjt batch", "sjt compare", "sjt report", "sjt simulate",
        "sjt validate", "sjt audit", "sjt graph", "sjt paths", "sjt catalogue",
    ]

    /// argument-parser wraps help at `$COLUMNS`, else at the terminal's width (80 through a pipe,
    /// as here); pinned, so the texts are the same in any terminal the tests are started from.
    let sjt = CommandLineRunner(environment: ["COLUMNS": "80"])

    static func fixture(_ command: String) -> String {
        "Tests/Fixtures/help/" + command.replacingOccurrences(of: " ", with: "-") + ".txt"
    }

    @Test(arguments: commands)
    func helpIsExactlyTheRecordedText(_ command: String) throws {
        let run = try sjt.run(command.split(separator: " ").dropFirst().map(String.init) + ["--help"])
        if ProcessInfo.processInfo.environment["SJT_RECORD_HELP"] != nil {
            try Data(run.standardOutput.utf8).write(to: URL(fileURLWithPath: Fixtures.path(Self.fixture(command))))
        }
        #expect(run == .init(status: 0, standardOutput: try Fixtures.text(Self.fixture(command)), standardError: ""))
    }

    @Test func everyCommandHasItsHelpTested() {
        #expect(Self.commands == Self.commandNames(SJTCommand.self, prefix: "sjt"))
    }

    @Test func everyRecordedHelpTextIsACommands() throws {
        let recorded = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Tests/Fixtures/help"))
        #expect(Set(recorded.map { "Tests/Fixtures/help/" + $0 }) == Set(Self.commands.map(Self.fixture)))
    }

    /// The command and, depth first in the order its configuration lists them, its subcommands.
    static func commandNames(_ command: any ParsableCommand.Type, prefix: String) -> [String] {
        [prefix] + command.configuration.subcommands.flatMap { subcommand in
            commandNames(subcommand, prefix: prefix + " " + (subcommand.configuration.commandName ?? "?"))
        }
    }
}
