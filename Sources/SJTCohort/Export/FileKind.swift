#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a path: the one place the export code asks `lstat(2)` or `stat(2)`, so every "is it
/// there, is it a folder, is it a link" check reads the same way.
public enum FileKind: Sendable, Equatable {
    case none, regularFile, directory, symbolicLink, other

    /// - Parameter followingLinks: Look through a symbolic link at what it points to (`stat`);
    ///   otherwise the link itself (`lstat`), so a dangling link is `.symbolicLink`, not `.none`.
    public init(at path: String, followingLinks: Bool = false) {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else {
            self = .none
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }

    /// Whether anything is there, a dangling symbolic link included.
    public var exists: Bool { self != .none }

    /// The size in bytes of the regular file at `path` (not through a link); `nil` for anything else.
    static func sizeOfRegularFile(at path: String) -> Int? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }
}
