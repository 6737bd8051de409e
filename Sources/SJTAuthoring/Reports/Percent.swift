/// How reports write a percentage for people to read: rounded to a whole number. The percentages
/// themselves are the engine's (``Credit/percentage``); this only writes them.
enum Percent {
    /// `67`, without the sign, for ranges such as `67–75%`.
    static func number(_ percentage: Double) -> String { "\(Int(percentage.rounded()))" }

    /// `67%`
    static func whole(_ percentage: Double) -> String { number(percentage) + "%" }

    /// The share `part` of `whole` as a whole percentage: `3 of 4` is `75%`; `0%` when `whole` is 0.
    static func share(_ part: Int, of total: Int) -> String {
        whole(total == 0 ? 0 : Double(part) * 100 / Double(total))
    }
}
