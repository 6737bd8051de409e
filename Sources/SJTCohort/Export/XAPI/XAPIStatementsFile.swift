import Foundation

/// `statements.json`: a run's statements as one JSON array, one statement to a line, which is what
/// a learning record store's `POST /statements` takes and what a person can read with `grep`.
///
/// Written under a temporary name beside the destination (`.<name>.partial-<pid>`) and renamed into
/// place when complete, as every file sjt writes is: an interrupted run leaves nothing that looks
/// finished. Statements are written as they are made, a megabyte at a time.
public enum XAPIStatementsFile {
    /// The name in a `sjt batch` export folder.
    public static let name = "statements.json"

    /// Writes every statement to `path`, replacing what is there.
    ///
    /// - Returns: The number of statements written.
    /// - Throws: ``FileSystemProblem`` when the file cannot be written; nothing is left at `path` then.
    @discardableResult
    public static func write(_ statements: XAPIStatements, to path: String) throws(FileSystemProblem) -> Int {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent)\(partialMarker)\(ProcessInfo.processInfo.processIdentifier)").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSystemProblem(errno: errno) }
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        var count = 0
        do throws(FileSystemProblem) {
            buffer += Array("[".utf8)
            try statements.forEachStatement { statement throws(FileSystemProblem) in
                buffer += Array((count == 0 ? "\n" : ",\n").utf8)
                buffer += Array(statement.json.utf8)
                count += 1
                if buffer.count >= 1 << 20 { try flush(&buffer, to: descriptor) }
            }
            buffer += Array((count == 0 ? "]\n" : "\n]\n").utf8)
            try flush(&buffer, to: descriptor)
            closed = true
            if close(descriptor) != 0 { throw FileSystemProblem(errno: errno) }
            if rename(temporary, path) != 0 { throw FileSystemProblem(errno: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        return count
    }

    /// Marks a statements file being written, as `.csv.partial-` marks a CSV file.
    static let partialMarker = ".partial-"

    private static func flush(_ buffer: inout [UInt8], to descriptor: Int32) throws(FileSystemProblem) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileSystemProblem(errno: errno)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
