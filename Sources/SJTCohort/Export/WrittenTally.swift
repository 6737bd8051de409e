import SJTCSV

/// How many rows of an export file hold each combination of a few of its cells, the cells as a
/// reader of the file finds them: taken while the rows are written, so that the report need not
/// read a file of a row per learner or attempt back only to count it.
///
/// The cells of each combination are encoded by the file's writer and read back through SJTCSV,
/// as the report reads the file, so the counts are those of the file's own cells (neutralised,
/// unquoted), not a second rendering of the figures.
public struct WrittenTally: Sendable, Equatable {
    /// The columns counted by, in order.
    public let columns: [String]
    /// Each combination of the counted cells, in ``columns``' order, with the rows that hold it.
    public let groups: [[String]: Int]

    public init(columns: [String], groups: [[String]: Int]) {
        self.columns = columns
        self.groups = groups
    }

    /// The tally of rows counted under keys of the writer's own (a path, a learner's cohort and
    /// band): each key's cells are encoded once, read back, and its rows added to theirs.
    ///
    /// - Parameter cells: Appends the counted cells of a row counted under the key, as the row
    ///   itself appends them.
    /// - Complexity: O(*k*) in distinct keys.
    init<Key: Hashable>(columns: [String], counts: [Key: Int], writer: CSVWriter, cells: (Key, inout CSVRecord) -> Void) throws {
        var groups: [[String]: Int] = [:]
        let reader = CSVReader(delimiter: writer.delimiter)
        for (key, rows) in counts where rows > 0 {
            var record = writer.encode { cells(key, &$0) }
            record += [0x0D, 0x0A]
            try reader.read(record) { groups[$0.fields, default: 0] += rows }
        }
        self.init(columns: columns, groups: groups)
    }
}
