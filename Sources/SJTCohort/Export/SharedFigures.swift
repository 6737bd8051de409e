import Foundation

/// Figures several export files read (the item analyses, the learners' area percentages), worked
/// out once while the other files are written: by whichever writing thread first needs them, or
/// handed over by the file that works them out as it writes its own rows.
final class SharedFigures<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let make: @Sendable () -> Value
    /// Guarded by `condition`.
    private var made: Value?
    /// Whether a file that works the figures out as it writes has yet to hand them over (or say it
    /// could not); guarded by `condition`.
    private var awaitingProvider: Bool

    /// - Parameters:
    ///   - providedByAFile: An earlier file in the export's list hands the figures over with
    ///     ``provide(_:)``; a thread that asks first waits for it rather than working them out again.
    ///   - make: Works the figures out, on first use when no file provides them.
    init(providedByAFile: Bool = false, _ make: @escaping @Sendable () -> Value) {
        self.make = make
        awaitingProvider = providedByAFile
    }

    /// The figures, worked out on first use; a thread that asks meanwhile waits for them.
    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while made == nil, awaitingProvider { condition.wait() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }

    /// Hands over the figures from the file that worked them out, or `nil` when it could not (its
    /// file was not written): the first thread to ask then works them out itself.
    func provide(_ value: Value?) {
        condition.lock()
        if made == nil { made = value }
        awaitingProvider = false
        condition.broadcast()
        condition.unlock()
    }
}
