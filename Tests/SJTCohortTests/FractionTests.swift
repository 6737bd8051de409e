@testable import SJTCohort
import SJTCSV
import Testing

/// Exact fractions for the figures written from their exact value; every expected value here is
/// worked by hand.
struct FractionTests {
    func f(_ numerator: Int, _ denominator: Int) -> Fraction { Fraction(numerator, over: denominator)! }

    @Test func fractionsAreKeptInLowestTermsWithAPositiveDenominator() {
        #expect(f(6, -8) == f(-3, 4) && f(6, -8).numerator == -3 && f(6, -8).denominator == 4)
        #expect(f(0, -5) == .zero && Fraction(1, over: 0) == nil)
    }

    @Test func arithmeticIsExact() {
        #expect(f(1, 6) + f(1, 3) == f(1, 2))  // 1/6 + 2/6
        #expect(f(1, 3) - f(1, 2) == f(-1, 6))
        #expect(f(2, 3) * f(9, 4) == f(3, 2))
        #expect(f(2, 3) / f(4, 9) == f(3, 2))
        #expect(f(5, 6) * 12 == f(10, 1) && f(5, 6) / 5 == f(1, 6))
        #expect(f(1, 2) / .zero == nil)
    }

    @Test func arithmeticThatWouldOverflowGivesNil() {
        #expect(f(Int.max, 1) + f(1, 1) == nil)
        #expect(f(1, Int.max) + f(1, Int.max - 1) == nil)  // the common denominator overflows
        #expect(f(Int.max / 2, 1) * 3 == nil)
        #expect(Fraction.mean([(f(Int.max, 1), 2)]) == nil)
    }

    /// The engine's percentages have nine decimal places: 66.666666667 is 66666666667/10⁹, not the
    /// double nearest it.
    @Test func nineDecimalsAreTakenAsTheDecimalTheyStandFor() {
        #expect(Fraction(nineDecimals: 66.666666667) == f(66_666_666_667, 1_000_000_000))
        #expect(Fraction(nineDecimals: 40.625) == f(325, 8))
        #expect(Fraction(nineDecimals: nil) == nil && Fraction(nineDecimals: .nan) == nil)
    }

    /// Weighted like `Summary(weighted:)`: (1/3 × 2 + 1/6) ÷ 3 = 5/18; the median of 1/3, 1/3, 1/6
    /// is 1/3, and with a fourth value 1/2 it is the mean of the middle two, 1/3.
    @Test func meansAndMediansAreThoseOfTheExpandedList() {
        #expect(Fraction.mean([(f(1, 3), 2), (f(1, 6), 1), (f(7, 1), 0)]) == f(5, 18))
        #expect(Fraction.median([(f(1, 3), 2), (f(1, 6), 1)]) == f(1, 3))
        #expect(Fraction.median([(f(1, 2), 1), (f(1, 3), 2), (f(1, 6), 1)]) == f(1, 3))
        #expect(Fraction.median([(f(1, 2), 1), (f(1, 6), 1)]) == f(1, 3))
        #expect(Fraction.mean([]) == nil && Fraction.median([(nil, 1)]) == nil)
    }

    /// The billionths of 66.666666667, 33.333333333 and 12.345 add up to 112.345 exactly: a mean of
    /// 112345/3000; the median of the first two (sorted) is 50, and of all three 33.333333333.
    @Test func meansAndMediansOfNineDecimalNumbersAreExact() {
        #expect(Fraction.mean(nineDecimals: [66.666666667, 33.333333333, 12.345]) == f(112_345, 3000))
        #expect(Fraction.median(nineDecimalsSorted: [33.333333333, 66.666666667]) == f(50, 1))
        #expect(Fraction.median(nineDecimalsSorted: [12.345, 33.333333333, 66.666666667]) == f(33_333_333_333, 1_000_000_000))
        #expect(Fraction.mean(nineDecimals: []) == nil && Fraction.median(nineDecimalsSorted: []) == nil)
        #expect(Fraction.mean(nineDecimals: [.nan]) == nil)
    }

    /// A figure is written from its exact value when there is one, else from the double.
    @Test func exactCellsFallBackToTheDoubleOnlyWithoutAFraction() {
        #expect(CSVCell.exact(f(29, 32), orRounded: 0.9, places: 4) == .ratio(29, over: 32, places: 4))
        #expect(CSVCell.exact(nil, orRounded: 0.9, places: 4) == .decimal(0.9, places: 4))
        #expect(CSVCell.exact(nil, orRounded: nil, places: 4) == .empty)
        #expect(CSVCell.percentage(12.345) == .ratio(12_345_000_000, over: 1_000_000_000, places: 2))
        #expect(CSVCell.percentage(nil) == .empty)
    }
}
