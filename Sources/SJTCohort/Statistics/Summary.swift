/// Descriptive statistics of a list of numbers, with undefined figures as `nil`, never NaN.
///
/// Standard deviation is the sample one (divisor n − 1), undefined for fewer than two values; see
/// docs/statistics.md.
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
        if values.count >= 2 {
            let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            standardDeviation = (squares / Double(values.count - 1)).squareRoot()
        }
    }
}
