/// Classical item analysis of one test (a scenario at one level), as Moodle's quiz statistics report
/// does it, extended to branching: not every attempt meets every item.
///
/// Each item score is a fraction of its maximum (points ÷ maximum, 0 to 1). docs/statistics.md gives
/// every formula; in short, with *n* the attempts that met an item:
/// - facility: the mean item score;
/// - sd: the sample standard deviation (n − 1) of the item score;
/// - discrimination index: 100 × the correlation of the item score with the rest score, the mean
///   score of the other items the attempt met (so paths of different lengths compare);
/// - discriminative efficiency: 100 × cov(item, rest) ÷ the largest covariance the two could have
///   (both sorted), as Moodle defines it;
/// - Cronbach's alpha: k·c̄ ÷ (v̄ + (k − 1)·c̄), from the mean item variance v̄ and the mean
///   covariance c̄ of the item pairs met together; for a fixed form this is exactly the usual
///   k/(k − 1)·(1 − Σσᵢ² / σ²ₜ).
///
/// Attempts with identical item scores (same path, same answers) can be given once, as a *pattern*
/// with its multiplicity (`init(patterns:itemCount:)`): every figure is the one the attempts listed
/// one by one would give, to rounding, at a cost that depends on the number of distinct patterns,
/// not of attempts.
///
/// A figure that is undefined (too few attempts, zero variance) is `nil`, never NaN.
public struct ItemAnalysis: Sendable {
    /// One attempt: the score (0 to 1) of each item it met, by item index.
    public typealias Attempt = [Int: Double]

    public struct Item: Sendable, Equatable {
        /// Attempts that met the item (the sum of the counts of the patterns that met it).
        public var reached: Int
        public var facility: Double?
        public var standardDeviation: Double?
        public var discriminationIndex: Double?
        public var discriminativeEfficiency: Double?
    }

    public struct Test: Sendable, Equatable {
        /// Attempts analysed (the sum of the patterns' counts).
        public var attempts: Int
        /// Items met by at least one attempt.
        public var items: Int
        /// Of the attempt totals (the sum of the item scores met).
        public var total: Summary
        public var skewness: Double?
        public var kurtosis: Double?
        public var alpha: Double?
        /// 100 × √(1 − α).
        public var errorRatio: Double?
        /// The standard error of measurement of the total: sd × √(1 − α).
        public var standardErrorOfMeasurement: Double?
    }

    public let items: [Item]
    public let test: Test
    /// The rest score for each item met, as used for the discrimination index: one dictionary per
    /// pattern, parallel to the `patterns` given (per attempt for `init(attempts:itemCount:)`), and
    /// empty for a pattern that met fewer than two items. Every attempt of a pattern has the same
    /// rest scores, so a per-attempt figure over rest scores weights its pattern's entry by the count.
    public let restScores: [[Int: Double]]

    /// The analysis of attempts listed one by one: the same as `init(patterns:itemCount:)` with each
    /// attempt a pattern of count 1, so `restScores` is parallel to `attempts`.
    ///
    /// - Parameters:
    ///   - attempts: Each attempt's item scores, by item index.
    ///   - itemCount: Items are `0..<itemCount`.
    /// - Complexity: as `init(patterns:itemCount:)`, with *p* the number of attempts.
    public init(attempts: [Attempt], itemCount: Int) {
        self.init(patterns: attempts.map { (scores: $0, count: 1) }, itemCount: itemCount)
    }

    /// The analysis of the attempts in which each pattern of item scores appears `count` times:
    /// every figure is the one `init(attempts:itemCount:)` gives with each pattern repeated `count`
    /// times, to floating-point rounding, and undefined (`nil`) in exactly the same cases.
    ///
    /// Patterns need not be distinct (two equal patterns count as one with the sum of the counts),
    /// and their order changes no figure beyond rounding. A pattern with a count of 0 stands for no
    /// attempt: it counts nowhere, but still has its entry in `restScores`. Scores for items outside
    /// `0..<itemCount` are not analysed as items but still count in the pattern's total and in the
    /// rest scores of its other items.
    ///
    /// - Parameters:
    ///   - patterns: Each distinct set of item scores, by item index, with the number of attempts
    ///     that had it.
    ///   - itemCount: Items are `0..<itemCount`.
    /// - Precondition: Every count is at least 0, and `itemCount` is at least 0.
    /// - Complexity: O(*k*·*m* + *m* log *p* + *p* log *p*) time and O(*m* + *p*) memory, for *p*
    ///   patterns, *k* = `itemCount` and *m* ≤ *p*·*k* item scores in all: at most
    ///   O(*p*·*k*²) plus sorting. The counts never enter the cost.
    public init(patterns: [(scores: Attempt, count: Int)], itemCount: Int) {
        precondition(itemCount >= 0, "ItemAnalysis: a negative item count")
        let tabulation = Tabulation(patterns, itemCount: itemCount)
        restScores = tabulation.rests
        items = tabulation.columns.map(Self.item)
        test = Self.test(tabulation, items: items, meanCovariance: Self.meanCovariance(tabulation.columns))
    }

    /// The patterns laid out by item, in one pass: each item's column, each pattern's rest scores
    /// and total, and the attempts in all.
    private struct Tabulation {
        /// By item: the patterns (ascending) that met it, with their score and rest score.
        var columns: [Column]
        /// By pattern (every one, even with a count of 0): the rest score of each item it met.
        var rests: [[Int: Double]]
        /// By pattern with a count above 0: its total, the sum of the item scores met.
        var totals: [(value: Double, count: Int)] = []
        var attempts = 0

        init(_ patterns: [(scores: Attempt, count: Int)], itemCount: Int) {
            rests = [[Int: Double]](repeating: [:], count: patterns.count)
            columns = [Column](repeating: Column(), count: itemCount)
            totals.reserveCapacity(patterns.count)
            for (index, pattern) in patterns.enumerated() {
                precondition(pattern.count >= 0, "ItemAnalysis: a negative count")
                // Added in item order: a dictionary's order changes from run to run, and with it the
                // last bit of the sum, which must not change a figure written from it.
                let sum = pattern.scores.keys.sorted().reduce(0) { $0 + pattern.scores[$1]! }, hasRest = pattern.scores.count >= 2
                if hasRest {
                    for (item, score) in pattern.scores { rests[index][item] = (sum - score) / Double(pattern.scores.count - 1) }
                }
                guard pattern.count > 0 else { continue }
                attempts += pattern.count
                totals.append((value: sum, count: pattern.count))
                for (item, score) in pattern.scores where 0 <= item && item < itemCount {
                    columns[item].patterns.append(index)
                    columns[item].counts.append(pattern.count)
                    columns[item].scores.append(score)
                    columns[item].rests.append(hasRest ? rests[index][item]! : nil)
                }
            }
        }
    }

    /// One item's figures from its column: facility and sd of its scores, and the discrimination
    /// index and efficiency of its scores against the rest scores of the attempts that met
    /// something else too.
    private static func item(_ column: Column) -> Item {
        let summary = Summary.moments(column.scores.indices.lazy.map { (value: column.scores[$0], count: column.counts[$0]) })
        // The attempts that met the item and something else: its score x against the rest score y.
        var x: [Double] = [], y: [Double] = [], weights: [Int] = []
        for position in column.scores.indices {
            guard let score = column.rests[position] else { continue }
            x.append(column.scores[position])
            y.append(score)
            weights.append(column.counts[position])
        }
        var discrimination: Double?, efficiency: Double?
        // With no spread in either (zero variance), neither figure is defined.
        if let cov = covariance(x, y, weights: weights),
            let sx = Summary.moments(x.indices.lazy.map { (value: x[$0], count: weights[$0]) }).standardDeviation,
            let sy = Summary.moments(y.indices.lazy.map { (value: y[$0], count: weights[$0]) }).standardDeviation,
            sx > 0, sy > 0
        {
            discrimination = 100 * cov / (sx * sy)
            if let maximum = sortedCovariance(x, y, weights: weights), maximum > 0 {
                efficiency = 100 * cov / maximum
            }
        }
        return Item(reached: summary.count, facility: summary.mean, standardDeviation: summary.standardDeviation,
                    discriminationIndex: discrimination, discriminativeEfficiency: efficiency)
    }

    /// The mean covariance over the pairs of items met together by at least two attempts; `nil`
    /// when no pair was.
    private static func meanCovariance(_ columns: [Column]) -> Double? {
        var covariances: [Double] = []
        var a: [Double] = [], b: [Double] = [], weights: [Int] = []
        for first in columns.indices {
            for second in (first + 1)..<columns.count {
                // The patterns that met both: a merge of the two ascending columns.
                a.removeAll(keepingCapacity: true)
                b.removeAll(keepingCapacity: true)
                weights.removeAll(keepingCapacity: true)
                let p = columns[first], q = columns[second]
                var i = 0, j = 0
                while i < p.patterns.count, j < q.patterns.count {
                    if p.patterns[i] < q.patterns[j] {
                        i += 1
                    } else if p.patterns[i] > q.patterns[j] {
                        j += 1
                    } else {
                        a.append(p.scores[i])
                        b.append(q.scores[j])
                        weights.append(p.counts[i])
                        i += 1
                        j += 1
                    }
                }
                if let cov = covariance(a, b, weights: weights) { covariances.append(cov) }
            }
        }
        return covariances.isEmpty ? nil : covariances.reduce(0, +) / Double(covariances.count)
    }

    /// The test's figures: the totals' summary, skewness and kurtosis, and alpha with what follows
    /// from it.
    private static func test(_ tabulation: Tabulation, items: [Item], meanCovariance: Double?) -> Test {
        let alpha = alpha(variances: items.compactMap { $0.standardDeviation.map { $0 * $0 } }, meanCovariance: meanCovariance)
        let total = Summary(weighted: tabulation.totals)
        let errorRatio = alpha.flatMap { $0 <= 1 ? 100 * (1 - $0).squareRoot() : nil }
        return Test(
            attempts: tabulation.attempts, items: items.count { $0.reached > 0 }, total: total,
            skewness: skewness(tabulation.totals, summary: total), kurtosis: kurtosis(tabulation.totals, summary: total),
            alpha: alpha, errorRatio: errorRatio,
            standardErrorOfMeasurement: alpha.flatMap { a in total.standardDeviation.flatMap { a <= 1 ? $0 * (1 - a).squareRoot() : nil } })
    }

    /// Cronbach's alpha, k·c̄ ÷ (v̄ + (k − 1)·c̄), from the variances of the *k* items met by at
    /// least two attempts (those that do not vary included, with 0) and the mean covariance c̄.
    ///
    /// Undefined (`nil`) unless at least two of those items vary: with one, every covariance is 0
    /// and alpha would come out as exactly 0, a figure about the items' consistency that no two
    /// varying items ever gave; and when no pair of items was met together, or the denominator is 0.
    static func alpha(variances: [Double], meanCovariance: Double?) -> Double? {
        guard variances.count(where: { $0 > 0 }) >= 2, let meanCovariance else { return nil }
        let k = Double(variances.count)
        let meanVariance = variances.reduce(0, +) / k
        let denominator = meanVariance + (k - 1) * meanCovariance
        return denominator != 0 ? k * meanCovariance / denominator : nil
    }

    /// One item's scores, by the patterns that met it (ascending, and with a count above 0):
    /// pattern `patterns[i]` has `counts[i]` attempts, item score `scores[i]` and rest score `rests[i]`.
    private struct Column {
        var patterns: [Int] = []
        var counts: [Int] = []
        var scores: [Double] = []
        var rests: [Double?] = []
    }

    /// The weighted means of x and y, `total` being the sum of the weights.
    private static func means(_ x: [Double], _ y: [Double], weights: [Int], total: Int) -> (Double, Double) {
        var sx = 0.0, sy = 0.0
        for index in x.indices {
            sx += Double(weights[index]) * x[index]
            sy += Double(weights[index]) * y[index]
        }
        return (sx / Double(total), sy / Double(total))
    }

    /// Sample covariance (n − 1) of the pairs (x[i], y[i]), each repeated `weights[i]` times, so n
    /// is the sum of the weights; `nil` for fewer than two pairs in all.
    ///
    /// - Complexity: O(*p*) for *p* pairs.
    static func covariance(_ x: [Double], _ y: [Double], weights: [Int]) -> Double? {
        precondition(x.count == y.count && x.count == weights.count)
        let n = weights.reduce(0, +)
        guard n >= 2 else { return nil }
        let (mx, my) = means(x, y, weights: weights, total: n)
        var sum = 0.0
        for index in x.indices { sum += Double(weights[index]) * (x[index] - mx) * (y[index] - my) }
        return sum / Double(n - 1)
    }

    /// The largest covariance the two weighted samples could have: that of x sorted against y sorted,
    /// over the lists with each value repeated its weight times. Those two sorted lists are paired by
    /// merging the two weighted, sorted lists (the comonotone pairing), never by expanding them.
    /// `nil` for fewer than two pairs in all.
    ///
    /// - Complexity: O(*p* log *p*) for *p* pairs.
    static func sortedCovariance(_ x: [Double], _ y: [Double], weights: [Int]) -> Double? {
        precondition(x.count == y.count && x.count == weights.count)
        let n = weights.reduce(0, +)
        guard n >= 2 else { return nil }
        let (mx, my) = means(x, y, weights: weights, total: n)
        let xs = zip(x, weights).filter { $0.1 > 0 }.sorted { $0.0 < $1.0 }
        let ys = zip(y, weights).filter { $0.1 > 0 }.sorted { $0.0 < $1.0 }
        // Walk both sorted lists at once; each step pairs as many copies as both still have.
        var i = 0, j = 0, leftX = xs[0].1, leftY = ys[0].1, sum = 0.0
        while i < xs.count, j < ys.count {
            let copies = min(leftX, leftY)
            sum += Double(copies) * (xs[i].0 - mx) * (ys[j].0 - my)
            leftX -= copies
            leftY -= copies
            if leftX == 0 {
                i += 1
                if i < xs.count { leftX = xs[i].1 }
            }
            if leftY == 0 {
                j += 1
                if j < ys.count { leftY = ys[j].1 }
            }
        }
        return sum / Double(n - 1)
    }

    /// Adjusted Fisher–Pearson skewness, n·Σd³ / ((n − 1)(n − 2)·s³), as Moodle reports it, of the
    /// values each repeated `count` times; `summary` is `Summary(weighted: values)`. `nil` for fewer
    /// than three values or no spread.
    ///
    /// - Complexity: O(*p*) for *p* entries.
    static func skewness(_ values: [(value: Double, count: Int)], summary: Summary) -> Double? {
        let n = Double(summary.count)
        guard summary.count >= 3, let s = summary.standardDeviation, s > 0, let mean = summary.mean else { return nil }
        let cubes = values.reduce(0) { $0 + Double($1.count) * ($1.value - mean) * ($1.value - mean) * ($1.value - mean) }
        return n * cubes / ((n - 1) * (n - 2) * s * s * s)
    }

    /// Sample excess kurtosis (G₂), as Moodle reports it, of the values each repeated `count` times;
    /// `summary` is `Summary(weighted: values)`. `nil` for fewer than four values or no spread.
    ///
    /// - Complexity: O(*p*) for *p* entries.
    static func kurtosis(_ values: [(value: Double, count: Int)], summary: Summary) -> Double? {
        let n = Double(summary.count)
        guard summary.count >= 4, let s = summary.standardDeviation, s > 0, let mean = summary.mean else { return nil }
        let fourths = values.reduce(0) { $0 + Double($1.count) * pow4($1.value - mean) }
        return n * (n + 1) * fourths / ((n - 1) * (n - 2) * (n - 3) * pow4(s)) - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3))
    }

    private static func pow4(_ x: Double) -> Double { x * x * x * x }
}
