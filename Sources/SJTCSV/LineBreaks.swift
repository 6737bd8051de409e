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
    ///
    /// - Complexity: O(*n*), eight bytes at a time.
    static func count(in bytes: UnsafeBufferPointer<UInt8>, afterCR: Bool) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var breaks = 0
        var index = 0
        // Whether the byte before `index` is a CR.
        var previousCR = afterCR
        while index + 8 <= bytes.count {
            // Each byte lane of `lanes` counts the breaks in its position, for up to 255 words
            // (a lane gains at most one a word); then the lanes are added up.
            var lanes: UInt64 = 0
            let end = Swift.min(bytes.count, index + 8 * 255)
            repeat {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let crs = Self.bytes(equalTo: 0x0D, in: word), lfs = Self.bytes(equalTo: 0x0A, in: word)
                // A break is a CR, or an LF whose byte before (in this word, or the last) is not a CR.
                let afterCRs = (crs << 8) | (previousCR ? 0x80 : 0)
                lanes &+= (crs | (lfs & ~afterCRs)) >> 7
                previousCR = crs >> 63 != 0
                index += 8
            } while index + 8 <= end
            let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
            breaks &+= Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D || (byte == 0x0A && !previousCR) { breaks &+= 1 }
            previousCR = byte == 0x0D
            index += 1
        }
        return breaks
    }

    /// The high bit of every byte of `word` that equals `byte`, and no other bit (exact, with no
    /// borrow between bytes: each byte is tested on its own).
    private static func bytes(equalTo byte: UInt8, in word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        // A byte of x is zero exactly when neither its low seven bits (after the add carries into
        // the high bit) nor its high bit are set.
        return ~(((x & low) &+ low) | x | low)
    }
}
