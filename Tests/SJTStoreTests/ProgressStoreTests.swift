import Foundation
import GRDB
import SJTEngine
@testable import SJTStore
import SJTTestSupport
import Testing

/// Each behaviour on an in-memory store and on a real file, as GRDB's own tests do.
struct ProgressStoreTests {
    enum Kind: String, CaseIterable, Sendable { case memory, file }

    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sjt-store-\(UUID())/progress.sqlite").path
    }

    func makeStore(_ kind: Kind) throws -> ProgressStore {
        kind == .memory ? try .inMemory() : try .open(at: Self.temporaryPath())
    }

    func session() throws -> Session {
        let (scenario, catalogue) = try Fixtures.example()
        return try Session(scenario: scenario, catalogue: catalogue, level: .frontLineLeader, seed: 5)
    }

    @Test(arguments: Kind.allCases)
    func responsesAndStateAreCommittedTogetherAndResultOnceComplete(kind: Kind) throws {
        let store = try makeStore(kind)
        try store.save(LearnerRecord(id: "l-01", createdAt: Date(timeIntervalSince1970: 0)))
        var session = try session()
        var attempt = try store.startAttempt(learner: "l-01", cohort: "spring", session: session, scenarioHash: "abc", mode: "practice")
        #expect(attempt.number == 1 && attempt.status == .inProgress)

        var outcome = try session.respond(.single("a"), rationale: "records matter", at: Date(timeIntervalSince1970: 60))
        try store.record(outcome, session: session, attempt: &attempt)
        #expect(try store.state(of: try store.latestInProgressAttempt(learner: "l-01")!) == session.state)

        outcome = try session.respond(.rank(["b", "a", "c"]), at: Date(timeIntervalSince1970: 120))
        try store.record(outcome, session: session, attempt: &attempt)
        let stored = try store.attempts(learner: "l-01")
        #expect(stored.count == 1)
        #expect(stored[0].status == .complete)
        #expect(stored[0].total == 6 && stored[0].maximum == 8 && stored[0].band == "meets")
        #expect(stored[0].ending == "mixed-end" && stored[0].outcome == "mixed")
        let responses = try store.responses(attempt: attempt.id!)
        #expect(responses.map(\.response) == ["a", "b>a>c"])
        #expect(responses.map(\.rationale) == ["records matter", nil])
        #expect(responses.map(\.points) == [2, 4])
        #expect(try store.latestInProgressAttempt(learner: "l-01") == nil)
    }

    @Test(arguments: Kind.allCases)
    func secondAttemptAtAScenarioIsNumberedTwo(kind: Kind) throws {
        let store = try makeStore(kind)
        try store.save(LearnerRecord(id: "l-01", createdAt: Date()))
        _ = try store.startAttempt(learner: "l-01", cohort: nil, session: try session(), scenarioHash: "h", mode: "practice")
        let second = try store.startAttempt(learner: "l-01", cohort: nil, session: try session(), scenarioHash: "h", mode: "practice")
        #expect(second.number == 2)
    }

    @Test func rememberedLearnerSurvivesReopening() throws {
        let path = Self.temporaryPath()
        try ProgressStore.open(at: path).rememberLearner("l-42")
        #expect(try ProgressStore.open(at: path).rememberedLearner() == "l-42")
    }

    @Test func storeWrittenByTheFirstSchemaIsMigrated() throws {
        let path = Self.temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try StoreMigrator.migrator.migrate(old, upTo: "v1 create learner, attempt, response")
        try old.write { db in try db.execute(sql: "INSERT INTO learner (id, createdAt) VALUES ('l-old', '2026-01-01 00:00:00')") }
        try old.close()

        let store = try ProgressStore.open(at: path)
        #expect(try store.appliedMigrations() == ["v1 create learner, attempt, response", "v2 create setting"])
        #expect(try store.learner("l-old")?.id == "l-old")
        try store.rememberLearner("l-old")
    }

    @Test func readOnlyOpenOfAnOlderStoreReadsItAsItIsAndWritesNothing() throws {
        let path = Self.temporaryPath()
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try StoreMigrator.migrator.migrate(old, upTo: "v1 create learner, attempt, response")
        try old.write { db in try db.execute(sql: "INSERT INTO learner (id, createdAt) VALUES ('l-old', '2026-01-01 00:00:00')") }
        try old.close()
        let before = try #require(FileManager.default.contents(atPath: path))

        let store = try ProgressStore.open(at: path, access: .readOnly)
        #expect(try store.appliedMigrations() == ["v1 create learner, attempt, response"])
        #expect(try store.learners().map(\.id) == ["l-old"])
        #expect(try store.rememberedLearner() == nil)
        #expect {
            try store.save(LearnerRecord(id: "l-new", createdAt: Date()))
        } throws: { error in
            guard case .cannotWrite(let reported, _) = error as? StoreError else { return false }
            return reported == path
        }
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["progress.sqlite"])
    }

    @Test func readOnlyOpenOfAnEmptyFileSaysThereIsNoProgressYet() throws {
        let path = Self.temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.noProgress(path: path)) { try ProgressStore.open(at: path, access: .readOnly) }
        #expect(StoreError.noProgress(path: "p.sqlite").description
            == "p.sqlite holds no progress yet; play a scenario first, or choose another store with --store or SJT_STORE.")
    }

    @Test func fileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws {
        let path = Self.temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let text = Data("learner,score\nl-01,3\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try ProgressStore.open(at: path) }
        #expect(FileManager.default.contents(atPath: path) == text)
        let directory = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(directory == ["progress.sqlite"])
    }

    @Test func otherSQLiteDatabaseIsRefusedAndLeftUntouched() throws {
        let path = Self.temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE invoice (id INTEGER PRIMARY KEY)") }
        try other.close()
        let before = FileManager.default.contents(atPath: path)
        #expect(throws: StoreError.notAnSJTStore(path: path)) { try ProgressStore.open(at: path) }
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func damagedStoreIsRefusedAndLeftUntouched() throws {
        let path = Self.temporaryPath()
        let store = try ProgressStore.open(at: path)
        for index in 0..<200 { try store.save(LearnerRecord(id: "l-\(index)", createdAt: Date())) }
        try (store.writer as! DatabasePool).writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        var bytes = try #require(FileManager.default.contents(atPath: path))
        // Overwrite the middle of the file: pages of the learner table, header intact.
        for index in 4096..<min(bytes.count, 12288) { bytes[index] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect {
            try ProgressStore.open(at: path)
        } throws: { error in
            guard case .corrupt(let reported, _) = error as? StoreError else { return false }
            return reported == path
        }
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    /// Two responses recorded, then the second damaged as another tool might leave it.
    func storeWithAnUndecodableResponse(_ kind: Kind) throws -> ProgressStore {
        let store = try makeStore(kind)
        try store.save(LearnerRecord(id: "l-01", createdAt: Date()))
        var session = try session()
        var attempt = try store.startAttempt(learner: "l-01", cohort: nil, session: session, scenarioHash: "h", mode: "practice")
        try store.record(try session.respond(.single("a")), session: session, attempt: &attempt)
        try store.record(try session.respond(.rank(["b", "a", "c"])), session: session, attempt: &attempt)
        try store.writer.write { db in
            try db.execute(sql: "UPDATE response SET answeredAt = 'yesterday', rationale = 'a child named here' WHERE id = 2")
        }
        return store
    }

    @Test(arguments: Kind.allCases)
    func undecodableResponseIsReportedByTableRowAndColumnAndTheRestIsRead(kind: Kind) throws {
        let store = try storeWithAnUndecodableResponse(kind)
        let stored = try store.storedResponses()
        #expect(stored.responses.values.joined().map(\.step) == [1])
        let problem = UnreadableRow(table: "response", rowID: 2, column: "answeredAt", problem: .not(.time))
        #expect(stored.unreadable == [UnreadableResponse(attemptID: 1, row: problem)])
        #expect(problem.description == "answeredAt in the store is not a time sjt wrote (row 2 of table response)")
    }

    @Test func undecodableRowInAFetchIsAStoreErrorThatNamesTheRowNotItsText() throws {
        let store = try storeWithAnUndecodableResponse(.memory)
        #expect(throws: StoreError.unreadableRow(
            path: "the in-memory progress store",
            UnreadableRow(table: "response", rowID: 2, column: "answeredAt", problem: .not(.time)))
        ) { try store.responses(attempt: 1) }
        let message = StoreError.unreadableRow(
            path: "p.sqlite", UnreadableRow(table: "response", rowID: 2, column: "answeredAt", problem: .not(.time))).description
        #expect(message == "p.sqlite holds a row sjt cannot read: answeredAt in the store is not a time sjt wrote (row 2 of table response). Restore the store from a backup, or export what can be read with sjt export responses.")
    }

    @Test(arguments: Kind.allCases)
    func answerToAStepAnotherSessionRecordedFirstIsToldSo(kind: Kind) throws {
        let store = try makeStore(kind)
        try store.save(LearnerRecord(id: "l-01", createdAt: Date()))
        var first = try session()
        var attempt = try store.startAttempt(learner: "l-01", cohort: nil, session: first, scenarioHash: "h", mode: "practice")
        var second = first, sameAttempt = attempt
        try store.record(try first.respond(.single("a")), session: first, attempt: &attempt)
        #expect(throws: StoreError.answeredElsewhere(step: 1)) {
            try store.record(try second.respond(.single("b")), session: second, attempt: &sameAttempt)
        }
        #expect(try store.responses(attempt: attempt.id!).map(\.response) == ["a"])
    }

    @Test func errorMessagesSayWhatToDo() {
        #expect(StoreError.notADatabase(path: "x.csv").description
            == "x.csv is not an sjt progress store (it is not an SQLite database); it was left untouched. Choose another file with --store or SJT_STORE.")
    }

    @Test func defaultPathFollowsXDG() {
        #expect(ProgressStore.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]) == "/data/sjt/progress.sqlite")
        #expect(ProgressStore.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/sjt/progress.sqlite")
    }
}
