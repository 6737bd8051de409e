#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the file system refused: an `errno`, said in words a trainer can act on rather than as
/// Foundation's `NSCocoaErrorDomain` codes.
public struct FileSystemProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var errno: Int32

    public init(errno: Int32) {
        self.errno = errno
    }

    public var description: String {
        switch errno {
        case EROFS: "the disk is read-only; choose a folder on a disk you can write to"
        case EACCES, EPERM: "you do not have permission to write there; choose a folder of your own"
        case ENAMETOOLONG: "the name is too long for the file system (most allow 255 bytes a name); choose a shorter one"
        case ENOSPC, EDQUOT: "the disk is full; free some space or choose another disk"
        case ENOTDIR: "part of the path is a file, not a folder"
        case ENOENT: "a folder on the path does not exist"
        case EEXIST, ENOTEMPTY: "something is already there"
        case ELOOP: "the path goes round a loop of symbolic links"
        default: String(cString: strerror(errno))
        }
    }
}
