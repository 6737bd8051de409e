import Foundation
import SJTEngine

/// A run's attempts replayed in parts, one thread a part, and put back together exactly as
/// replaying them all in one go would have: the same paths and steps in the same order, the same
/// outcome for every attempt.
///
/// Each part is a contiguous run of attempts with a ``PathReplayer`` of its own. Replaying is a
/// pure function of an attempt's rows, so a part gives each attempt the outcome one replayer would;
/// only the numbering of paths and steps differs, since each part numbers what it meets first.
/// ``ReplayMerge`` renumbers them: a path (or step) met in an earlier part keeps that part's number,
/// and the rest follow in the order their part met them, which is the order of first meeting over
/// the whole run.
struct ReplayedPart: Sendable {
    /// Positions in the grouping's attempts.
    let attempts: Range<Int>
    /// The part's valid attempts, in order, each with its path in `replayer.paths`: made on the
    /// part's own thread, so that only renumbering the paths is left to do after the threads join.
    private(set) var accepted: [CohortRun.Attempt] = []
    /// The rows of the attempts that are not valid, with why, in order.
    private(set) var rejected: [RejectedRow] = []
    /// The rows of `accepted`.
    private(set) var rowsAccepted = 0
    var replayer: PathReplayer

    /// The accepted attempts, handed over: the part keeps none.
    mutating func takeAccepted() -> [CohortRun.Attempt] {
        defer { accepted = [] }
        return accepted
    }

    /// Keeps the attempt with its path, or its rows (in step order) as rejected with the reason.
    private mutating func record(
        _ outcome: Result<Int32, RejectionReason>, of group: AttemptGrouping.Group, rows: [ImportedRow], _ imported: CohortImport
    ) {
        switch outcome {
        case .success(let path):
            // The first name any of its rows gives.
            let name = rows.first(where: { $0.learnerName != 0 })?.learnerName ?? 0
            accepted.append(CohortRun.Attempt(
                cohort: group.cohort, learnerID: group.learnerID, number: group.number, firstRow: group.firstRow,
                rowCount: group.rowCount, path: path, learnerName: name))
            rowsAccepted += Int(group.rowCount)
        case .failure(let reason):
            rejected += rows.map { RejectedRow(source: imported.source($0), reason: reason, response: imported.response($0)) }
        }
    }

    /// Fewer attempts than this a part are replayed on one thread: a thread is not worth it.
    static let minimumAttemptsPerPart = 4096

    /// Replays the attempts in up to `threads` parts of at least `minimumAttemptsPerPart`, the
    /// first on this thread (reporting `progress`), the others on threads of their own.
    static func replay(
        _ groups: [AttemptGrouping.Group], rowOrder: [Int32], _ imported: CohortImport,
        scenarios: [ScenarioID: PreparedScenario], threads: Int, minimumAttemptsPerPart: Int = minimumAttemptsPerPart,
        progress: ((Int, Int) -> Void)?
    ) -> [ReplayedPart] {
        let count = Swift.max(1, Swift.min(threads, groups.count / Swift.max(1, minimumAttemptsPerPart)))
        let ranges = (0..<count).map { part in (groups.count * part / count)..<(groups.count * (part + 1) / count) }
        let others = PartResults(count: count - 1)
        let finished = DispatchSemaphore(value: 0)
        for (index, range) in ranges.enumerated().dropFirst() {
            Thread {
                others.set(index - 1, replay(range, of: groups, rowOrder: rowOrder, imported, scenarios: scenarios, progress: nil))
                finished.signal()
            }.start()
        }
        // The first part stands for the whole in the progress shown.
        let first = replay(ranges[0], of: groups, rowOrder: rowOrder, imported, scenarios: scenarios) { done in
            progress?(done * count, groups.count)
        }
        for _ in ranges.dropFirst() { finished.wait() }
        return [first] + others.results.map { $0! }
    }

    /// Replays one part, one attempt's rows at a time, in a buffer kept from one to the next.
    private static func replay(
        _ range: Range<Int>, of groups: [AttemptGrouping.Group], rowOrder: [Int32], _ imported: CohortImport,
        scenarios: [ScenarioID: PreparedScenario], progress: ((Int) -> Void)?
    ) -> ReplayedPart {
        var part = ReplayedPart(attempts: range, replayer: PathReplayer(imported: imported, scenarios: scenarios))
        // The first part's array is the run's: room for every attempt, so that the others' are
        // added to it without a second copy of them all.
        part.accepted.reserveCapacity(range.lowerBound == 0 ? groups.count : range.count)
        // Taken once: reaching the rows through `imported` for each attempt would copy the whole
        // import, retaining each of its arrays.
        let importedRows = imported.rows
        var rows: [ImportedRow] = []
        for index in range {
            if (index - range.lowerBound) % 16384 == 0 { progress?(index - range.lowerBound) }
            let group = groups[index]
            rows.removeAll(keepingCapacity: true)
            for position in rowOrder[Int(group.firstRow)..<Int(group.firstRow + group.rowCount)] {
                rows.append(importedRows[Int(position)])
            }
            part.record(part.replayer.replay(rows), of: group, rows: rows, imported)
        }
        return part
    }
}

/// What the other threads replayed, one part each.
private final class PartResults: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`; read once every thread has finished.
    private(set) var results: [ReplayedPart?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ part: ReplayedPart) {
        lock.lock()
        results[index] = part
        lock.unlock()
    }
}

/// The paths and steps of a run's parts, numbered as one replayer would have numbered them.
struct ReplayMerge {
    private(set) var paths: [ScoredPath] = []
    private(set) var steps: [ScoredStep] = []
    private var pathPositions: [PathKey: Int32] = [:]
    private var stepPositions: [PathReplayer.StepKey: Int32] = [:]

    /// Adds the next part's paths and steps, after those of the parts before it.
    ///
    /// - Returns: Each of the part's paths' positions in ``paths``.
    mutating func add(_ replayer: PathReplayer) -> [Int32] {
        var positions: [Int32] = []
        positions.reserveCapacity(replayer.paths.count)
        for (local, var path) in replayer.paths.enumerated() {
            let key = replayer.pathKeys[local]
            if let known = pathPositions[key] {
                positions.append(known)
                continue
            }
            path.steps = path.steps.map { step in
                let stepKey = replayer.stepKeys[Int(step)]
                if let known = stepPositions[stepKey] { return known }
                stepPositions[stepKey] = Int32(steps.count)
                steps.append(replayer.steps[Int(step)])
                return Int32(steps.count - 1)
            }
            pathPositions[key] = Int32(paths.count)
            positions.append(Int32(paths.count))
            paths.append(path)
        }
        return positions
    }
}
