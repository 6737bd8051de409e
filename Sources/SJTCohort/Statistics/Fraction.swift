/// An exact rational number, in lowest terms with a positive denominator: a figure the exports
/// round from its exact value rather than from the double nearest it (docs/csv-formats.md).
///
/// A facility that is exactly 29/32 = 0.90625 comes out of floating-point addition of scores such
/// as 2/3 as 0.9062499999999999; rounded half up it must be 0.9063, and only the exact value says
/// so. Every operation that would overflow `Int` gives `nil`, and the caller then rounds the double
/// as before: an exact figure wherever one can be had, never a wrong one from a sum that wrapped.
public struct Fraction: Sendable, Hashable {
    public let numerator: Int
    public let denominator: Int

    /// numerator ÷ denominator in lowest terms; `nil` for a denominator of 0 (or `Int.min`, whose
    /// negation overflows).
    public init?(_ numerator: Int, over denominator: Int) {
        guard denominator != 0, numerator != .min, denominator != .min else { return nil }
        let divisor = Int(Self.greatestCommonDivisor(numerator.magnitude, denominator.magnitude))
        let sign = denominator < 0 ? -1 : 1
        self.init(reduced: sign * numerator / divisor, sign * denominator / divisor)
    }

    private init(reduced numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public static let zero = Fraction(reduced: 0, 1)

    /// A number given to nine decimal places, as the engine gives percentages (docs/scoring.md)
    /// and an author a weight: the exact decimal the double stands for; `nil` for nil, or a value
    /// too large to hold in billionths.
    public init?(nineDecimals value: Double?) {
        guard let value, value.isFinite, abs(value) < 9e9 else { return nil }
        self.init(Int((value * 1e9).rounded()), over: 1_000_000_000)
    }

    /// The mean of numbers given to nine decimal places (``init(nineDecimals:)``), from their
    /// billionths added up as integers: one reduction for the whole list, for learners.csv-sized
    /// lists. `nil` for no values, or on overflow.
    public static func mean(nineDecimals values: [Double]) -> Fraction? {
        var sum = 0
        for value in values {
            guard value.isFinite, abs(value) < 9e9 else { return nil }
            let (next, overflow) = sum.addingReportingOverflow(Int((value * 1e9).rounded()))
            guard !overflow else { return nil }
            sum = next
        }
        let (denominator, overflow) = values.count.multipliedReportingOverflow(by: 1_000_000_000)
        return values.isEmpty || overflow ? nil : Fraction(sum, over: denominator)
    }

    /// The median of numbers given to nine decimal places, `sorted` ascending: the middle one, or
    /// the mean of the middle two. `nil` for no values.
    public static func median(nineDecimalsSorted sorted: [Double]) -> Fraction? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return Fraction(nineDecimals: sorted[middle]) }
        return mean(nineDecimals: [sorted[middle - 1], sorted[middle]])
    }

    /// The nearest double.
    public var value: Double { Double(numerator) / Double(denominator) }

    public static func + (a: Fraction, b: Fraction) -> Fraction? {
        // Over the least common multiple of the denominators, so that sums of many terms stay small.
        let common = Int(greatestCommonDivisor(a.denominator.magnitude, b.denominator.magnitude))
        let (denominator, o1) = (a.denominator / common).multipliedReportingOverflow(by: b.denominator)
        let (left, o2) = a.numerator.multipliedReportingOverflow(by: b.denominator / common)
        let (right, o3) = b.numerator.multipliedReportingOverflow(by: a.denominator / common)
        let (numerator, o4) = left.addingReportingOverflow(right)
        return o1 || o2 || o3 || o4 ? nil : Fraction(numerator, over: denominator)
    }

    public static func - (a: Fraction, b: Fraction) -> Fraction? {
        Fraction(-b.numerator, over: b.denominator).flatMap { a + $0 }
    }

    public static func * (a: Fraction, b: Fraction) -> Fraction? {
        // Each numerator reduced against the other's denominator first, so products stay small.
        let left = Int(greatestCommonDivisor(a.numerator.magnitude, b.denominator.magnitude))
        let right = Int(greatestCommonDivisor(b.numerator.magnitude, a.denominator.magnitude))
        let (numerator, o1) = (a.numerator / left).multipliedReportingOverflow(by: b.numerator / right)
        let (denominator, o2) = (a.denominator / right).multipliedReportingOverflow(by: b.denominator / left)
        return o1 || o2 ? nil : Fraction(numerator, over: denominator)
    }

    /// `nil` when dividing by 0.
    public static func / (a: Fraction, b: Fraction) -> Fraction? {
        Fraction(b.denominator, over: b.numerator).flatMap { a * $0 }
    }

    public static func * (a: Fraction, b: Int) -> Fraction? { a * Fraction(reduced: b, 1) }

    /// `nil` when dividing by 0.
    public static func / (a: Fraction, b: Int) -> Fraction? { a / Fraction(reduced: b, 1) }

    /// The mean of the values, each counted `count` times; `nil` when the counts add up to 0, a
    /// value is `nil`, or the sum overflows.
    public static func mean(_ values: [(value: Fraction?, count: Int)]) -> Fraction? {
        var sum = zero, count = 0
        for (value, times) in values where times > 0 {
            guard let term = value.flatMap({ $0 * times }), let next = sum + term else { return nil }
            sum = next
            count += times
        }
        return count == 0 ? nil : sum / count
    }

    /// The median of the values, each counted `count` times (the mean of the middle two for an
    /// even count), as `Summary(weighted:)` finds it; `nil` as for `mean`, or when two values
    /// cannot be told apart without overflow.
    public static func median(_ values: [(value: Fraction?, count: Int)]) -> Fraction? {
        var sorted: [(value: Fraction, count: Int)] = []
        for (value, count) in values where count > 0 {
            guard let value else { return nil }
            sorted.append((value, count))
        }
        sorted.sort { $0.value.value < $1.value.value }
        // Doubles order the values but may tie two that differ: the exact order must agree.
        for index in sorted.indices.dropFirst() where sorted[index].value != sorted[index - 1].value {
            guard sorted[index - 1].value.isLess(than: sorted[index].value) == true else { return nil }
        }
        let total = sorted.reduce(0) { $0 + $1.count }
        let high = total / 2, low = total % 2 == 1 ? high : high - 1
        var seen = 0, lowValue: Fraction?
        for entry in sorted {
            seen += entry.count
            if lowValue == nil, seen > low { lowValue = entry.value }
            if seen > high { return low == high ? entry.value : (lowValue! + entry.value).flatMap { $0 / 2 } }
        }
        return nil
    }

    /// Whether self < other, compared exactly; `nil` if the cross products overflow.
    func isLess(than other: Fraction) -> Bool? {
        let (left, o1) = numerator.multipliedReportingOverflow(by: other.denominator)
        let (right, o2) = other.numerator.multipliedReportingOverflow(by: denominator)
        return o1 || o2 ? nil : left < right
    }

    private static func greatestCommonDivisor(_ a: UInt, _ b: UInt) -> UInt {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
