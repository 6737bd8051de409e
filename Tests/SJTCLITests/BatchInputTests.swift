import Foundation
import SJTCSV
import SJTTestSupport
import Testing

/// What `sjt batch` makes of inputs that are not an ordinary, well-filled responses file: no
/// responses, duplicate columns, one file under two names, pipes and standard input.
struct BatchInputTests {
    let directory: URL
    let sjt: CommandLineRunner
    let example = ["--scenarios", "docs/examples", "--catalogue", "scenarios/catalogue.yaml"]
    static let header = "cohort,learner_id,level,scenario_id,step,node_id,response\n"
    static let row = "c1,l-1,frontline-leader,delayed-recording,1,backlog,a\n"

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-input-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        sjt = CommandLineRunner(environment: ["SJT_STORE": directory.appendingPathComponent("progress.sqlite").path])
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    @Test func headerOnlyFileIsRefusedAndNothingIsWritten() throws {
        let file = try write("empty.csv", Self.header + "\n\n")
        let run = try sjt.run(["batch", file, "-o", path("out")] + example)
        #expect(run.status == 1)
        #expect(run.standardError == "Error: \(file) has a header row but no responses; nothing was exported\n")
        #expect(run.standardOutput == "")
        #expect(!FileManager.default.fileExists(atPath: path("out")))
    }

    @Test func severalInputsWithNoResponsesBetweenThemAreRefused() throws {
        let first = try write("a.csv", Self.header), second = try write("b.csv", Self.header)
        let run = try sjt.run(["batch", first, second, "-o", path("out")] + example)
        #expect(run.status == 1)
        #expect(run.standardError == "Error: none of the 2 inputs holds a response (each has a header row only); nothing was exported\n")
        #expect(!FileManager.default.fileExists(atPath: path("out")))
    }

    @Test func headerOnlyFileBesideOneWithResponsesIsReadAndCountsNoRows() throws {
        let empty = try write("a.csv", Self.header), full = try write("b.csv", Self.header + Self.row)
        let run = try sjt.run(["batch", empty, full, "-o", path("out")] + example)
        #expect(run.status == 0)
        #expect(run.standardOutput.hasSuffix("rows read 1 = accepted 1 + rejected 0\n"))
        let manifest = try JSONSerialization.jsonObject(with: try #require(FileManager.default.contents(atPath: path("out/manifest.json"))))
        let inputs = try #require((manifest as? [String: Any])?["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["rows_read"] as? Int } == [0, 1])
    }

    @Test func aColumnNamedTwiceIsRefusedNamingBoth() throws {
        let file = try write("twice.csv", "cohort,learner_id,level,scenario_id,learner_id,step,node_id,response\nc1,l-1,frontline-leader,delayed-recording,l-2,1,backlog,a\n")
        let run = try sjt.run(["batch", file, "-o", path("out")] + example)
        #expect(run.status == 1)
        #expect(run.standardError == "Error: \(file): columns 2 and 5 are both 'learner_id'; remove or rename one; nothing was exported\n")
        #expect(!FileManager.default.fileExists(atPath: path("out")))
    }

    @Test func columnsThatDifferOnlyInCaseAndSpacesAreTheSameColumn() throws {
        let file = try write("case.csv", "cohort,learner_id,level,scenario_id,step,node_id,response, LEVEL \nc1,l-1,frontline-leader,delayed-recording,1,backlog,a,strategic-leader\n")
        let run = try sjt.run(["batch", file, "-o", path("out")] + example)
        #expect(run.status == 1)
        #expect(run.standardError == "Error: \(file): columns 3 ('level') and 8 (' LEVEL ') are both the 'level' column; remove or rename one; nothing was exported\n")
    }

    @Test func unknownColumnsNamedTwiceAreIgnored() throws {
        let file = try write("notes.csv", "notes," + Self.header.dropLast() + ",Notes\nx," + Self.row.dropLast() + ",y\n")
        let run = try sjt.run(["batch", file, "-o", path("out")] + example)
        #expect(run.status == 0)
        #expect(run.standardOutput.hasSuffix("rows read 1 = accepted 1 + rejected 0\n"))
    }

    @Test func aDelimiterOtherThanCommaOrSemicolonIsRefusedNamingTheTwo() throws {
        let file = try write("bars.csv", (Self.header + Self.row).replacingOccurrences(of: ",", with: "|"))
        let run = try sjt.run(["batch", file, "--delimiter", "|", "-o", path("out")] + example)
        #expect(run == .init(status: 64, standardOutput: "", standardError: """
            Error: The value '|' is invalid for '--delimiter <char>'. Please provide one of ',' and ';'.
            Help:  --delimiter <char>  The input delimiter (default: detected from the header row).
            Usage: sjt batch [<options>] [<file> ...]
              See 'sjt batch --help' for more information.

            """))
        #expect(!FileManager.default.fileExists(atPath: path("out")))
    }

    @Test func aSemicolonNamedWithDelimiterReadsTheFileAndIsRecordedInTheManifest() throws {
        let file = try write("semicolons.csv", (Self.header + Self.row).replacingOccurrences(of: ",", with: ";"))
        let run = try sjt.run(["batch", file, "--delimiter", ";", "-o", path("out")] + example)
        #expect(run.status == 0)
        #expect(run.standardOutput.hasSuffix("rows read 1 = accepted 1 + rejected 0\n"))
        let manifest = try String(contentsOfFile: path("out/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"delimiter\" : \";\""))
    }

    @Test func oneFileNamedThroughASymlinkAndAHardLinkIsReadOnce() throws {
        let file = try write("one.csv", Self.header + Self.row)
        try FileManager.default.createSymbolicLink(atPath: path("symlink.csv"), withDestinationPath: file)
        try FileManager.default.linkItem(atPath: file, toPath: path("hardlink.csv"))
        let run = try sjt.run(["batch", file, path("symlink.csv"), path("hardlink.csv"), "-o", path("out")] + example)
        #expect(run.status == 0)
        #expect(run.standardOutput.hasSuffix("rows read 1 = accepted 1 + rejected 0\n"))
    }

    @Test func learnersExportedAndScoredKeepTheirIdsAndNamesExactly() throws {
        let (scenario, catalogue) = try Fixtures.example()
        let lines = try ScriptedAnswers.lines(
            for: [.single("a")], scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: 3)
        for (learner, name) in [("-amy", "\tZoë"), ("'-amy", "Amy")] {
            let play = try sjt.run(
                ["play", "--learner=\(learner)", "--name=\(name)", "--level", "frontline-leader", "--scenario", "delayed-recording",
                 "--seed", "3"] + example,
                input: lines.joined(separator: "\n") + "\nq\n")
            #expect(play.status == 0 || play.status == 3, "\(play.standardError)")
        }
        #expect(try sjt.run(["export", "responses", "-o", path("all.csv")]).status == 0)
        let run = try sjt.run(["batch", path("all.csv"), "-o", path("out"), "--allow-rejects"] + example)
        #expect(run.standardOutput.hasPrefix("Wrote \(path("out")): 2 attempts (0 complete) from 2 learners.\n"))
        let responses = try CSVTable(bytes: Array(try #require(FileManager.default.contents(atPath: path("out/responses.csv")))))
        // As written: -amy as '-amy, '-amy as ''-amy, a name starting with a tab as '<TAB>Zoë; ordered by id as read.
        #expect(responses.rows.map { [$0[1], $0[2]] } == [["''-amy", "Amy"], ["'-amy", "'\tZoë"]])
    }

    @Test func anUnclosedQuoteIsReportedOnTheLineItOpens() throws {
        let rows = String(repeating: Self.row, count: 223).replacingOccurrences(of: "\n", with: "\r")
        let file = try write("open.csv", Self.header + Self.row + Self.row + "c1,\"l-2,frontline-leader\n" + rows)
        let run = try sjt.run(["batch", file, "-o", path("out")] + example)
        #expect(run.status == 1)
        #expect(run.standardError == "Error: \(file): line 4: a quoted field is not closed before the end of the file; nothing was exported\n")
        #expect(!FileManager.default.fileExists(atPath: path("out")))
    }

    /// Runs a shell script in the test's folder with `$SJT` the built `sjt`, for pipes and process substitution.
    func shell(_ script: String) throws -> CommandLineRunner.Run {
        let bash = CommandLineRunner(workingDirectory: Fixtures.root, environment: ["SJT": CommandLineRunner.executable.path])
        return try bash.run(["-c", script], executable: URL(fileURLWithPath: "/bin/bash"))
    }

    var exampleArguments: String { example.joined(separator: " ") }

    @Test func aDashReadsTheResponsesFromStandardInput() throws {
        let run = try sjt.run(["batch", "-", "-o", path("out")] + example, input: Self.header + Self.row)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasSuffix("rows read 1 = accepted 1 + rejected 0\n"))
        let manifest = try JSONSerialization.jsonObject(with: try #require(FileManager.default.contents(atPath: path("out/manifest.json"))))
        let inputs = try #require((manifest as? [String: Any])?["inputs"] as? [[String: Any]])
        #expect(inputs.map { $0["path"] as? String } == ["-"])
    }

    @Test func standardInputNamedTwiceIsReadOnce() throws {
        let run = try sjt.run(["batch", "-", "/dev/stdin", "-o", path("out")] + example, input: Self.header + Self.row)
        #expect(run.standardOutput.hasSuffix("rows read 1 = accepted 1 + rejected 0\n"), "\(run.standardError)")
    }

    @Test func devStdinProcessSubstitutionAndANamedPipeAreRead() throws {
        let file = try write("in.csv", Self.header + Self.row)
        for (name, command) in [
            ("stdin", "cat '\(file)' | timeout 60 \"$SJT\" batch /dev/stdin"),
            ("substitution", "timeout 60 \"$SJT\" batch <(cat '\(file)')"),
            ("fifo", "mkfifo '\(path("fifo"))' && { cat '\(file)' > '\(path("fifo"))' & } && timeout 60 \"$SJT\" batch '\(path("fifo"))'"),
        ] {
            let run = try shell("\(command) -o '\(path(name + "-out"))' \(exampleArguments)")
            #expect(run.standardOutput.hasSuffix("rows read 1 = accepted 1 + rejected 0\n"), "\(name): \(run.standardError)")
        }
    }

    @Test func aHeaderOnlyPipeSaysStandardInputHasNoResponses() throws {
        let run = try sjt.run(["batch", "-", "-o", path("out")] + example, input: Self.header)
        #expect(run.status == 1)
        #expect(run.standardError == "Error: standard input has a header row but no responses; nothing was exported\n")
    }

    @Test func endlessZeroBytesAreRefusedAtOnce() throws {
        // Under a time limit: a reader that kept on would otherwise never end.
        let run = try shell("timeout 60 \"$SJT\" batch /dev/zero -o '\(path("out"))' \(exampleArguments)")
        #expect(run.status == 1)
        #expect(run.standardError == "Error: /dev/zero: record 1: a field holds a NUL byte; the file is damaged or not text; nothing was exported\n")
    }

    @Test func aStorePipedInIsRefusedAskingForItsPath() throws {
        let run = try sjt.run(["batch", "-", "-o", path("out")] + example, input: "SQLite format 3\0 and the rest")
        #expect(run.status == 1)
        #expect(run.standardError == "Error: standard input is a practice store; give the store's path instead of piping it in\n")
    }

    @Test func aMissingFileIsNamedWithWhyItCannotBeRead() throws {
        let run = try sjt.run(["batch", path("typo.csv"), "-o", path("out")] + example)
        #expect(run.status == 1)
        #expect(run.standardError == "Error: cannot read \(path("typo.csv")): no such file or directory; check the path\n")
    }
}
