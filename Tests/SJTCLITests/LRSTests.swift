import Foundation
import SJTTestSupport
import Testing

/// `--lrs` against a real learning record store, Ralph (docs/xapi.md, "Testing against an LRS"):
/// the sample cohort stored and read back as written, sent twice and stored once, wrong
/// credentials, and a statement the store refuses.
///
/// Each test sends the sample cohort under a cohort name of its own, so that no test sees another's
/// statements, whatever order they run in and however often against the same store.
@Suite(.enabled(if: Python.isAvailable, "the LRS tests run the Ralph LRS, which needs Python 3: install python3 to run them"))
struct LRSTests {
    let directory: URL
    let sjt: CommandLineRunner
    let server: LRSTestServer
    let cohort = "lrs-test-\(UUID().uuidString.prefix(8).lowercased())"
    let base = ["--activity-base", "https://learning.example.org/sjt"]

    init() throws {
        server = try LRSTestServer.shared.get()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-lrs-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        sjt = CommandLineRunner(environment: [
            "SJT_STORE": directory.appendingPathComponent("progress.sqlite").path, "SJT_LRS_PASSWORD": server.password,
        ])
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// scenarios/sample-cohort/responses.csv under this test's cohort name; with `learner`, that learner's rows alone.
    func sampleCohort(only learner: String? = nil) throws -> String {
        let text = try String(contentsOfFile: Fixtures.path("scenarios/sample-cohort/responses.csv"), encoding: .utf8)
        // Lines end in CRLF, one Character to Swift: split where a line ends, whatever ends it.
        var lines = text.replacingOccurrences(of: "induction-spring-2027", with: cohort).split(whereSeparator: \.isNewline)
        if let learner { lines = [lines[0]] + lines.dropFirst().filter { $0.contains(",\(learner),") } }
        let file = path(learner.map { "sample-\($0).csv" } ?? "sample.csv")
        try (lines.joined(separator: "\r\n") + "\r\n").write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func send(_ input: String, to folder: String, _ extra: [String] = []) throws -> CommandLineRunner.Run {
        try sjt.run(["batch", input, "-o", path(folder), "--lrs", server.url, "--lrs-user", server.user] + base + extra)
    }

    @Test func everyStatementOfTheSampleCohortIsStoredAndReadsBackAsWritten() throws {
        let run = try send(try sampleCohort(), to: "out")
        #expect(run == .init(status: 0, standardOutput: """
            Wrote \(path("out")): 72 attempts (72 complete) from 24 learners.
            rows read 196 = accepted 196 + rejected 0
            Sent 268 statements to \(server.url) in 3 batches: 268 stored, 0 already there.

            """, standardError: ""))
        #expect(try server.readBack(path("out/statements.json")) == "268 statements: 268 stored once as written, 268 valid xAPI\n")
    }

    @Test func statementsSentTwiceAreStoredOnce() throws {
        let input = try sampleCohort()
        #expect(try send(input, to: "first").status == 0)
        let again = try send(input, to: "second", ["--lrs-batch-size", "50"])
        #expect(again.status == 0)
        #expect(again.standardOutput.hasSuffix("Sent 268 statements to \(server.url) in 6 batches: 0 stored, 268 already there.\n"))
        #expect(try server.readBack(path("second/statements.json")) == "268 statements: 268 stored once as written, 268 valid xAPI\n")
    }

    @Test func wrongCredentialsAreRefusedWith401AndNothingIsStored() throws {
        var wrong = sjt
        wrong.environment["SJT_LRS_PASSWORD"] = "not-the-password"
        let run = try wrong.run(["batch", try sampleCohort(), "-o", path("out"), "--lrs", server.url, "--lrs-user", server.user] + base)
        #expect(run.status == 1)
        #expect(run.standardError == """
            Error: stored 0 of 268 statements; batch 1 (statements 1–100) was not stored: the LRS at \(server.url) refused the credentials (401 Unauthorized); check the user and password (--lrs-credentials FILE, or --lrs-user with SJT_LRS_PASSWORD). \(path("out"))/statements.json holds every statement: send it again once that is put right, and the LRS stores none twice

            """)
        #expect(!run.standardError.contains("not-the-password"))
    }

    /// A realistic refusal: the last learner's statements sent first under another activity base,
    /// so the store holds their ids with other content, and refuses the batch that reaches them (409).
    @Test func aStatementTheStoreHoldsWithOtherContentIsRefusedAfterTheBatchesBeforeItAreStored() throws {
        let earlier = try sjt.run(
            ["batch", try sampleCohort(only: "s000024"), "-o", path("earlier"), "--lrs", server.url, "--lrs-user", server.user,
             "--activity-base", "https://other.example.org/sjt"])
        #expect(earlier.status == 0, "\(earlier.standardError)")
        let run = try send(try sampleCohort(), to: "out", ["--lrs-batch-size", "50"])
        #expect(run.status == 1)

        // The first of s000024's statements is the one the store names.
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path("out/statements.json")))) as? [[String: Any]])
        let position = try #require(statements.firstIndex { (($0["actor"] as? [String: Any])?["account"] as? [String: Any])?["name"] as? String == "s000024" })
        let refused = statements[position]
        let extensions = try #require((refused["context"] as? [String: Any])?["extensions"] as? [String: Any])
        let x = "https://w3id.org/sjt/xapi/extensions/"
        let scenario = try #require(((refused["object"] as? [String: Any])?["id"] as? String)?.components(separatedBy: "/scenarios/").last?.components(separatedBy: "/").first)
        let batch = position / 50 + 1
        #expect(run.standardError == """
            Error: stored \((batch - 1) * 50) of 268 statements before the LRS refused batch \(batch) (statements \((batch - 1) * 50 + 1)–\(min(batch * 50, 268))): 409 Conflict: Differing statements already exist with the same ID: \(refused["id"]!) (statement \(position + 1), answered: cohort \(cohort), learner s000024, scenario \(scenario) version \(extensions[x + "scenario-version"]!), attempt 1, step 1). The LRS holds statements with these ids and other content: they were sent before with another --activity-base or --account-home-page, or the scenario's file changed without a new version. \(path("out"))/statements.json holds every statement: send it again once that is put right, and the LRS stores none twice

            """)
    }

    @Test func exportXAPISendsAStoresStatementsToo() throws {
        let (scenario, catalogue) = try Fixtures.example()
        let lines = try ScriptedAnswers.lines(
            for: [.single("a"), .rank(["b", "a", "c"])], scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: 4)
        let example = ["--scenarios", "docs/examples", "--catalogue", "scenarios/catalogue.yaml"]
        _ = try sjt.run(
            ["play", "--learner", "l-01", "--level", "frontline-leader", "--scenario", "delayed-recording", "--seed", "4",
             "--cohort", cohort] + example, input: lines.joined(separator: "\n") + "\n")
        try "\(server.user):\(server.password)\n".write(toFile: path("credentials"), atomically: true, encoding: .utf8)
        chmod(path("credentials"), 0o600)
        let run = try sjt.run(
            ["export", "xapi", "-o", path("statements.json"), "--lrs", server.url, "--lrs-credentials", path("credentials")] + base + example)
        #expect(run == .init(
            status: 0, standardOutput: "Sent 3 statements to \(server.url) in 1 batch: 3 stored, 0 already there.\n",
            standardError: "Wrote 3 statements to \(path("statements.json"))\n"))
        #expect(try server.readBack(path("statements.json")) == "3 statements: 3 stored once as written, 3 valid xAPI\n")
    }
}
