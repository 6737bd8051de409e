/// Why CSV could not be read or written. Messages name the line, never a cell's content, which may
/// be a learner's name.
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not well-formed CSV at this physical line (1-based): a stray quote, or a quoted
    /// field that never closes.
    case malformed(line: Int, reason: String)
    /// A field of this record (1-based) is not UTF-8 text.
    case notUTF8(record: Int)
    /// A field of this record holds a NUL byte.
    case nulByte(record: Int)
    /// The file is UTF-16 (Excel's "Unicode Text").
    case utf16
    /// A record has a different number of fields from the header.
    case raggedRecord(record: Int, fields: Int, expected: Int)
    /// The file has no header row.
    case empty
    case outOfMemory
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    /// A pipe or device went on past the most sjt reads from one, in bytes.
    case streamTooLong(limit: Int)

    public var description: String {
        switch self {
        case .malformed(let line, let reason): "line \(line): \(reason)"
        case .notUTF8(let record): "record \(record): the text is not UTF-8; save the file as \"CSV UTF-8\" and try again"
        case .nulByte(let record): "record \(record): a field holds a NUL byte; the file is damaged or not text"
        case .utf16: "the file is UTF-16 text; save it as \"CSV UTF-8\" and try again"
        case .raggedRecord(let record, let fields, let expected):
            "record \(record) has \(fields) \(fields == 1 ? "field" : "fields"), but the header has \(expected)"
        case .empty: "the file is empty: it has no header row"
        case .outOfMemory: "out of memory while reading CSV"
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
        case .streamTooLong(let limit):
            "the input goes on past \(Self.size(limit)), the most sjt reads from a pipe or device; save it as a file and give that instead"
        }
    }

    /// A size in the largest binary unit that divides it, e.g. `1 GiB`, `64 KiB`.
    static func size(_ bytes: Int) -> String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return "\(bytes >> shift) \(unit)"
        }
        return "\(bytes) bytes"
    }
}
