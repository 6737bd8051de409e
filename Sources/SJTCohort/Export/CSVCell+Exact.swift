import SJTCSV

extension CSVCell {
    /// A figure rounded to `places` from its exact value, or, when that overflowed (`nil`), from
    /// `double` as it is; empty when `double` is `nil` too.
    public static func exact(_ fraction: Fraction?, orRounded double: Double?, places: Int) -> CSVCell {
        fraction.map { .ratio($0.numerator, over: $0.denominator, places: places) } ?? .decimal(double, places: places)
    }

    /// A percentage the engine gave (nine decimal places), at two places rounded from that decimal.
    public static func percentage(_ value: Double?) -> CSVCell {
        exact(Fraction(nineDecimals: value), orRounded: value, places: 2)
    }
}
