import Foundation
import SJTCohort

/// The rule for a file named with `-o`: sjt never replaces a file unless told to with `--force`, and
/// never a folder.
enum OutputFile {
    static func check(_ path: String, replacing: Bool) throws {
        guard FileKind(at: path).exists else { return }
        if FileKind(at: path, followingLinks: true) == .directory {
            throw CommandFailure("\(path) is a folder; name a file with -o, e.g. -o responses.csv")
        }
        guard replacing else {
            throw CommandFailure("\(path) already exists; choose another file with -o, or replace it with --force")
        }
    }
}
