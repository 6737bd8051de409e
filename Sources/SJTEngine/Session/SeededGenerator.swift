/// A small, fast, deterministic random number generator (SplitMix64).
///
/// The shuffle of a node's options must be the same on every machine and in every run for the same
/// seed, so nothing here depends on Swift's per-process hashing or the system generator.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A seed for one node visit, derived from the session seed, the node id and the step.
    ///
    /// FNV-1a over the id's UTF-8 bytes keeps it stable across processes.
    static func seed(session: UInt64, node: NodeID, step: Int) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in node.rawValue.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return session ^ hash ^ (UInt64(truncatingIfNeeded: step) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// A random integer in `0..<upperBound`, with the same result on every platform.
    ///
    /// The standard library's `Int.random(in:using:)` is not documented to be stable across versions.
    mutating func index(below upperBound: Int) -> Int {
        Int(truncatingIfNeeded: next() % UInt64(upperBound))
    }
}
