/// The fields of one record as ``CSVReader/scan(_:record:)`` hands them over: views into the
/// reader's buffer, valid only during the call.
///
/// - Complexity: Subscripting is O(1).
public struct CSVFields: RandomAccessCollection {
    let bytes: UnsafeRawBufferPointer
    /// Field `i` ends at `ends[i]` and starts where field `i − 1` ends.
    let ends: [Int]

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    /// The field's bytes: valid UTF-8, without NUL bytes.
    public subscript(position: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[(position == 0 ? 0 : ends[position - 1])..<ends[position]])
    }

    /// The fields as strings.
    public var strings: [String] { map { String(decoding: $0, as: UTF8.self) } }
}
