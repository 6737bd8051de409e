import Foundation
import GRDB
import SJTCSV
import SJTEngine
import SJTStore
import SJTTestSupport
import Testing

/// A store that is damaged in one row, on read-only media, played in two sessions at once, or
/// holding text a terminal would obey: driven through the CLI as a learner and a trainer would.
extension ReviewFindingsTests {
    /// Two learners' complete attempts (responses 1–4), then response 2 (l-a's step 2) damaged as
    /// another tool might leave it, with a reason that must never be shown.
    func storeWithOneUndecodableResponse() throws {
        #expect(try play("l-a").status == 0)
        #expect(try play("l-b").status == 0)
        let queue = try DatabaseQueue(path: path("progress.sqlite"))
        try queue.write { db in
            try db.execute(sql: "UPDATE response SET answeredAt = 'yesterday', rationale = 'Kayden said his stepdad hit him' WHERE id = 2")
        }
        try queue.close()
    }

    func table(_ name: String) throws -> CSVTable {
        try CSVTable(bytes: Array(try #require(FileManager.default.contents(atPath: path(name)))))
    }

    // MARK: - One undecodable row (issue 10, defect 4)

    @Test func exportLeavesOutAnUndecodableRowSaysWhyWithoutItsTextAndExitsTwo() throws {
        try storeWithOneUndecodableResponse()
        let run = try sjt.run(["export", "responses", "-o", path("out.csv")])
        #expect(run.status == 2)
        #expect(run.standardError == """
            Wrote 3 responses from 2 learners to \(path("out.csv"))
            Left out 1 response that sjt cannot read from the store; restore the store from a backup to export it:
              answered_at in the store is not a time sjt wrote (row 2 of table response)

            """)
        #expect(!run.standardError.contains("Kayden") && !run.standardOutput.contains("Kayden"))
        let rows = try table("out.csv").rows
        #expect(rows.map { [$0[1], $0[7]] } == [["l-a", "1"], ["l-b", "1"], ["l-b", "2"]])
    }

    @Test func batchRejectsAnUndecodableStoreRowWithItsReasonAndCountsIt() throws {
        try storeWithOneUndecodableResponse()
        let run = try sjt.run(["batch", "--store", path("progress.sqlite"), "-o", path("out")] + example)
        #expect(run.status == 2, "\(run.standardError)")
        #expect(run.standardError == "")
        #expect(run.standardOutput.hasSuffix("rows read 4 = accepted 3 + rejected 1\n"))
        let rejects = try table("out/rejects.csv")
        #expect(rejects.rows.map { [$0[0], $0[1], $0[2]] } == [
            [path("progress.sqlite"), "5", "answered_at in the store is not a time sjt wrote (row 2 of table response)"],
        ])
        #expect(!rejects.rows.joined().joined().contains("Kayden"))
    }

    @Test func anUndecodableAttemptHoldsBackOnlyItsOwnResponses() throws {
        #expect(try play("l-a").status == 0)
        #expect(try play("l-b").status == 0)
        let queue = try DatabaseQueue(path: path("progress.sqlite"))
        try queue.write { db in try db.execute(sql: "UPDATE attempt SET scenarioVersion = 'one' WHERE learnerId = 'l-b'") }
        try queue.close()
        let run = try sjt.run(["export", "responses", "-o", path("out.csv")])
        #expect(run.status == 2)
        #expect(run.standardError.hasSuffix("""
            to export them:
              scenario_version in the store is not a whole number (row 2 of table attempt)
              scenario_version in the store is not a whole number (row 2 of table attempt)

            """))
        #expect(try table("out.csv").rows.map { $0[1] } == ["l-a", "l-a"])
    }
}

// MARK: - Read-only stores and two sessions on one attempt (issue 10, defect 15)

extension ReviewFindingsTests {
    /// The store's bytes and the names in its folder, to compare before and after a command.
    func snapshot(_ store: String) throws -> (bytes: Data, names: [String]) {
        let folder = (store as NSString).deletingLastPathComponent
        return (try #require(FileManager.default.contents(atPath: store)), try FileManager.default.contentsOfDirectory(atPath: folder).sorted())
    }

    /// A played store alone in a folder of its own, as handed over on a stick.
    func handedOverStore() throws -> String {
        #expect(try play("l-a").status == 0)
        try FileManager.default.createDirectory(atPath: path("stick"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path("progress.sqlite"), toPath: path("stick/progress.sqlite"))
        return path("stick/progress.sqlite")
    }

    @Test func readingCommandsLeaveTheStoreByteForByteAndAddNothingBesideIt() throws {
        let store = try handedOverStore()
        let before = try snapshot(store)
        #expect(before.names == ["progress.sqlite"])
        let commands = [
            ["progress", "--store", store] + example,
            ["export", "responses", "--store", store, "-o", path("out.csv")],
            ["batch", "--store", store, "-o", path("batch")] + example,
            ["compare", store, store, "-o", path("compare")] + example,
        ]
        for command in commands {
            let run = try sjt.run(command)
            #expect(run.status == 0, "\(command[0]): \(run.standardError)")
            let after = try snapshot(store)
            #expect(after.bytes == before.bytes, "\(command[0]) changed the store")
            #expect(after.names == before.names, "\(command[0]) left files beside the store")
        }
    }

    @Test func storeOnReadOnlyMediaCanBeExported() throws {
        let store = try handedOverStore()
        let folder = path("stick")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let before = try snapshot(store)
        let run = try sjt.run(["export", "responses", "--store", store, "-o", path("out.csv")])
        #expect(run.status == 0)
        #expect(run.standardError == "Wrote 2 responses from 1 learner to \(path("out.csv"))\n")
        #expect(try snapshot(store) == before)
    }

    @Test func readOnlyOpenStillRefusesAStoreFromANewerSJT() throws {
        let store = try handedOverStore()
        let queue = try DatabaseQueue(path: store)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9 from the future')") }
        try queue.close()
        let before = try snapshot(store)
        let run = try sjt.run(["export", "responses", "--store", store, "-o", path("out.csv")])
        #expect(run.status == 1)
        #expect(run.standardError == "Error: \(store) was written by a newer version of sjt (v9 from the future); update sjt to use it.\n")
        #expect(try snapshot(store) == before)
    }

    @Test func secondSessionOnTheSameAttemptIsToldItIsOpenElsewhere() throws {
        #expect(try play("l-r", input: "").status == 3)  // an attempt started, nothing answered
        // The slower session: it shows decision 1 and waits for an answer.
        let slower = try InteractiveRun(sjt, ["play", "--resume"] + example)
        try slower.waitFor("> ")
        // Meanwhile the same learner answers decision 1 in another terminal, and stops.
        let faster = try sjt.run(["play", "--resume"] + example, input: lines[0] + "\nq\n")
        #expect(faster.status == 0, "\(faster.standardError)")
        let run = try slower.finish(input: lines[0] + "\n")
        #expect(run.status == 1)
        #expect(run.standardError == """
            Error: this attempt is being played in another session; its answer to step 1 was already recorded there. \
            Run `sjt play --resume` again to carry on from where it is now.

            """)
    }
}

/// An `sjt` process driven a line at a time, for what two sessions do in turn.
final class InteractiveRun {
    let process = Process()
    let output = Pipe(), error = Pipe(), input = Pipe()
    var shown = Data()

    init(_ runner: CommandLineRunner, _ arguments: [String]) throws {
        process.executableURL = CommandLineRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = runner.workingDirectory
        process.environment = runner.environment
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
    }

    /// Reads standard output until it shows `text` (or the process ends).
    func waitFor(_ text: String) throws {
        while !String(decoding: shown, as: UTF8.self).contains(text) {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { throw CocoaError(.fileReadUnknown) }
            shown += data
        }
    }

    func finish(input text: String) throws -> CommandLineRunner.Run {
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        let errors = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLineRunner.Run(
            status: process.terminationStatus, standardOutput: String(decoding: shown + rest, as: UTF8.self),
            standardError: String(decoding: errors, as: UTF8.self))
    }
}

// MARK: - Text a terminal would obey (issue 10, defect 17)

extension ReviewFindingsTests {
    /// Sets the window title, then clears the screen, on a terminal that obeys it.
    static let hostileID = "l-\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}x"
    static let hostileShown = #"l-\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}x"#

    @Test func progressShowsControlCharactersInALearnerIdVisibly() throws {
        #expect(try play(Self.hostileID).status == 0)
        let run = try sjt.run(["progress"] + example)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("Progress for \(Self.hostileShown) (front-line leader)\n"))
        #expect(!run.standardOutput.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
        let unknown = try sjt.run(["progress", "--learner", Self.hostileID + "2"] + example)
        #expect(unknown.standardError == "Error: learner '\(Self.hostileShown)2' has not played on this store; check the id, or the store with --store\n")
    }

    @Test func debriefShowsControlCharactersInAReasonVisibly() throws {
        let run = try play("l-why", extra: ["--rationale"], input: [lines[0], "\u{1B}[2Jwiped", lines[1], ""].joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains(#"Decision 1 ("#))
        #expect(run.standardOutput.contains(#"“\u{1B}[2Jwiped”"#))
        #expect(!run.standardOutput.unicodeScalars.contains("\u{1B}"))
        let unknown = try sjt.run(["play", "--scenario", "\u{1B}[2J"] + example, input: "")
        #expect(unknown.standardError.hasPrefix(#"Error: there is no scenario '\u{1B}[2J'; the scenarios are: "#))
    }
}
