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
/// A figure that is undefined (too few attempts, zero variance) is `nil`, never NaN.
public struct ItemAnalysis: Sendable {
    /// One attempt: the score (0 to 1) of each item it met, by item index.
    public typealias Attempt = [Int: Double]

    public struct Item: Sendable, Equatable {
        public var reached: Int
        public var facility: Double?
        public var standardDeviation: Double?
        public var discriminationIndex: Double?
        public var discriminativeEfficiency: Double?
    }

    public struct Test: Sendable, Equatable {
        public var attempts: Int
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
    /// The rest score of each attempt for each item it met, as used for the discrimination index.
    public let restScores: [[Int: Double]]

    /// - Parameters:
    ///   - attempts: Each attempt's item scores, by item index.
    ///   - itemCount: Items are `0..<itemCount`.
    public init(attempts: [Attempt], itemCount: Int) {
        var rest = [[Int: Double]](repeating: [:], count: attempts.count)
        for (index, attempt) in attempts.enumerated() where attempt.count >= 2 {
            let sum = attempt.values.reduce(0, +)
            for (item, score) in attempt { rest[index][item] = (sum - score) / Double(attempt.count - 1) }
        }
        restScores = rest

        var items: [Item] = []
        var variances: [Double] = []
        for item in 0..<itemCount {
            let met = attempts.indices.filter { attempts[$0][item] != nil }
            let scores = met.map { attempts[$0][item]! }
            let summary = Summary(scores)
            if let sd = summary.standardDeviation { variances.append(sd * sd) }
            let paired = met.filter { rest[$0][item] != nil }
            let x = paired.map { attempts[$0][item]! }, y = paired.map { rest[$0][item]! }
            var discrimination: Double?, efficiency: Double?
            // With no spread in either (zero variance), neither figure is defined.
            if let cov = Self.covariance(x, y), let sx = Summary(x).standardDeviation, let sy = Summary(y).standardDeviation,
                sx > 0, sy > 0
            {
                discrimination = 100 * cov / (sx * sy)
                if let maximum = Self.covariance(x.sorted(), y.sorted()), maximum > 0 {
                    efficiency = 100 * cov / maximum
                }
            }
            items.append(Item(reached: met.count, facility: summary.mean, standardDeviation: summary.standardDeviation,
                              discriminationIndex: discrimination, discriminativeEfficiency: efficiency))
        }
        self.items = items

        // Mean covariance over the pairs of items met together by at least two attempts.
        var covariances: [Double] = []
        for a in 0..<itemCount {
            for b in (a + 1)..<itemCount {
                let both = attempts.filter { $0[a] != nil && $0[b] != nil }
                if let cov = Self.covariance(both.map { $0[a]! }, both.map { $0[b]! }) { covariances.append(cov) }
            }
        }
        let k = Double(variances.count)
        var alpha: Double?
        if variances.count >= 2, !covariances.isEmpty {
            let meanVariance = variances.reduce(0, +) / k
            let meanCovariance = covariances.reduce(0, +) / Double(covariances.count)
            let denominator = meanVariance + (k - 1) * meanCovariance
            if denominator != 0 { alpha = k * meanCovariance / denominator }
        }
        let totals = attempts.map { $0.values.reduce(0, +) }
        let total = Summary(totals)
        let errorRatio = alpha.flatMap { $0 <= 1 ? 100 * (1 - $0).squareRoot() : nil }
        test = Test(
            attempts: attempts.count, items: items.count { $0.reached > 0 }, total: total,
            skewness: Self.skewness(totals), kurtosis: Self.kurtosis(totals), alpha: alpha, errorRatio: errorRatio,
            standardErrorOfMeasurement: alpha.flatMap { a in total.standardDeviation.flatMap { a <= 1 ? $0 * (1 - a).squareRoot() : nil } })
    }

    /// Sample covariance (n − 1); `nil` for fewer than two pairs.
    static func covariance(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        var sum = 0.0
        for index in x.indices { sum += (x[index] - mx) * (y[index] - my) }
        return sum / Double(x.count - 1)
    }

    /// Adjusted Fisher–Pearson skewness, n·Σd³ / ((n − 1)(n − 2)·s³), as Moodle reports it.
    static func skewness(_ values: [Double]) -> Double? {
        let n = Double(values.count)
        guard values.count >= 3, let s = Summary(values).standardDeviation, s > 0, let mean = Summary(values).mean else { return nil }
        let cubes = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) * ($1 - mean) }
        return n * cubes / ((n - 1) * (n - 2) * s * s * s)
    }

    /// Sample excess kurtosis (G₂), as Moodle reports it.
    static func kurtosis(_ values: [Double]) -> Double? {
        let n = Double(values.count)
        guard values.count >= 4, let s = Summary(values).standardDeviation, s > 0, let mean = Summary(values).mean else { return nil }
        let fourths = values.reduce(0) { $0 + pow4($1 - mean) }
        return n * (n + 1) * fourths / ((n - 1) * (n - 2) * (n - 3) * pow4(s)) - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3))
    }

    private static func pow4(_ x: Double) -> Double { x * x * x * x }
}
