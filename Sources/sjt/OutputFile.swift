import Foundation

/// The rule for a file named with `-o`: sjt never replaces a file unless told to with `--force`, and
/// never a folder.
enum OutputFile {
    static func check(_ path: String, replacing: Bool) throws {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        var target = stat()
        if stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFDIR {
            throw CommandFailure("\(path) is a folder; name a file with -o, e.g. -o responses.csv")
        }
        guard replacing else {
            throw CommandFailure("\(path) already exists; choose another file with -o, or replace it with --force")
        }
    }
}
