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
