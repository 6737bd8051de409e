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
        struct Key: Hashable {
            var cohort, learner, scenario, number: Int32
        }
        let rows = imported.rows
        let pool = imported.pool
        func precedes(_ a: Key, _ b: Key) -> Bool {
            if a.cohort != b.cohort { return pool.precedes(a.cohort, b.cohort) }
            if a.learner != b.learner { return pool.precedes(a.learner, b.learner) }
            if a.scenario != b.scenario { return pool.precedes(a.scenario, b.scenario) }
            return a.number < b.number
        }
        func key(_ row: ImportedRow) -> Key {
            Key(cohort: row.cohort, learner: row.learnerID, scenario: row.scenarioID, number: row.attempt)
        }
        let fileRank = Self.ranks(of: imported.files)
        func stepPrecedes(_ a: Int32, _ b: Int32) -> Bool {
            let x = rows[Int(a)], y = rows[Int(b)]
            return (x.step, fileRank[Int(x.file)], x.row) < (y.step, fileRank[Int(y.file)], y.row)
        }
        /// Puts the rows of one attempt in step order, where they are not already.
        func orderSteps(_ range: Range<Int>) {
            if range.count > 1, !range.dropLast().allSatisfy({ stepPrecedes(rowOrder[$0], rowOrder[$0 + 1]) }) {
                rowOrder[range].sort(by: stepPrecedes)
            }
        }

        // Files that sjt writes, and most that other tools write, hold each attempt's rows together
        // and the attempts in order: then the attempts are the runs of rows, found in one pass.
        var inOrder = true
        for position in rows.indices.dropFirst() {
            let previous = key(rows[position - 1]), current = key(rows[position])
            if previous != current, !precedes(previous, current) {
                inOrder = false
                break
            }
        }
        if inOrder {
            rowOrder = Array(0..<Int32(rows.count))
            var start = 0
            while start < rows.count {
                let group = key(rows[start])
                var end = start + 1
                while end < rows.count, key(rows[end]) == group { end += 1 }
                orderSteps(start..<end)
                attempts.append(Group(
                    cohort: group.cohort, learnerID: group.learner, scenarioID: group.scenario, number: group.number,
                    firstRow: Int32(start), rowCount: Int32(end - start)))
                start = end
            }
            return
        }

        var keys: [Key] = []
        var attemptOfRow = [Int32](repeating: 0, count: rows.count)
        do {
            var known: [Key: Int32] = [:]
            var previous: Key?
            var current: Int32 = 0
            for (position, row) in rows.enumerated() {
                let key = Key(cohort: row.cohort, learner: row.learnerID, scenario: row.scenarioID, number: row.attempt)
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
        }

        var order = Array(0..<Int32(keys.count))
        if !zip(order, order.dropFirst()).allSatisfy({ precedes(keys[Int($0)], keys[Int($1)]) }) {
            order.sort { precedes(keys[Int($0)], keys[Int($1)]) }
        }
        var rank = [Int32](repeating: 0, count: keys.count)
        for (position, key) in order.enumerated() { rank[Int(key)] = Int32(position) }

        // A counting sort: each attempt's rows land together, in the order read.
        var starts = [Int32](repeating: 0, count: keys.count + 1)
        for attempt in attemptOfRow { starts[Int(rank[Int(attempt)]) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var next = starts
        rowOrder = [Int32](repeating: 0, count: rows.count)
        for (position, attempt) in attemptOfRow.enumerated() {
            let slot = Int(rank[Int(attempt)])
            rowOrder[Int(next[slot])] = Int32(position)
            next[slot] += 1
        }

        attempts.reserveCapacity(keys.count)
        for (position, key) in order.enumerated() {
            let start = Int(starts[position]), end = Int(starts[position + 1])
            orderSteps(start..<end)
            let group = keys[Int(key)]
            attempts.append(Group(
                cohort: group.cohort, learnerID: group.learner, scenarioID: group.scenario, number: group.number,
                firstRow: Int32(start), rowCount: Int32(end - start)))
        }
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
