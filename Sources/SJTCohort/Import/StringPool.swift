import Foundation

/// Text interned as small integer ids, so that a cohort of millions of rows holds each distinct
/// value once: a cohort name, a level, a node id or a response like `best=a;worst=c` is stored as
/// bytes the first time it is seen and as a 4-byte id on every row after.
///
/// Id 0 is the empty string, which the importer also uses for "no value".
///
/// Values are compared byte for byte (UTF-8), not by Unicode canonical equivalence as `String`'s
/// `==` does: a learner id typed once precomposed and once decomposed is two ids. Ids are dense,
/// in order of first appearance.
///
/// - Complexity: ``intern(_:)-(UnsafeRawBufferPointer)`` is O(*m*) expected in the value's bytes
///   (one hash, one comparison); memory is the distinct values' bytes plus about 10 bytes per value.
struct StringPool: Sendable {
    typealias ID = Int32

    /// Every distinct value, entry `id` for id `id`: the pool is a text column with a hash table
    /// over it.
    private var values = TextColumn()
    /// Open addressing: an id, or -1 for an empty slot. A power of two in size, at most half full.
    private var slots: [Int32]
    private var hashes: [UInt32]

    init() {
        let empty = Self.hash(UnsafeRawBufferPointer(start: nil, count: 0))
        slots = Array(repeating: -1, count: 1024)
        slots[Int(empty) & (slots.count - 1)] = 0
        hashes = [empty]
    }

    /// The number of distinct values, the empty string included.
    var count: Int { values.count }

    /// The id of `bytes`, added if new.
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> ID {
        if bytes.isEmpty { return 0 }
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash, equals(id, bytes) { return id }
            slot = (slot + 1) & mask
        }
        let id = values.append(bytes)
        hashes.append(hash)
        slots[slot] = id
        if count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `bytes`, as ``intern(_:)-(UnsafeRawBufferPointer)`` gives it, looking first at
    /// `likely`: the id a value often repeats (the row before's, for a learner's rows), which costs
    /// a comparison instead of a look-up when it is the one.
    mutating func intern(_ bytes: UnsafeRawBufferPointer, likely: ID) -> ID {
        if likely != 0, equals(likely, bytes) { return likely }
        return intern(bytes)
    }

    /// The id of `text`, added if new.
    mutating func intern(_ text: String) -> ID {
        var text = text
        return text.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
    }

    /// The value as a `String`.
    subscript(id: ID) -> String { values[id] }

    /// The value or `nil` for the empty string: how optional columns read.
    func optional(_ id: ID) -> String? { values.optional(id) }

    /// Calls `body` with the value's bytes, which live only for the call.
    func withBytes<Result>(_ id: ID, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try values.withBytes(id, body)
    }

    /// Whether value `a` sorts before value `b`, byte for byte (for UTF-8, the order of code points).
    func precedes(_ a: ID, _ b: ID) -> Bool {
        if a == b { return false }
        return withBytes(a) { x in
            withBytes(b) { y in
                let common = min(x.count, y.count)
                if common > 0, let xs = x.baseAddress, let ys = y.baseAddress {
                    let order = memcmp(xs, ys, common)
                    if order != 0 { return order < 0 }
                }
                return x.count < y.count
            }
        }
    }

    private func equals(_ id: ID, _ bytes: UnsafeRawBufferPointer) -> Bool {
        withBytes(id) { stored in stored.count == bytes.count && Self.sameBytes(stored, bytes) }
    }

    /// Whether two buffers of the same length hold the same bytes: most values are short, and
    /// compare in a word or two without a call to `memcmp`.
    private static func sameBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        let count = a.count
        if count == 0 { return true }
        if count >= 8 && count <= 16 {
            // The first eight bytes and the last eight, which overlap when there are fewer than 16.
            return a.loadUnaligned(as: UInt64.self) == b.loadUnaligned(as: UInt64.self)
                && a.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        if count < 8 { return word(a) == word(b) }
        return memcmp(a.baseAddress!, b.baseAddress!, count) == 0
    }

    /// Up to eight bytes as one number, the rest zeros.
    private static func word(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var word: UInt64 = 0
        withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes.prefix(8))) }
        return word
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: -1, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in 0..<count {
            var slot = Int(hashes[id]) & mask
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id)
        }
        slots = bigger
    }

    /// Eight bytes at a time, each word multiplied in and its high bits folded down, so the low
    /// bits that pick a slot depend on every byte: short values (ids, levels, responses) hash in a
    /// handful of multiplications.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(bytes.count) &* multiplier
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            index += 8
        }
        if index < bytes.count {
            hash = (hash ^ word(UnsafeRawBufferPointer(rebasing: bytes[index...]))) &* multiplier
            hash ^= hash >> 29
        }
        hash = hash &* multiplier
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
