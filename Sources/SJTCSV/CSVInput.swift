#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input read once, front to back, a megabyte at a time: a file, a pipe, a device, or
/// standard input (`-`). A pipe cannot be read twice, so what is looked at before reading (the
/// header row, for the delimiter; the first bytes, for a practice store's signature) is peeked at
/// from the same stream and handed to the parser after all.
///
/// Anything but a regular file is read up to ``streamLimit`` bytes: a pipe or device can go on for
/// ever (`/dev/zero`, `yes`), and what the importer keeps grows with what it reads. A regular file
/// has a size, and ends.
public final class CSVInput {
    /// The name that means standard input.
    public static let standardInput = "-"
    /// The most read from a pipe or device: 1 GiB, the responses of more than a million learners
    /// (about 140 bytes a response, six responses a learner: benchmarks/README.md).
    public static let streamLimit = 1 << 30

    /// The name the input was given.
    public let path: String
    /// The size of a regular file; `nil` for a pipe or device, whose size is known only at its end.
    public let size: Int?
    private let descriptor: Int32
    /// The most read, for anything but a regular file.
    private let limit: Int?
    /// Bytes read ahead by ``head(_:)``, handed over first.
    private var peeked: [UInt8] = []
    private var bytesRead = 0

    /// Opens the input, waiting as `cat` does for a named pipe that has no writer yet.
    ///
    /// - Parameters:
    ///   - path: A path, or `-` for standard input.
    ///   - streamLimit: The most read from anything but a regular file.
    /// - Throws: ``CSVError/cannotRead(path:reason:)`` when it cannot be opened, or is a folder.
    public init(path: String, streamLimit: Int = CSVInput.streamLimit) throws(CSVError) {
        self.path = path
        // Standard input is read through a copy of its descriptor, so closing this input leaves it open.
        func openOnce() -> Int32 { path == Self.standardInput ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC) }
        var descriptor = openOnce()
        while descriptor < 0 && errno == EINTR { descriptor = openOnce() }
        self.descriptor = descriptor
        guard descriptor >= 0 else { throw CSVError.cannotRead(path: path, reason: String(cString: strerror(errno)).lowercased()) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
            close(descriptor)
            throw CSVError.cannotRead(path: path, reason: "it is a folder, not a file")
        }
        size = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil
        limit = size == nil ? streamLimit : nil
    }

    deinit { close(descriptor) }

    /// The first `count` bytes, or all there are when the input is shorter, without consuming them.
    public func head(_ count: Int) throws(CSVError) -> [UInt8] {
        while peeked.count < count, let more = try nextBytes(upTo: count - peeked.count) { peeked += more }
        return Array(peeked.prefix(count))
    }

    /// The next megabyte or so, what was peeked at first; `nil` at the end.
    ///
    /// - Throws: ``CSVError/streamTooLong(limit:)`` past the limit, ``CSVError/cannotRead(path:reason:)``
    ///   when a read fails.
    func nextChunk() throws(CSVError) -> [UInt8]? {
        let chunkSize = 1 << 20
        var chunk = peeked
        peeked = []
        while chunk.count < chunkSize, let more = try nextBytes(upTo: chunkSize - chunk.count) {
            if chunk.isEmpty { chunk = more } else { chunk += more }
        }
        return chunk.isEmpty ? nil : chunk
    }

    /// One `read`: up to `count` bytes, fewer from a pipe, `nil` at the end.
    private func nextBytes(upTo count: Int) throws(CSVError) -> [UInt8]? {
        // One byte past the limit is read, to tell a stream that ends exactly at it from one that goes on.
        let wanted = limit.map { min(count, $0 - bytesRead + 1) } ?? count
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialised in
            var got: Int
            repeat { got = read(descriptor, buffer.baseAddress, wanted) } while got < 0 && errno == EINTR
            if got < 0 { failure = errno }
            initialised = max(got, 0)
        }
        if failure != 0 { throw CSVError.cannotRead(path: path, reason: String(cString: strerror(failure)).lowercased()) }
        bytesRead += bytes.count
        if let limit, bytesRead > limit { throw CSVError.streamTooLong(limit: limit) }
        return bytes.isEmpty ? nil : bytes
    }
}
