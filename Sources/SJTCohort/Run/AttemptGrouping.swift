/// A cohort's rows grouped into attempts by (cohort, learner, scenario, attempt number), the
/// attempts in that order (text compared byte for byte), each attempt's rows in step order, then by
/// file name and row for rows that give the same step.
///
/// Rows usually come an attempt at a time: then the attempts are the runs of rows with one key,
/// found in one pass with no look-ups, and only the runs are sorted, when they are not in order
/// already. Rows of one attempt that come in several runs are put together in the order read.
///
/// - Complexity: O(*r* + *u* log *u*) for *r* rows in *u* runs (*u* is the number of attempts when
///   each attempt's rows come together), O(*r*) when the attempts come in order, plus sorting any
///   attempt whose rows are not in step order. Memory: 4 bytes a row kept; 24 bytes a run while
///   grouping.
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
        group(RowOrder(imported))
    }

    /// How rows and attempts are ordered: attempts by key, an attempt's rows by step, then by file
    /// name and row.
    private struct RowOrder {
        struct Key: Equatable {
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
    }

    /// Rows with one key, one after another in the order read.
    private struct Run {
        var key: RowOrder.Key
        var start: Int32
        var count: Int32
    }

    /// Groups the rows: the runs of rows with one key, in key order (runs of one key in the order
    /// read), each key's runs one attempt.
    ///
    /// - Complexity: O(*r*) to find the runs, no look-ups; O(*u* log *u*) to sort them, only when
    ///   they are not in key order already.
    private mutating func group(_ order: RowOrder) {
        let rows = order.rows
        var runs: [Run] = []
        var start = 0
        while start < rows.count {
            let key = order.key(rows[start])
            var end = start + 1
            while end < rows.count, order.key(rows[end]) == key { end += 1 }
            runs.append(Run(key: key, start: Int32(start), count: Int32(end - start)))
            start = end
        }
        // Files that sjt writes, and most that other tools write, hold the attempts in order.
        if !zip(runs, runs.dropFirst()).allSatisfy({ order.precedes($0.key, $1.key) }) {
            // The run read first comes first among runs of one key: an order with no ties, so any
            // sort gives it.
            runs.sort { $0.key != $1.key ? order.precedes($0.key, $1.key) : $0.start < $1.start }
        }
        rowOrder.reserveCapacity(rows.count)
        var index = 0
        while index < runs.count {
            let key = runs[index].key, first = rowOrder.count
            while index < runs.count, runs[index].key == key {
                rowOrder += runs[index].start..<(runs[index].start + runs[index].count)
                index += 1
            }
            appendAttempt(key, rows: first..<rowOrder.count, order)
        }
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
