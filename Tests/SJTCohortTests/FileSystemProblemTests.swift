import Foundation
import SJTCohort
import Testing

/// What a trainer is told when the disk refuses, in place of Foundation's error codes (514, 516,
/// 512, 513, 642 in the review).
struct FileSystemProblemTests {
    @Test(arguments: [
        (EROFS, "the disk is read-only; choose a folder on a disk you can write to"),
        (EACCES, "you do not have permission to write there; choose a folder of your own"),
        (ENAMETOOLONG, "the name is too long for the file system (most allow 255 bytes a name); choose a shorter one"),
        (ENOSPC, "the disk is full; free some space or choose another disk"),
        (ENOTDIR, "part of the path is a file, not a folder"),
    ])
    func eachProblemSaysWhatToDo(errno: Int32, message: String) {
        #expect(FileSystemProblem(errno: errno).description == message)
    }
}
