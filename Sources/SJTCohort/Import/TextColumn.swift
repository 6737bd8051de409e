/// Text stored one entry after another. Free text that is different on nearly every row (times,
/// rationales) is kept like this as it comes: interning it would cost a hash table entry per row
/// and save nothing. ``StringPool`` keeps its distinct values in one too.
///
/// Entry 0 is the empty string, which rows use for "no value".
///
/// - Complexity: ``append(_:)`` is O(*m*) in the text's bytes; memory is the bytes plus 4 bytes an entry.
struct TextColumn: Sendable {
    /// An entry's position; 0 is the empty string.
    typealias Entry = Int32

    private var storage: [UInt8] = []
    /// Entry `i` is `storage[ends[i] ..< ends[i + 1]]`.
    private var ends: [UInt32] = [0, 0]

    /// The number of entries, the empty string included.
    var count: Int { ends.count - 1 }

    /// Adds the text, or returns 0 for empty text.
    mutating func append(_ bytes: UnsafeRawBufferPointer) -> Entry {
        guard !bytes.isEmpty else { return 0 }
        precondition(storage.count + bytes.count <= Int(UInt32.max), "more than 4 GiB of text in one column")
        storage.append(contentsOf: bytes)
        ends.append(UInt32(storage.count))
        return Entry(ends.count - 2)
    }

    mutating func append(_ text: String) -> Entry {
        var text = text
        return text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    subscript(entry: Entry) -> String {
        withBytes(entry) { String(decoding: $0, as: UTF8.self) }
    }

    /// The text or `nil` for entry 0.
    func optional(_ entry: Entry) -> String? { entry == 0 ? nil : self[entry] }

    /// Calls `body` with the entry's bytes, which live only for the call.
    func withBytes<Result>(_ entry: Entry, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        let start = Int(ends[Int(entry)]), end = Int(ends[Int(entry) + 1])
        return try storage.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }
}
