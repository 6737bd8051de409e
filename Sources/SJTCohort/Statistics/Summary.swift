/// Descriptive statistics of a list of numbers, with undefined figures as `nil`, never NaN.
///
/// Standard deviation is the sample one (divisor n − 1), undefined for fewer than two values, and 0
/// when the values differ only by floating-point rounding; see docs/statistics.md.
public struct Summary: Sendable, Equatable {
    public var count: Int
    public var mean: Double?
    public var standardDeviation: Double?
    public var minimum: Double?
    public var median: Double?
    public var maximum: Double?

    public init(_ values: [Double]) {
        count = values.count
        guard !values.isEmpty else { return }
        let sorted = values.sorted()
        let mean = values.reduce(0, +) / Double(values.count)
        self.mean = mean
        minimum = sorted.first
        maximum = sorted.last
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        if values.count >= 2, sorted.first == sorted.last {
            // All equal: exactly no spread, not the rounding noise of (x − mean) ≈ 1e-17.
            standardDeviation = 0
        } else if values.count >= 2 {
            let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            let sd = (squares / Double(values.count - 1)).squareRoot()
            // Values equal but for floating-point rounding (1/3 summed two ways) have no spread:
            // anything below a millionth of a millionth of their size is that noise.
            standardDeviation = sd < 1e-12 * max(1, abs(mean)) ? 0 : sd
        }
    }
}
