import Foundation

/// What makes two input names the same input: the file they reach (its device and inode), not how
/// they spell the path, so a file named again through a symlink, a hard link or `./` is read once.
/// Standard input (`-`) is the pipe or file on descriptor 0, so `/dev/stdin` beside it is the same.
enum InputIdentity: Hashable {
    case file(device: UInt64, inode: UInt64)
    /// A name that reaches nothing (yet): the path, spelt as standard, so reading it fails once.
    case unreachable(String)

    init(path: String) {
        var status = stat()
        let found = path == CohortInputs.standardInput ? fstat(STDIN_FILENO, &status) == 0 : stat(path, &status) == 0
        self = found
            ? .file(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
            : .unreachable(URL(fileURLWithPath: path).standardizedFileURL.path)
    }
}
