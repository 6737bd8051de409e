/// A cohort's rows grouped into attempts by (cohort, learner, scenario, attempt number), the
/// attempts in that order (text compared byte for byte), each attempt's rows in step order, then by
/// file name and row for rows that give the same step.
///
/// Rows usually come an attempt at a time and already in order; then grouping is one pass with no
/// look-ups, and nothing is sorted. Otherwise each attempt is found by hashing its key.
///
/// - Complexity: O(*r* + *a* log *a*) for *r* rows in *a* attempts, O(*r*) when they come in
///   order, plus sorting any attempt whose rows are not in step order. Memory: 4 bytes a row kept;
///   while grouping rows out of order, 4 more a row and about 40 bytes an attempt.
struct AttemptGrouping {
    struct Group {
        var cohort: StringPool.ID
        var learnerID: StringPool.ID
        var scenarioID: StringPool.ID
        var number: Int32
        var firstRow: Int32
        var rowCount: Int32
    }

    /// In key order.
    private(set) var attempts: [Group] = []
    /// Positions in the import's rows, attempt after attempt.
    private(set) var rowOrder: [Int32] = []

    init(_ imported: CohortImport) {
        let order = RowOrder(imported)
        // Files that sjt writes, and most that other tools write, hold each attempt's rows together
        // and the attempts in order: then the attempts are the runs of rows, found in one pass.
        if order.attemptsAreInOrder() {
            groupRuns(order)
        } else {
            groupByHashing(order)
        }
    }

    /// How rows and attempts are ordered: attempts by key, an attempt's rows by step, then by file
    /// name and row.
    private struct RowOrder {
        struct Key: Hashable {
            var cohort, learner, scenario, number: Int32
        }

        let rows: [ImportedRow]
        let pool: StringPool
        /// Each file's position when the names are sorted.
        let fileRank: [Int]

        init(_ imported: CohortImport) {
            rows = imported.rows
            pool = imported.pool
            fileRank = AttemptGrouping.ranks(of: imported.files)
        }

        func key(_ row: ImportedRow) -> Key {
            Key(cohort: row.cohort, learner: row.learnerID, scenario: row.scenarioID, number: row.attempt)
        }

        func precedes(_ a: Key, _ b: Key) -> Bool {
            if a.cohort != b.cohort { return pool.precedes(a.cohort, b.cohort) }
            if a.learner != b.learner { return pool.precedes(a.learner, b.learner) }
            if a.scenario != b.scenario { return pool.precedes(a.scenario, b.scenario) }
            return a.number < b.number
        }

        /// Whether the row at position `a` comes before the one at `b` within an attempt.
        func stepPrecedes(_ a: Int32, _ b: Int32) -> Bool {
            let x = rows[Int(a)], y = rows[Int(b)]
            return (x.step, fileRank[Int(x.file)], x.row) < (y.step, fileRank[Int(y.file)], y.row)
        }

        /// True when each attempt's rows are together and the attempts in key order.
        ///
        /// - Complexity: O(*r*), stopping at the first row out of order.
        func attemptsAreInOrder() -> Bool {
            for position in rows.indices.dropFirst() {
                let previous = key(rows[position - 1]), current = key(rows[position])
                if previous != current, !precedes(previous, current) { return false }
            }
            return true
        }
    }

    /// Groups rows already in attempt order: each run of rows with one key is an attempt.
    ///
    /// - Complexity: O(*r*), no look-ups and nothing sorted but steps out of order.
    private mutating func groupRuns(_ order: RowOrder) {
        let rows = order.rows
        rowOrder = Array(0..<Int32(rows.count))
        var start = 0
        while start < rows.count {
            let group = order.key(rows[start])
            var end = start + 1
            while end < rows.count, order.key(rows[end]) == group { end += 1 }
            appendAttempt(group, rows: start..<end, order)
            start = end
        }
    }

    /// Groups rows in any order: each row's attempt found by hashing its key, the attempts sorted,
    /// and the rows put attempt after attempt by a counting sort.
    ///
    /// - Complexity: O(*r* + *a* log *a*); 4 bytes a row and about 40 an attempt while grouping.
    private mutating func groupByHashing(_ order: RowOrder) {
        let (keys, attemptOfRow) = Self.attemptKeys(order)
        var sorted = Array(0..<Int32(keys.count))
        if !zip(sorted, sorted.dropFirst()).allSatisfy({ order.precedes(keys[Int($0)], keys[Int($1)]) }) {
            sorted.sort { order.precedes(keys[Int($0)], keys[Int($1)]) }
        }
        var rank = [Int32](repeating: 0, count: keys.count)
        for (position, key) in sorted.enumerated() { rank[Int(key)] = Int32(position) }
        let starts = countingSort(attemptOfRow, rank: rank)
        attempts.reserveCapacity(keys.count)
        for (position, key) in sorted.enumerated() {
            appendAttempt(keys[Int(key)], rows: Int(starts[position])..<Int(starts[position + 1]), order)
        }
    }

    /// Each distinct attempt key in the order first met, and each row's attempt by that order.
    private static func attemptKeys(_ order: RowOrder) -> (keys: [RowOrder.Key], attemptOfRow: [Int32]) {
        var keys: [RowOrder.Key] = []
        var attemptOfRow = [Int32](repeating: 0, count: order.rows.count)
        var known: [RowOrder.Key: Int32] = [:]
        var previous: RowOrder.Key?
        var current: Int32 = 0
        for (position, row) in order.rows.enumerated() {
            let key = order.key(row)
            // Rows of one attempt usually come together: the last key saves a look-up.
            if key != previous {
                if let index = known[key] {
                    current = index
                } else {
                    current = Int32(keys.count)
                    known[key] = current
                    keys.append(key)
                }
                previous = key
            }
            attemptOfRow[position] = current
        }
        return (keys, attemptOfRow)
    }

    /// Puts each attempt's rows together in ``rowOrder``, in the order read, attempts by `rank`.
    ///
    /// - Returns: Where each attempt's rows start in ``rowOrder``, by rank, and the end after the last.
    private mutating func countingSort(_ attemptOfRow: [Int32], rank: [Int32]) -> [Int32] {
        var starts = [Int32](repeating: 0, count: rank.count + 1)
        for attempt in attemptOfRow { starts[Int(rank[Int(attempt)]) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var next = starts
        rowOrder = [Int32](repeating: 0, count: attemptOfRow.count)
        for (position, attempt) in attemptOfRow.enumerated() {
            let slot = Int(rank[Int(attempt)])
            rowOrder[Int(next[slot])] = Int32(position)
            next[slot] += 1
        }
        return starts
    }

    /// Adds the attempt whose rows are `rows` in ``rowOrder``, putting them in step order where they are not.
    private mutating func appendAttempt(_ key: RowOrder.Key, rows range: Range<Int>, _ order: RowOrder) {
        if range.count > 1, !range.dropLast().allSatisfy({ order.stepPrecedes(rowOrder[$0], rowOrder[$0 + 1]) }) {
            rowOrder[range].sort(by: order.stepPrecedes)
        }
        attempts.append(Group(
            cohort: key.cohort, learnerID: key.learner, scenarioID: key.scenario, number: key.number,
            firstRow: Int32(range.lowerBound), rowCount: Int32(range.count)))
    }

    /// Each file's position when the names are sorted: rows of one step order by file name.
    private static func ranks(of files: [String]) -> [Int] {
        var rank = [Int](repeating: 0, count: files.count)
        for (position, index) in files.indices.sorted(by: { (files[$0], $0) < (files[$1], $1) }).enumerated() {
            rank[index] = position
        }
        return rank
    }
}
