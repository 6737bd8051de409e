import Foundation
import SJTCSV
import SJTDigest
import SJTTestSupport
import Testing

/// `--pseudonymise`: what leaves the training team holds no name, no learner's free text and no
/// value from a misplaced column, and keeps apart exactly the learners scoring keeps apart.
struct PseudonymisationTests {
    let directory: URL
    let sjt: CommandLineRunner
    let example = ["--scenarios", "docs/examples", "--catalogue", "scenarios/catalogue.yaml"]
    let key = Array("k7#Qv!2pZr9@Lm4x".utf8) + [0x01, 0xfe, 0x80, 0x33]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-pseudonyms-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        sjt = CommandLineRunner(environment: ["SJT_STORE": directory.appendingPathComponent("progress.sqlite").path])
        try Data(key).write(to: URL(fileURLWithPath: path("team.key")))
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func table(_ file: String) throws -> CSVTable {
        try CSVTable(bytes: Array(try #require(FileManager.default.contents(atPath: file))))
    }

    func batch(_ csv: String, _ extra: [String] = []) throws -> CommandLineRunner.Run {
        try Data(("cohort,learner_id,learner_name,level,scenario_id,step,node_id,response,shown_order,answered_at,rationale\n" + csv).utf8)
            .write(to: URL(fileURLWithPath: path("in.csv")))
        return try sjt.run(["batch", path("in.csv"), "-o", path("out"), "--pseudonymise", path("team.key"), "--allow-rejects"] + extra + example)
    }

    /// Every cell of every CSV file in the export, and the manifest's text.
    func everything() throws -> [String] {
        var cells: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: path("out")) {
            if file.hasSuffix(".csv") {
                let csv = try table(path("out/" + file))
                cells += csv.header + csv.rows.flatMap { $0 }
            } else {
                cells.append(try String(contentsOfFile: path("out/" + file), encoding: .utf8))
            }
        }
        return cells
    }

    @Test func canonicallyEquivalentIdsStayTwoLearnersWithTheirOwnPseudonyms() throws {
        let nfc = "Zo\u{00EB}", nfd = "Zoe\u{0308}"
        let run = try batch("""
            c1,\(nfc),,frontline-leader,delayed-recording,1,backlog,a,,,
            c1,\(nfd),,frontline-leader,delayed-recording,1,backlog,b,,,

            """)
        #expect(run.standardOutput.hasSuffix("rows read 2 = accepted 2 + rejected 0\n"), "\(run.standardOutput)")
        let ids = try table(path("out/attempts.csv")).rows.map { $0[1] }
        let pseudonym = { (id: String) in "p-" + PseudonymKey(bytes: key).code(for: Array(id.utf8)).prefix(16) }
        #expect(Set(ids) == [pseudonym(nfc), pseudonym(nfd)])
    }

    @Test func rejectsHoldNoValueFromAMisplacedColumnNorAnyReasonBuiltFromOne() throws {
        _ = try batch("""
            c1,l-1,,Zoe Secret,delayed-recording,1,backlog,a,,,
            c1,l-2,,frontline-leader,Ann Secret,1,backlog,a,,,
            c1,l-3,,frontline-leader,delayed-recording,1,Bob Secret,a,,,
            c1,l-4,,frontline-leader,delayed-recording,1,backlog,Cat Secret,,,
            c1,l-5,,frontline-leader,delayed-recording,1,backlog,a,Dan Secret,,
            c1,l-6,,frontline-leader,delayed-recording,1,backlog,a,,Eve Secret,
            c1,l-7,,O'Brien,delayed-recording,1,backlog,a,,,

            """)
        let rejects = try table(path("out/rejects.csv"))
        #expect(rejects.rows.count == 7)
        #expect(try everything().allSatisfy { !$0.contains("Secret") && !$0.contains("Brien") })
        #expect(rejects.rows.map { $0[2] } == [
            "level '…' is not one of frontline-worker, frontline-leader, operational-leader, strategic-leader",
            "scenario '…' is not in the scenario bank",
            "step 1: node '…' is not a decision in scenario 'delayed-recording'",
            "step 1 (node 'backlog'): node 'backlog' has no option '…'",
            "step 1 (node 'backlog'): the shown order for node 'backlog' must list each of its options exactly once",
            "step 1: answered_at '…' is not an ISO 8601 time",
            "level '…' is not one of frontline-worker, frontline-leader, operational-leader, strategic-leader",
        ])
        // Cells that are what their column should hold are kept; the rest are written as …
        #expect(rejects.rows[0][6] == "…" && rejects.rows[0][7] == "delayed-recording" && rejects.rows[0][11] == "backlog")
        #expect(rejects.rows[1][7] == "…")
        #expect(rejects.rows[3][12] == "…")
        #expect(rejects.rows[4][13] == "…")
        #expect(rejects.rows[5][14] == "…")
    }

    @Test func rationalesAreDroppedUnlessKeptAndTheManifestSaysWhich() throws {
        let rows = "spring,l-1,Amy Pond,frontline-leader,delayed-recording,1,backlog,a,,,\"I spoke to Jayden's mum first\"\n"
        _ = try batch(rows)
        #expect(try everything().allSatisfy { !$0.contains("Jayden") && !$0.contains("Amy") })
        let manifest = try String(contentsOfFile: path("out/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"rationales\" : \"removed\""))
        #expect(manifest.contains("\"rationales_removed\" : 1"))
        #expect(manifest.contains("\"cohorts\" : \"kept\""))
        #expect(try table(path("out/responses.csv")).rows.map { $0[0] } == ["spring"])

        try FileManager.default.removeItem(atPath: path("out"))
        _ = try batch(rows, ["--keep-rationales"])
        let responses = try table(path("out/responses.csv"))
        #expect(responses.rows.map { $0[responses.header.firstIndex(of: "rationale")!] } == ["I spoke to Jayden's mum first"])
        #expect(try String(contentsOfFile: path("out/manifest.json"), encoding: .utf8).contains("\"rationales\" : \"kept\""))
    }

    @Test func cohortNamesAreHashedWhenTheTrainerAsks() throws {
        _ = try batch("Riverside Family Centre,l-1,,frontline-leader,delayed-recording,1,backlog,a,,,\n", ["--pseudonymise-cohorts"])
        let cohort = "c-" + PseudonymKey(bytes: key).code(for: Array("cohort:Riverside Family Centre".utf8)).prefix(16)
        #expect(try table(path("out/attempts.csv")).rows.map { $0[0] } == [cohort])
        #expect(try everything().allSatisfy { !$0.contains("Riverside") })
        #expect(try String(contentsOfFile: path("out/manifest.json"), encoding: .utf8)
            .contains("\"cohorts\" : \"replaced by c- and the first 16 hex digits of HMAC-SHA-256 under the key\""))
    }

    @Test(arguments: [
        ([UInt8](repeating: 0, count: 16), "every byte is the same"),
        (Array("aaaaaaaaaaaaaaaa\n".utf8), "every byte is the same"),
        (Array("abcabcabcabcabcabc".utf8), "it repeats a pattern of 3 bytes"),
        (Array("passwordpassword".utf8), "it uses only 7 different byte values"),
    ])
    func aWeakKeyIsUsedWithAWarningThatSaysHowToMakeAGoodOne(key: [UInt8], weakness: String) throws {
        try Data(key).write(to: URL(fileURLWithPath: path("weak.key")))
        try Data("cohort,learner_id,level,scenario_id,step,node_id,response\nc,l,frontline-leader,delayed-recording,1,backlog,a\n".utf8)
            .write(to: URL(fileURLWithPath: path("in.csv")))
        let run = try sjt.run(["batch", path("in.csv"), "-o", path("out"), "--pseudonymise", path("weak.key")] + example)
        #expect(run.status == 0)
        #expect(run.standardError == """
            warning: the key in \(path("weak.key")) is weak (\(weakness)): anyone who guesses it can tell whose pseudonym is whose. \
            Make a random one with: head -c 32 /dev/urandom > pseudonym.key (and keep it: the same key gives the same pseudonyms)

            """)
    }

    @Test func aRandomKeyGivesNoWarning() throws {
        _ = try batch("c,l,,frontline-leader,delayed-recording,1,backlog,a,,,\n")
        #expect(PseudonymKey.weakness(of: key) == nil)
    }
}
