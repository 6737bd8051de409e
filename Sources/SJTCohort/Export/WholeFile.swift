import Foundation

/// Writing a file in one piece, with the system's own calls.
///
/// Foundation's writes go through a file of their own name (`.dat.nosync…`), which a killed run
/// would leave in an export folder as a file sjt does not know; these leave only names sjt knows.
enum WholeFile {
    /// Writes `bytes` to `path`, creating or truncating it.
    static func write<Bytes: DataProtocol>(_ bytes: Bytes, to path: String) throws(FileSystemProblem) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemProblem(errno: errno) }
        var failure: Int32?
        let contiguous = Array(bytes)
        contiguous.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw FileSystemProblem(errno: failure) }
    }

    /// The temporary name a file is written under beside `path` before it is renamed into place:
    /// `.<name>.partial-<pid>`, which the next run's clean-up recognises.
    static func temporaryName(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent)\(ExportFolder.partialMarker)\(ProcessInfo.processInfo.processIdentifier)"
        ).path
    }
}
