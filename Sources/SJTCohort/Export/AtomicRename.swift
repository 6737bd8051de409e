#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renames that never leave a moment with nothing at the destination.
///
/// Linux's `renameat2` swaps two names in one step (`RENAME_EXCHANGE`), so replacing an export never
/// passes through an instant with no export at its path. Swift's Glibc module does not declare it,
/// so it is looked up at run time; where it is missing, or the file system does not support it,
/// callers fall back to renaming the old folder aside first (see ``ExportFolder``).
enum AtomicRename {
    private typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static let renameat2: Renameat2? = {
        #if os(Linux)
        // RTLD_DEFAULT is the null handle in glibc.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Renameat2.self)
        #else
        return nil
        #endif
    }()

    private static let noReplace: UInt32 = 1
    private static let exchange: UInt32 = 2

    /// Swaps what `a` and `b` name, in one step.
    ///
    /// - Returns: `false` when this system or file system cannot (nothing was changed); throws the
    ///   `errno` of any other failure.
    static func exchange(_ a: String, _ b: String) throws(FileSystemProblem) -> Bool {
        guard let renameat2 else { return false }
        if renameat2(AT_FDCWD, a, AT_FDCWD, b, exchange) == 0 { return true }
        if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return false }
        throw FileSystemProblem(errno: errno)
    }

    /// Renames `source` to `destination`, failing rather than replacing anything already there.
    static func renameWithoutReplacing(_ source: String, to destination: String) throws(FileSystemProblem) {
        if let renameat2 {
            if renameat2(AT_FDCWD, source, AT_FDCWD, destination, noReplace) == 0 { return }
            guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else { throw FileSystemProblem(errno: errno) }
        }
        // No atomic check here: look, then rename (a folder renamed onto an empty folder replaces it).
        if FileKind(at: destination).exists { throw FileSystemProblem(errno: EEXIST) }
        if rename(source, destination) != 0 { throw FileSystemProblem(errno: errno) }
    }
}
