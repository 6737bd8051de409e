import SJTCSV

extension CSVCell {
    /// A figure rounded to `places` from its exact value, or, when that overflowed (`nil`), from
    /// `double` as it is; empty when `double` is `nil` too.
    public static func exact(_ fraction: Fraction?, orRounded double: Double?, places: Int) -> CSVCell {
        fraction.map { .ratio($0.numerator, over: $0.denominator, places: places) } ?? .decimal(double, places: places)
    }

    /// A percentage the engine gave (nine decimal places), at two places rounded from that decimal.
    ///
    /// The billionths go straight into a ratio cell, unreduced: learners.csv writes one of these
    /// per learner and area, and the ratio cell needs no lowest terms.
    public static func percentage(_ value: Double?) -> CSVCell {
        guard let value, value.isFinite, abs(value) < 9e9 else { return .decimal(value, places: 2) }
        return .ratio(Int((value * 1e9).rounded()), over: 1_000_000_000, places: 2)
    }
}
