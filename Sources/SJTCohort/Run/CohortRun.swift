import Foundation
import SJTEngine

/// A cohort's responses grouped into attempts and replayed through the engine: the same sessions and
/// the same scorer as `sjt play`, never a copy of the rules.
///
/// Rows may come in any order. They are grouped by (cohort, learner, scenario, attempt) and ordered by
/// step. An attempt whose path is not valid is rejected whole: every one of its rows, with the reason.
///
/// Each distinct path (a scenario, a level and the responses given at each node) is replayed once, and
/// every attempt that took it shares the ``ScoredPath``: scoring a cohort costs the engine a few
/// thousand sessions however many learners it has. What differs between attempts on one path (the
/// order options were shown in, times, rationales) is checked row by row, by the engine's own rules.
///
/// - Complexity: O(*r* log *a*) for *r* rows in *a* attempts (sorting the attempts), plus one session
///   per distinct path. Memory: the import, 4 bytes a row and about 24 bytes an attempt.
public struct CohortRun: Sendable {
    /// An attempt that replayed: who, which scenario, where its rows are, and the path it took.
    public struct Attempt: Sendable {
        var cohort: StringPool.ID
        var learnerID: StringPool.ID
        /// The attempt's number, 1 unless the rows say otherwise.
        public var number: Int32
        /// Position of its first row in ``CohortRun/rowOrder``.
        var firstRow: Int32
        var rowCount: Int32
        /// Position in ``CohortRun/paths``.
        var path: Int32
        /// The first name any of its rows gives; 0 when none does. Kept here so that the files that
        /// name the learner (responses, attempts, learners) need not look through the rows again.
        var learnerName: StringPool.ID
    }

    /// The rows as read, and the pool their values are in.
    public let imported: CohortImport
    /// Accepted attempts, ordered by cohort, learner, scenario and attempt number.
    public internal(set) var attempts: [Attempt] = []
    /// Distinct paths, in the order first met. A path first met by an attempt rejected for a row's
    /// step number, time or shown order is here too, unused: count attempts, not paths.
    public internal(set) var paths: [ScoredPath] = []
    /// The distinct steps the paths are made of, each a response at a node at a level, scored.
    public private(set) var steps: [ScoredStep] = []
    /// Positions in `imported.rows`, attempt by attempt, each attempt's rows in step order.
    var rowOrder: [Int32] = []
    /// Rejected rows, ordered by file and row.
    public internal(set) var rejected: [RejectedRow] = []
    public let rowsRead: Int
    public private(set) var rowsAccepted = 0

    public var rowsRejected: Int { rejected.count }

    /// Replays every attempt in the imported rows.
    ///
    /// - Parameters:
    ///   - scenarios: The bank, prepared against its catalogue.
    ///   - progress: Called now and then with the attempts replayed so far and the total.
    public init(
        _ imported: CohortImport, scenarios: [ScenarioID: PreparedScenario], progress: ((Int, Int) -> Void)? = nil
    ) {
        self.init(imported, scenarios: scenarios, replayThreads: Self.replayThreads, progress: progress)
    }

    /// As many threads as there are cores, two at most.
    static var replayThreads: Int { Swift.min(2, ProcessInfo.processInfo.activeProcessorCount) }

    /// Replays every attempt, in parts on up to `replayThreads` threads (``ReplayedPart``): the
    /// run is the same whatever the number.
    init(
        _ imported: CohortImport, scenarios: [ScenarioID: PreparedScenario], replayThreads: Int,
        minimumAttemptsPerPart: Int = ReplayedPart.minimumAttemptsPerPart, progress: ((Int, Int) -> Void)? = nil
    ) {
        self.imported = imported
        rowsRead = imported.totalRowsRead
        rejected = imported.rejected
        let grouping = AttemptGrouping(imported)
        rowOrder = grouping.rowOrder
        var parts = ReplayedPart.replay(
            grouping.attempts, rowOrder: rowOrder, imported, scenarios: scenarios, threads: replayThreads,
            minimumAttemptsPerPart: minimumAttemptsPerPart, progress: progress)
        var merge = ReplayMerge()
        if parts.count == 1 {
            // One part is numbered as it stands.
            attempts = parts[0].takeAccepted()
        } else {
            // Several are renumbered as one replayer would have numbered them (the first part's
            // numbers stand), into the first part's array, which has room for them all.
            let first = merge.add(parts[0].replayer)
            assert(first.indices.allSatisfy { first[$0] == $0 }, "the first part's paths keep their numbers")
            attempts = parts[0].takeAccepted()
            for index in parts.indices.dropFirst() {
                let positions = merge.add(parts[index].replayer)
                attempts += parts[index].takeAccepted().lazy.map { attempt in
                    var attempt = attempt
                    attempt.path = positions[Int(attempt.path)]
                    return attempt
                }
            }
        }
        for part in parts {
            rowsAccepted += part.rowsAccepted
            rejected += part.rejected
        }
        paths = parts.count == 1 ? parts[0].replayer.paths : merge.paths
        steps = parts.count == 1 ? parts[0].replayer.steps : merge.steps
        progress?(grouping.attempts.count, grouping.attempts.count)
        rejected.sort { $0.source < $1.source }
    }

    // MARK: - Reading an attempt

    public func cohort(of attempt: Attempt) -> String { imported.pool[attempt.cohort] }
    public func learnerID(of attempt: Attempt) -> String { imported.pool[attempt.learnerID] }
    public func path(of attempt: Attempt) -> ScoredPath { paths[Int(attempt.path)] }
    public func isComplete(_ attempt: Attempt) -> Bool { paths[Int(attempt.path)].isComplete }

    /// The path's scored steps, in step order: node, format, response, score, principles, elements and capabilities.
    public func steps(of path: ScoredPath) -> [ScoredStep] { path.steps.map { steps[Int($0)] } }

    /// Calls `body` with each of the attempt's rows in step order and the position of the scored
    /// step it answered in ``steps``: the one pairing of rows with steps that every output uses.
    ///
    /// - Complexity: O(*k*) in the attempt's rows.
    func forEachRow(of attempt: Attempt, _ body: (ImportedRow, Int32) throws -> Void) rethrows {
        // The path's steps alone: copying the whole ScoredPath would retain each of its arrays.
        let steps = paths[Int(attempt.path)].steps
        for (index, position) in rowPositions(of: attempt).enumerated() {
            try body(imported.rows[Int(position)], steps[index])
        }
    }

    /// Where the attempt's rows are in `imported.rows`, in step order.
    private func rowPositions(of attempt: Attempt) -> ArraySlice<Int32> {
        rowPositions(first: attempt.firstRow, count: attempt.rowCount)
    }

    private func rowPositions(first: Int32, count: Int32) -> ArraySlice<Int32> {
        rowOrder[Int(first)..<Int(first + count)]
    }

    /// The first name any of the attempt's rows gives.
    public func learnerName(of attempt: Attempt) -> String? {
        imported.pool.optional(learnerNameID(of: attempt))
    }

    /// The first name any of the attempt's rows gives, as its id in the pool; 0 when none does.
    func learnerNameID(of attempt: Attempt) -> StringPool.ID { attempt.learnerName }

    /// The number of distinct (cohort, learner) pairs with an accepted attempt.
    ///
    /// - Complexity: O(*a*) in attempts, which are ordered by cohort and learner: a learner's
    ///   attempts are next to each other, so each learner is counted where their first one is.
    public var learnerCount: Int {
        attempts.indices.count { index in
            index == 0 || attempts[index].cohort != attempts[index - 1].cohort || attempts[index].learnerID != attempts[index - 1].learnerID
        }
    }

    /// How many of the attempts `counted` keeps took each path, by position in ``paths``.
    ///
    /// - Complexity: O(*a*) in attempts.
    func attemptsOnEachPath(where counted: (Attempt) -> Bool = { _ in true }) -> [Int] {
        var counts = [Int](repeating: 0, count: paths.count)
        for attempt in attempts where counted(attempt) { counts[Int(attempt.path)] += 1 }
        return counts
    }

    /// The cohort names of the accepted attempts.
    ///
    /// - Complexity: O(*a*) in attempts; a cohort's attempts are next to each other, so each run of
    ///   them is looked at once.
    public var cohorts: Set<String> {
        var ids = Set<StringPool.ID>()
        for (index, attempt) in attempts.enumerated() where index == 0 || attempt.cohort != attempts[index - 1].cohort {
            ids.insert(attempt.cohort)
        }
        return Set(ids.map { imported.pool[$0] })
    }

    /// Rows accepted per input file.
    public var rowsAcceptedByFile: [String: Int] {
        // One input: every row accepted is from it, with no need to look at each.
        if imported.files.count == 1 { return [imported.files[0]: rowsAccepted] }
        var counts = [Int](repeating: 0, count: imported.files.count)
        for attempt in attempts {
            for position in rowPositions(of: attempt) {
                counts[Int(imported.rows[Int(position)].file)] += 1
            }
        }
        var byFile: [String: Int] = [:]
        for (index, file) in imported.files.enumerated() { byFile[file, default: 0] += counts[index] }
        return byFile
    }
}
