/// A JSON value of an xAPI statement, written by ``json`` in one fixed form: compact, keys sorted,
/// numbers as given, so that the same statement is always the same bytes (its id names its content).
///
/// Numbers with decimals are kept as the text they are written as (``decimal(_:places:)``), never
/// as a `Double` printed by whatever the platform prints, so a statement reads the same everywhere.
public indirect enum XAPIValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    /// A number already written as JSON text, e.g. `0.8333`.
    case number(String)
    case bool(Bool)
    case array([XAPIValue])
    case object([String: XAPIValue])

    /// A number with at most `places` decimals, trailing zeros dropped: `0.5`, `0.8333`, `1`.
    public static func decimal(_ value: Double, places: Int) -> XAPIValue {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale), fraction = abs(scaled % Int(scale))
        guard fraction > 0 else { return .integer(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: places - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return .number("\(scaled < 0 && whole == 0 ? "-" : "")\(whole).\(digits)")
    }

    /// A language map in the language of sjt's bank and its words (`en-GB`).
    public static func text(_ words: String) -> XAPIValue { .object([XAPIProfile.language: .string(words)]) }

    /// Compact JSON, object keys in code-point order.
    public var json: String {
        var text = ""
        write(to: &text)
        return text
    }

    private func write(to text: inout String) {
        switch self {
        case .string(let value): Self.writeString(value, to: &text)
        case .integer(let value): text += String(value)
        case .number(let value): text += value
        case .bool(let value): text += value ? "true" : "false"
        case .array(let values):
            text += "["
            for (index, value) in values.enumerated() {
                if index > 0 { text += "," }
                value.write(to: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, key) in members.keys.sorted(by: { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }).enumerated() {
                if index > 0 { text += "," }
                Self.writeString(key, to: &text)
                text += ":"
                members[key]!.write(to: &text)
            }
            text += "}"
        }
    }

    /// A JSON string (RFC 8259): quote, backslash and control characters escaped, the rest as is.
    private static func writeString(_ value: String, to text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
