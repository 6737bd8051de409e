/// Two header cells that name the same column of the responses format, as the importer matches
/// names (spaces at either end ignored, any letter case). Which of the two a row's value should
/// come from is anyone's guess, so the file is refused rather than read with the first winning.
/// Names the format does not know are never read, so a repeat among them is harmless and allowed.
public struct DuplicateColumn: Error, Sendable, Equatable, CustomStringConvertible {
    /// The format's name for the column, e.g. `level`.
    public var column: String
    /// The two header cells, as written, with their 1-based positions.
    public var first: (position: Int, name: String)
    public var second: (position: Int, name: String)

    public static func == (a: Self, b: Self) -> Bool {
        a.column == b.column && a.first == b.first && a.second == b.second
    }

    public var description: String {
        first.name == second.name
            ? "columns \(first.position) and \(second.position) are both '\(first.name)'; remove or rename one"
            : "columns \(first.position) ('\(first.name)') and \(second.position) ('\(second.name)') are both the '\(column)' column; "
                + "remove or rename one"
    }
}
