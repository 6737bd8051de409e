/// Counts the line breaks a person reading the file sees: CR, LF and CRLF each end one line (files
/// saved on old Macs end lines with CR alone), also when a CRLF is split between two chunks.
struct LineBreaks {
    /// Line breaks in the bytes counted so far.
    private(set) var count = 0
    /// Whether those bytes end with a CR, whose LF may be the first byte of the next chunk.
    private var endsWithCR = false

    /// Counts a chunk, the one after those counted so far.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        count += Self.count(in: bytes, afterCR: endsWithCR)
        if let last = bytes.last { endsWithCR = last == 0x0D }
    }

    /// The 1-based line of the byte at `offset` in `bytes`, the chunk after those counted so far.
    func line(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        1 + count + Self.count(in: UnsafeBufferPointer(rebasing: bytes[..<min(offset, bytes.count)]), afterCR: endsWithCR)
    }

    /// Every CR, and every LF but one right after a CR: a CRLF counts once, by its CR.
    static func count(in bytes: UnsafeBufferPointer<UInt8>, afterCR: Bool) -> Int {
        guard let first = bytes.first else { return 0 }
        var breaks = first == 0x0D || (first == 0x0A && !afterCR) ? 1 : 0
        // Indexes rather than a carried "previous byte", so the compiler can count many bytes at once.
        for index in 1..<bytes.count {
            let byte = bytes[index]
            breaks &+= (byte == 0x0D ? 1 : 0) &+ (byte == 0x0A && bytes[index - 1] != 0x0D ? 1 : 0)
        }
        return breaks
    }
}
