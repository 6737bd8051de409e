import Foundation

/// `report.html`: the export drawn as one self-contained page (docs/report.md), made by SJTReport
/// from the folder's own CSV files.
///
/// Listed in the manifest's `written_files` like every file sjt writes, so `--force` knows it, and
/// written under a temporary name and renamed into place, so an interrupted run leaves nothing that
/// looks finished.
public enum ReportFile {
    /// The name in an export folder.
    public static let name = "report.html"

    /// Writes the page to `path`, replacing what is there.
    ///
    /// - Throws: ``FileSystemProblem`` when it cannot be written; what was at `path` is left then.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileSystemProblem) {
        let temporary = WholeFile.temporaryName(for: path)
        do throws(FileSystemProblem) {
            try WholeFile.write(bytes, to: temporary)
            if rename(temporary, path) != 0 { throw FileSystemProblem(errno: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
