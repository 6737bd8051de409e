import Foundation

/// One cell to write, typed, so numbers stay numbers in a spreadsheet and text that a spreadsheet
/// would run as a formula does not.
public enum CSVCell: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// Text. Neutralised when it starts like a formula (see ``neutralised(_:)``).
    case text(String)
    case integer(Int)
    /// A number written with a fixed number of decimal places, so files compare byte for byte,
    /// rounded half away from zero from the double's own value.
    case decimal(Double, places: Int)
    /// The ratio of two whole numbers (a share, a mean of whole points), written as `decimal` is
    /// but rounded half away from zero from the exact ratio: 29 ÷ 32 = 0.90625 is 0.9063 at four
    /// places even when the same figure added up in floating point comes to 0.906249999…. Empty
    /// when the denominator is 0.
    case ratio(Int, over: Int, places: Int)
    /// No value: an empty cell, never `NaN` or a made-up number.
    case empty

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }

    /// An optional number: empty when `nil` or not finite.
    public static func decimal(_ value: Double?, places: Int) -> CSVCell {
        guard let value, value.isFinite else { return .empty }
        return .decimal(value, places: places)
    }

    /// Text that a spreadsheet would treat as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return) gets a leading apostrophe, as OWASP's CSV injection guidance advises; so does
    /// text that already looks neutralised (see ``looksNeutralised(_:)``); other text is unchanged.
    public static func neutralised(_ text: String) -> String {
        var text = text
        return text.withUTF8 { needsApostrophe(UnsafeRawBufferPointer($0)) } ? "'" + text : text
    }

    /// The text a cell written by ``neutralised(_:)`` held: one apostrophe fewer when the cell
    /// looks neutralised (see ``looksNeutralised(_:)``), else the cell as it is.
    public static func readBack(_ cell: String) -> String {
        var cell = cell
        return cell.withUTF8 { looksNeutralised(UnsafeRawBufferPointer($0)) } ? String(cell.dropFirst()) : cell
    }

    /// Whether the writer puts an apostrophe before this text: when it starts like a formula, or
    /// looks like text that was neutralised (`'-amy`, which then becomes `''-amy`). Either way the
    /// reader takes exactly that apostrophe off again, so `-amy` and `'-amy` stay two values.
    public static func needsApostrophe(_ text: UnsafeRawBufferPointer) -> Bool {
        guard let first = text.first else { return false }
        return startsFormula(first) || (first == 0x27 && looksNeutralised(text))
    }

    /// Whether the text has the shape the writer gives neutralised text: one or more apostrophes,
    /// then a character that starts a formula (`'-amy`, `''=SUM(A1)`, but not `'hello`). The reader
    /// removes one apostrophe from exactly such text.
    public static func looksNeutralised(_ text: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        while index < text.count, text[index] == 0x27 { index += 1 }
        return index > 0 && index < text.count && startsFormula(text[index])
    }

    /// Whether a cell starting with this byte would be run as a formula by a spreadsheet: `=`, `+`,
    /// `-`, `@`, a tab or a carriage return (OWASP's list). The one definition of the rule, for
    /// writing and for reading back.
    public static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: true
        default: false
        }
    }

    /// Appends `value` rounded half away from zero to `places` decimals, without locale or
    /// exponent, straight to the bytes: the writer does this for every decimal cell.
    static func appendFixed(_ value: Double, places: Int, to bytes: inout [UInt8]) {
        let scale = scale(places)
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^63 a double has no fractional digits left to round, so printf's rounding never
        // applies: it prints the integer part as is.
        guard scaled < 9.2e18 else {
            bytes += String(format: "%.\(places)f", value).utf8
            return
        }
        appendUnits(UInt64(scaled), negative: value < 0, scale: scale, to: &bytes)
    }

    /// Appends `numerator ÷ denominator` rounded half away from zero to `places` decimals from the
    /// exact ratio, by long division in whole numbers; nothing when the denominator is 0. The
    /// writer does this for every ratio cell.
    static func appendFixed(_ numerator: Int, over denominator: Int, places: Int, to bytes: inout [UInt8]) {
        guard denominator != 0 else { return }
        let scale = scale(places)
        let divisor = denominator.magnitude
        let (whole, remainder) = numerator.magnitude.quotientAndRemainder(dividingBy: divisor)
        // The digits after the point, one at a time: each remainder is below the divisor, so its
        // next digit is below 10 (ten times the remainder is taken at double width).
        var units = whole, left = remainder, overflow = false
        for _ in 0..<places {
            let (digit, next) = divisor.dividingFullWidth(left.multipliedFullWidth(by: 10))
            let (shifted, high) = units.multipliedReportingOverflow(by: 10)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            overflow = overflow || high || carry
            (units, left) = (sum, next)
        }
        // Half or more of the last place left over rounds away from zero.
        if left >= divisor - left {
            let (rounded, carry) = units.addingReportingOverflow(1)
            overflow = overflow || carry
            units = rounded
        }
        guard !overflow else {
            appendFixed(Double(numerator) / Double(denominator), places: places, to: &bytes)
            return
        }
        appendUnits(UInt64(units), negative: (numerator < 0) != (denominator < 0), scale: scale, to: &bytes)
    }

    /// 10 to the power `places`, for 0 to 15 places.
    private static func scale(_ places: Int) -> UInt64 {
        precondition((0...15).contains(places), "a decimal cell has 0 to 15 places")
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        return scale
    }

    /// Appends `units` ÷ `scale` with all of its places (`scale` = 10^places), and a minus sign
    /// before a negative value that is not 0 once rounded.
    private static func appendUnits(_ units: UInt64, negative: Bool, scale: UInt64, to bytes: inout [UInt8]) {
        if negative && units != 0 { bytes.append(0x2D) }
        appendDigits(units / scale, to: &bytes)
        guard scale > 1 else { return }
        bytes.append(0x2E)
        var fraction = units % scale
        var divisor = scale / 10
        while divisor > 0 {
            bytes.append(0x30 + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// Appends a whole number's decimal digits.
    static func appendDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        if value < 10 {
            bytes.append(0x30 + UInt8(value))
            return
        }
        appendDigits(value / 10, to: &bytes)
        bytes.append(0x30 + UInt8(value % 10))
    }
}
