/// Descriptive statistics of a list of numbers, with undefined figures as `nil`, never NaN.
///
/// Standard deviation is the sample one (divisor n − 1), undefined for fewer than two values, and 0
/// when the values differ only by floating-point rounding; see docs/statistics.md.
///
/// A list with many repeated values can be given once per distinct value with its multiplicity
/// (`init(weighted:)`): every figure is then the one the list with each value repeated would give.
public struct Summary: Sendable, Equatable {
    public var count: Int
    public var mean: Double?
    public var standardDeviation: Double?
    public var minimum: Double?
    public var median: Double?
    public var maximum: Double?

    /// The summary of `values`.
    ///
    /// - Complexity: O(*n* log *n*) for the median's sort, with one sorted copy of `values` as the
    ///   only allocation.
    public init(_ values: [Double]) {
        let moments = Self.moments(values.lazy.map { (value: $0, count: 1) })
        self.init(moments)
        guard !values.isEmpty else { return }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The summary of the list in which each `value` appears `count` times: the same count, mean,
    /// standard deviation (with the same zero-spread rules), minimum, median and maximum as
    /// `Summary(_:)` of that expanded list, to rounding.
    ///
    /// A value whose count is 0 is not in the list at all (it is neither the minimum nor the
    /// maximum); `count` is the sum of the counts. The order of `values` does not matter, and a value
    /// may appear more than once.
    ///
    /// - Precondition: Every count is at least 0.
    /// - Complexity: O(*p* log *p*) for *p* distinct entries, whatever the counts: the expanded list
    ///   is never built.
    public init(weighted values: [(value: Double, count: Int)]) {
        self.init(Self.moments(values))
        guard count > 0 else { return }
        let sorted = values.filter { $0.count > 0 }.sorted { $0.value < $1.value }
        // The values at 0-based positions `low` and `high` of the expanded, sorted list.
        let high = count / 2, low = count % 2 == 1 ? high : high - 1
        var seen = 0, lowValue: Double?
        for entry in sorted {
            seen += entry.count
            if lowValue == nil, seen > low { lowValue = entry.value }
            if seen > high {
                median = low == high ? entry.value : (lowValue! + entry.value) / 2
                break
            }
        }
    }

    private init(_ moments: Moments) {
        count = moments.count
        mean = moments.mean
        standardDeviation = moments.standardDeviation
        minimum = moments.minimum
        maximum = moments.maximum
    }

    /// Every figure but the median, which needs a sort.
    struct Moments {
        var count = 0
        var mean: Double?
        var standardDeviation: Double?
        var minimum: Double?
        var maximum: Double?
    }

    /// The count, mean, sample standard deviation, minimum and maximum of the list in which each
    /// `value` appears `count` times (entries with a count of 0 are skipped), in two passes and
    /// without building that list or sorting.
    ///
    /// Every standard deviation in the package comes from here, so the zero-spread rules are the
    /// same for all: fewer than two values have none; values all equal have exactly 0; values that
    /// differ only by floating-point rounding (an sd below 1e-12 × max(1, |mean|)) have 0.
    ///
    /// - Precondition: Every count is at least 0.
    /// - Complexity: O(*p*) for *p* entries.
    static func moments<C: Collection>(_ entries: C) -> Moments where C.Element == (value: Double, count: Int) {
        var result = Moments()
        var sum = 0.0, minimum = Double.infinity, maximum = -Double.infinity
        for (value, count) in entries where count != 0 {
            precondition(count > 0, "Summary: a negative count")
            result.count += count
            sum += Double(count) * value
            minimum = min(minimum, value)
            maximum = max(maximum, value)
        }
        guard result.count > 0 else { return result }
        let mean = sum / Double(result.count)
        result.mean = mean
        result.minimum = minimum
        result.maximum = maximum
        guard result.count >= 2 else { return result }
        if minimum == maximum {
            // All equal: exactly no spread, not the rounding noise of (x − mean) ≈ 1e-17.
            result.standardDeviation = 0
        } else {
            var squares = 0.0
            for (value, count) in entries where count != 0 { squares += Double(count) * (value - mean) * (value - mean) }
            let sd = (squares / Double(result.count - 1)).squareRoot()
            // Values equal but for floating-point rounding (1/3 summed two ways) have no spread:
            // anything below a millionth of a millionth of their size is that noise.
            result.standardDeviation = sd < 1e-12 * max(1, abs(mean)) ? 0 : sd
        }
        return result
    }
}
