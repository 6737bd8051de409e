import Foundation

/// One cell to write, typed, so numbers stay numbers in a spreadsheet and text that a spreadsheet
/// would run as a formula does not.
public enum CSVCell: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// Text. Neutralised when it starts like a formula (see ``neutralised(_:)``).
    case text(String)
    case integer(Int)
    /// A number written with a fixed number of decimal places, so files compare byte for byte.
    case decimal(Double, places: Int)
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
        precondition((0...15).contains(places), "a decimal cell has 0 to 15 places")
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^63 a double has no fractional digits left to round, so printf's rounding never
        // applies: it prints the integer part as is.
        guard scaled < 9.2e18 else {
            bytes += String(format: "%.\(places)f", value).utf8
            return
        }
        let digits = UInt64(scaled)
        if value < 0 && digits != 0 { bytes.append(0x2D) }
        appendDigits(digits / scale, to: &bytes)
        guard places > 0 else { return }
        bytes.append(0x2E)
        var fraction = digits % scale
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
