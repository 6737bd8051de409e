/// The fields of one record as ``CSVReader/scan(_:record:)`` hands them over: views into the
/// reader's buffer, valid only during the call.
///
/// - Complexity: Subscripting is O(1).
public struct CSVFields: RandomAccessCollection {
    /// The reader's buffer: this record's fields, and maybe others'.
    let bytes: UnsafeRawBufferPointer
    /// Where the first field starts in `bytes`.
    let start: Int
    /// Field `i` ends at `ends[ends.startIndex + i]` in `bytes` and starts where field `i − 1` ends.
    let ends: ArraySlice<Int>

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    /// The field's bytes: valid UTF-8, without NUL bytes.
    public subscript(position: Int) -> UnsafeRawBufferPointer {
        let end = ends.startIndex + position
        return UnsafeRawBufferPointer(rebasing: bytes[(position == 0 ? start : ends[end - 1])..<ends[end]])
    }

    /// The fields as strings.
    public var strings: [String] { map { String(decoding: $0, as: UTF8.self) } }
}
