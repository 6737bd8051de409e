/// A path's key: its scenario and level, then each step's node and response, as pool ids.
///
/// Looked up once per attempt, millions of times in a large cohort: the key is hashed as it is
/// built (FNV-1a over its ids), so a look-up hashes one word rather than every id through `Hasher`.
struct PathKey: Hashable, Sendable {
    private(set) var ids: [Int32] = []
    private var mix: UInt64 = Self.offsetBasis

    private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// Empties the key, keeping its storage for the next one.
    mutating func removeAll() {
        ids.removeAll(keepingCapacity: true)
        mix = Self.offsetBasis
    }

    mutating func append(_ id: Int32) {
        ids.append(id)
        mix = (mix ^ UInt64(UInt32(bitPattern: id))) &* Self.prime
    }

    static func == (a: PathKey, b: PathKey) -> Bool { a.mix == b.mix && a.ids == b.ids }

    func hash(into hasher: inout Hasher) { hasher.combine(mix) }
}
