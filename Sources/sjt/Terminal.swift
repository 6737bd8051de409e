import Foundation

/// Standard output and error, and what kind of device they are.
enum Terminal {
    struct Stream: Sendable {
        let descriptor: Int32
        func write(_ text: String) {
            FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(Data(text.utf8))
        }
        var isTerminal: Bool { isatty(descriptor) == 1 }
        /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
        var allowsColour: Bool {
            isTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        }
    }

    static let standardOutput = Stream(descriptor: STDOUT_FILENO)
    static let standardError = Stream(descriptor: STDERR_FILENO)
}
