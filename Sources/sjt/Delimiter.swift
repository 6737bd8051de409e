import ArgumentParser

/// The field delimiter of a cohort responses CSV file, as `--delimiter` names it: an enum, so that
/// argument-parser refuses any other value and the help lists the two there are.
enum Delimiter: String, ExpressibleByArgument, CaseIterable {
    case comma = ","
    case semicolon = ";"

    /// What each value means, listed under the option in the help.
    static var allValueDescriptions: [String: String] {
        [Self.comma.rawValue: "Comma.", Self.semicolon.rawValue: "Semicolon, as spreadsheets write CSV in many European locales."]
    }

    /// The delimiter as the CSV reader takes it.
    var byte: UInt8 { UInt8(ascii: rawValue.unicodeScalars.first!) }
}
