import Foundation

/// Standard output and error, and what kind of device they are.
enum Terminal {
    struct Stream: Sendable {
        let descriptor: Int32
        func write(_ text: String) {
            FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(Data(text.utf8))
        }
        var isTerminal: Bool { isatty(descriptor) == 1 }
        /// The width to wrap text at: `$COLUMNS` (as argument-parser wraps help, and so a script
        /// or a test can choose), else the terminal's width, else 80; never wider than 100, for
        /// readability.
        var columns: Int {
            if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
                return min(columns, 100)
            }
            var size = winsize()
            if isTerminal, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
                return min(Int(size.ws_col), 100)
            }
            return 80
        }
        /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
        var allowsColour: Bool {
            isTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        }
    }

    static let standardOutput = Stream(descriptor: STDOUT_FILENO)
    static let standardError = Stream(descriptor: STDERR_FILENO)
}
