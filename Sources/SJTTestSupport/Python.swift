import Foundation

/// Python 3, which the tests that talk HTTP need: the Ralph LRS runs on it, and so do the small
/// stub servers that answer as an LRS would.
public enum Python {
    /// `python3` on `$PATH`, or `nil` when there is none (those tests are then skipped, saying why).
    public static let path: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(folder)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    public static var isAvailable: Bool { path != nil }
}
