import Foundation

/// Figures several export files read (the item analyses, the learners' area percentages), worked
/// out once, by whichever writing thread first needs them, while the other files are written.
final class SharedFigures<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let make: @Sendable () -> Value
    /// Guarded by `lock`.
    private var made: Value?

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    /// The figures, worked out on first use; a thread that asks meanwhile waits for them.
    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
