import Foundation
import GRDB
import SJTEngine

/// Where learners' progress lives: an SQLite file (GRDB) that survives a closed terminal, a crash or
/// a killed process, shared safely by several `sjt play` processes in one training room.
///
/// - Every response is committed in its own transaction, with the session state, before the next
///   node is shown (``record(_:session:attempt:at:)``).
/// - WAL mode and a busy timeout let two learners' processes write to one store without losing a
///   write.
/// - A file that is not an sjt store, or is damaged, is refused and left untouched.
///
/// ```swift
/// let store = try ProgressStore.open(at: "progress.sqlite")
/// var attempt = try store.startAttempt(learner: "l-07", cohort: nil, session: session, scenarioHash: hash, mode: "practice")
/// let outcome = try session.respond(response)
/// try store.record(outcome, session: session, attempt: &attempt)
/// ```
public final class ProgressStore: Sendable {
    /// The file, or `nil` for an in-memory store.
    public let path: String?
    let writer: any DatabaseWriter

    private init(path: String?, writer: any DatabaseWriter) {
        self.path = path
        self.writer = writer
    }

    /// The default location: `$XDG_DATA_HOME/sjt/progress.sqlite`, else `~/.local/share/sjt/progress.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/sjt/progress.sqlite"
    }

    /// What a command does with the store.
    public enum Access: Sendable {
        /// Create the store if needed and bring its schema up to date (`sjt play`).
        case readWrite
        /// Read the store as it is, writing nothing to it or beside it, so a store handed over on
        /// read-only media can be read (`progress`, `export`, `batch`, `compare`). Writes fail.
        case readOnly
    }

    /// Opens the store at `path`: for ``Access/readWrite`` creating it if needed and bringing its
    /// schema up to date; for ``Access/readOnly`` as it is, with no migration.
    ///
    /// - Throws: ``StoreError`` when the file is not an sjt store, is damaged, or was written by a
    ///   newer sjt. In each case the file is left exactly as it was.
    public static func open(at path: String, access: Access = .readWrite) throws -> ProgressStore {
        if access == .readOnly { return try openReadOnly(at: path) }
        // Two learners starting at the same moment on a new store contend for it while it is set
        // up (WAL mode needs the file to itself for an instant); the later one waits and tries again.
        var attempt = 0
        while true {
            do {
                return try openOnce(at: path)
            } catch StoreError.busy where attempt < 50 {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.1)
            } catch StoreError.busy {
                throw StoreError.cannotOpen(path: path, detail: "another process kept the store locked; try again")
            }
        }
    }

    private static func openOnce(at path: String) throws -> ProgressStore {
        try inspect(path)
        var configuration = Configuration()
        // Two learners' processes on one training-room store: wait for each other's writes rather
        // than fail.
        configuration.busyMode = .timeout(30)
        configuration.label = "sjt.progress"
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            let pool = try DatabasePool(path: path, configuration: configuration)
            try migrate(pool)
            return ProgressStore(path: path, writer: pool)
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Brings the schema up to date. Two processes opening a new store at the same moment can both
    /// find a migration missing; the one that loses the race fails on a table that now exists, and
    /// simply tries again, finding the work done.
    private static func migrate(_ pool: DatabasePool) throws {
        var attempts = 0
        while true {
            do {
                return try StoreMigrator.migrator.migrate(pool)
            } catch is DatabaseError where attempts < 5 {
                attempts += 1
                if try pool.read({ db in try StoreMigrator.migrator.hasCompletedMigrations(db) }) { return }
                Thread.sleep(forTimeInterval: 0.05 * Double(attempts))
            }
        }
    }

    /// A store in memory, for tests: the same schema and behaviour, gone when released.
    public static func inMemory() throws -> ProgressStore {
        let queue = try DatabaseQueue()
        try StoreMigrator.migrator.migrate(queue)
        return ProgressStore(path: nil, writer: queue)
    }

    /// Checks an existing file read-only before anything writes to it.
    private static func inspect(_ path: String) throws {
        guard try hasDatabase(at: path) else { return }  // a new store, or an empty file SQLite makes one
        do {
            let queue = try DatabaseQueue(path: path, configuration: readOnlyConfiguration)
            try queue.read { db in try check(db, path: path) }
            try queue.close()
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Opens the store without writing a byte to it or creating a file beside it, after the same
    /// checks as a read-write open, but without migrating: a store written by an older sjt is read
    /// as it is.
    private static func openReadOnly(at path: String) throws -> ProgressStore {
        guard try hasDatabase(at: path) else { throw StoreError.noProgress(path: path) }
        do {
            let queue = try readOnlyQueue(path)
            let hasTables = try queue.read { db in
                try check(db, path: path)
                return try db.tableExists(LearnerRecord.databaseTableName)
            }
            guard hasTables else { throw StoreError.noProgress(path: path) }
            return ProgressStore(path: path, writer: queue)
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// A read-only connection that leaves the folder as it was.
    ///
    /// A store that no process has open has no `-wal` or `-journal` beside it: all of it is in the
    /// file. Opened `immutable`, SQLite takes no lock and makes no `-wal` or `-shm` file (a plain
    /// read-only connection makes both, and leaves them; on read-only media it cannot, and fails).
    /// While a session is playing there is a `-wal`, and the store is read through it in SQLite's
    /// usual way, so its latest answers are seen.
    private static func readOnlyQueue(_ path: String) throws -> DatabaseQueue {
        let inUse = ["-wal", "-journal"].contains { FileManager.default.fileExists(atPath: path + $0) }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if !inUse, let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed),
            let queue = try? DatabaseQueue(path: "file:\(encoded)?immutable=1", configuration: readOnlyConfiguration)
        {
            return queue
        }
        // An SQLite built without URI file names reads the name as a file that does not exist.
        return try DatabaseQueue(path: path, configuration: readOnlyConfiguration)
    }

    private static var readOnlyConfiguration: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        configuration.label = "sjt.progress.read-only"
        return configuration
    }

    /// False for no file or an empty one; true for an SQLite database.
    ///
    /// - Throws: ``StoreError/notADatabase(path:)`` for any other file.
    private static func hasDatabase(at path: String) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return false }
        guard header == Data("SQLite format 3\0".utf8) else { throw StoreError.notADatabase(path: path) }
        return true
    }

    /// Refuses a database that is damaged, not an sjt store, or written by a newer sjt.
    private static func check(_ db: Database, path: String) throws {
        let check = try String.fetchOne(db, sql: "PRAGMA quick_check") ?? "no answer"
        guard check == "ok" else { throw StoreError.corrupt(path: path, detail: check) }
        // Only GRDB's own bookkeeping table: another sjt process is creating this store right now.
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        guard tables.contains(where: { $0 != "grdb_migrations" }) else { return }
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        guard applicationID == StoreMigrator.applicationID else { throw StoreError.notAnSJTStore(path: path) }
        let applied = try StoreMigrator.migrator.appliedIdentifiers(db)
        let unknown = applied.subtracting(StoreMigrator.migrator.migrations).sorted()
        guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknown: unknown) }
    }

    /// What SQLite said on opening, as a ``StoreError``.
    private static func storeError(_ error: any Error, path: String) -> any Error {
        switch error {
        case is StoreError: return error
        case let error as DatabaseError where error.resultCode == .SQLITE_NOTADB: return StoreError.notADatabase(path: path)
        case let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode): return StoreError.busy
        case let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT:
            return StoreError.corrupt(path: path, detail: error.message ?? "damaged database")
        case let error as DatabaseError: return StoreError.cannotOpen(path: path, detail: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        default: return StoreError.cannotOpen(path: path, detail: "\(error)")
        }
    }

    /// The migrations applied to this store, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try StoreMigrator.migrator.appliedMigrations(db) }
    }
}

// MARK: - Reading and writing

extension ProgressStore {
    /// How messages name this store.
    var name: String { path ?? "the in-memory progress store" }

    /// Reads, turning what SQLite or a row says into a ``StoreError`` that names the store and
    /// never a row's values.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch let error as StoreError { throw error } catch let problem as UnreadableRow {
            throw StoreError.unreadableRow(path: name, problem)
        } catch let error as DatabaseError {
            throw StoreError.cannotRead(path: name, detail: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch { throw failure(writing: error) }
    }

    /// SQLite's message without the statement or its arguments, which may hold a learner's text.
    func failure(writing error: any Error) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        return StoreError.cannotWrite(path: name, detail: error.message ?? "SQLite error \(error.resultCode.rawValue)")
    }
}

// MARK: - Learners

extension ProgressStore {
    public func learner(_ id: String) throws -> LearnerRecord? {
        try read { db in try LearnerRecord.fetchOne(db, key: id) }
    }

    public func learners() throws -> [LearnerRecord] {
        try read { db in try LearnerRecord.order(Column("id")).fetchAll(db) }
    }

    public func save(_ learner: LearnerRecord) throws {
        try write { db in try learner.save(db) }
    }

    /// The learner who played last on this store, so `sjt play` need not ask again.
    public func rememberedLearner() throws -> String? {
        try read { db in
            // A store written before v2, opened read-only (so not migrated), has no settings.
            guard try db.tableExists(SettingRecord.databaseTableName) else { return nil }
            return try SettingRecord.fetchOne(db, key: "learner")?.value
        }
    }

    public func rememberLearner(_ id: String) throws {
        try write { db in try SettingRecord(key: "learner", value: id).save(db) }
    }
}

// MARK: - Attempts and responses

extension ProgressStore {
    /// Records the start of an attempt, with its initial session state, in one transaction.
    public func startAttempt(
        learner: String, cohort: String?, session: Session, scenarioHash: String, mode: String, at time: Date = Date()
    ) throws -> AttemptRecord {
        let state = try Self.json(session.state)
        return try write { db in
            let previous = try Int.fetchOne(
                db, sql: "SELECT max(number) FROM attempt WHERE learnerId = ? AND scenarioId = ?",
                arguments: [learner, session.scenario.id.rawValue]) ?? 0
            var attempt = AttemptRecord(
                learnerId: learner, cohort: cohort, scenarioId: session.scenario.id.rawValue,
                scenarioVersion: session.scenario.version, scenarioHash: scenarioHash, number: previous + 1,
                level: session.level.rawValue, mode: mode, status: .inProgress, state: state, startedAt: time,
                updatedAt: time)
            try attempt.insert(db)
            return attempt
        }
    }

    /// Commits one response, the new session state and (once the session has ended) the result,
    /// together: either all of it is stored or none.
    public func record(_ outcome: ResponseOutcome, session: Session, attempt: inout AttemptRecord, at time: Date = Date()) throws {
        guard let id = attempt.id else { throw StoreError.attemptNotFound(-1) }
        var updated = attempt
        updated.state = try Self.json(session.state)
        updated.updatedAt = time
        let card = session.scoreCard
        updated.total = card.total
        updated.maximum = card.maximum
        updated.percentage = card.percentage
        updated.band = card.band?.id.rawValue
        updated.principleScores = try Self.json(
            card.principles.map { PrincipleScore(principle: $0.id.rawValue, points: $0.points, maximum: $0.maximum, percentage: $0.percentage) })
        if session.isFinished {
            updated.status = .complete
            updated.finishedAt = time
            updated.ending = session.state.currentNode.rawValue
            updated.outcome = session.result.outcome?.rawValue
        }
        let recorded = outcome.recorded
        var response = ResponseRecord(
            attemptId: id, step: recorded.step, nodeId: recorded.node.rawValue, response: recorded.response.description,
            shownOrder: recorded.shownOrder.map(\.rawValue).joined(separator: " "), rationale: recorded.rationale,
            answeredAt: recorded.answeredAt ?? time, points: outcome.score.points, maximum: outcome.score.maximum,
            rating: outcome.score.rating?.rawValue)
        do {
            try writer.write { db in
                try response.insert(db)
                try updated.update(db)
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            // The only unique key a response can break is (attemptId, step): another `sjt play`
            // has the same attempt open, and answered this step first.
            throw StoreError.answeredElsewhere(step: recorded.step)
        } catch {
            throw failure(writing: error)
        }
        attempt = updated
    }

    /// The learner's most recent unfinished attempt.
    public func latestInProgressAttempt(learner: String) throws -> AttemptRecord? {
        try read { db in
            try AttemptRecord.filter(Column("learnerId") == learner && Column("status") == AttemptRecord.Status.inProgress.rawValue)
                .order(Column("updatedAt").desc, Column("id").desc).fetchOne(db)
        }
    }

    /// Keeps an attempt on a scenario that has since changed exactly as it was, and out of the way.
    public func markSuperseded(_ attempt: AttemptRecord) throws {
        guard let id = attempt.id else { return }
        try write { db in
            try db.execute(sql: "UPDATE attempt SET status = ? WHERE id = ?", arguments: [AttemptRecord.Status.superseded.rawValue, id])
        }
    }

    /// Attempts, oldest first; one learner's, or everyone's.
    public func attempts(learner: String? = nil, cohort: String? = nil) throws -> [AttemptRecord] {
        try read { db in
            var request = AttemptRecord.all()
            if let learner { request = request.filter(Column("learnerId") == learner) }
            if let cohort { request = request.filter(Column("cohort") == cohort) }
            return try request.order(Column("startedAt"), Column("id")).fetchAll(db)
        }
    }

    public func responses(attempt: Int64) throws -> [ResponseRecord] {
        try read { db in
            try ResponseRecord.filter(Column("attemptId") == attempt).order(Column("step")).fetchAll(db)
        }
    }

    /// Everything an export reads, in one transaction, tolerating rows sjt cannot read: each is
    /// reported with the responses it holds back (see ``StoredResponses``), and the rest is read.
    public func storedResponses() throws -> StoredResponses {
        try read { db in
            var heldBack: [String: UnreadableRow] = [:]  // learner id → why its learner row cannot be read
            var learners: [String: LearnerRecord] = [:]
            for (row, learner) in try Self.fetchEach(LearnerRecord.self, db) {
                switch learner {
                case .success(let learner): learners[learner.id] = learner
                case .failure(let problem): if let id = String.fromDatabaseValue(row["id"] ?? .null) { heldBack[id] = problem }
                }
            }
            var attempts: [AttemptRecord] = []
            var attemptProblems: [Int64: UnreadableRow] = [:]
            for (_, attempt) in try Self.fetchEach(AttemptRecord.self, db, order: "startedAt, id") {
                switch attempt {
                case .success(let attempt):
                    attempts.append(attempt)
                    if let problem = heldBack[attempt.learnerId], let id = attempt.id { attemptProblems[id] = problem }
                case .failure(let problem): attemptProblems[problem.rowID] = problem
                }
            }
            var responses: [Int64: [ResponseRecord]] = [:]
            var unreadable: [UnreadableResponse] = []
            for (row, response) in try Self.fetchEach(ResponseRecord.self, db, order: "attemptId, step, id") {
                switch response {
                case .success(let response):
                    if let problem = attemptProblems[response.attemptId] {
                        unreadable.append(UnreadableResponse(attemptID: response.attemptId, row: problem))
                    } else {
                        responses[response.attemptId, default: []].append(response)
                    }
                case .failure(let problem):
                    unreadable.append(UnreadableResponse(attemptID: Int64.fromDatabaseValue(row["attemptId"] ?? .null), row: problem))
                }
            }
            return StoredResponses(learners: learners, attempts: attempts, responses: responses, unreadable: unreadable)
        }
    }

    /// Every row of a record's table, each decoded on its own, so one that cannot be read is
    /// reported rather than ending the fetch.
    private static func fetchEach<Record: FetchableRecord & TableRecord>(
        _ type: Record.Type, _ db: Database, order: String = "rowid"
    ) throws -> [(Row, Result<Record, UnreadableRow>)] {
        var decoded: [(Row, Result<Record, UnreadableRow>)] = []
        for row in try Row.fetchAll(db, sql: "SELECT *, rowid AS rowid FROM \(Record.databaseTableName) ORDER BY \(order)") {
            do { decoded.append((row, .success(try Record(row: row)))) } catch let problem as UnreadableRow {
                decoded.append((row, .failure(problem)))
            }
        }
        return decoded
    }

    /// Decodes an attempt's saved session state.
    public func state(of attempt: AttemptRecord) throws -> SessionState {
        try JSONDecoder.store.decode(SessionState.self, from: Data(attempt.state.utf8))
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder.store.encode(value), as: UTF8.self)
    }
}

extension JSONEncoder {
    /// Sorted keys and ISO 8601 dates: stable, readable JSON in the store.
    static var store: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

extension JSONDecoder {
    static var store: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
