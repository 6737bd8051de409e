import Foundation

/// A folder of export files that appears only when complete: the files are written into a hidden
/// temporary folder beside the destination, which is renamed into place by ``commit()``.
public final class ExportFolder {
    public let path: String
    /// Where the files are written until ``commit()``.
    public let temporaryPath: String
    private var committed = false

    /// - Parameter replacing: Replace an earlier export at `path` (`--force`); otherwise anything
    ///   there is an error, and nothing is written. Only a folder holding a `manifest.json` (an
    ///   earlier export) is ever replaced.
    public init(path: String, replacing: Bool) throws {
        let standardised = URL(fileURLWithPath: path).standardizedFileURL
        let name = standardised.lastPathComponent
        guard !path.isEmpty, !name.isEmpty, name != "/" else { throw ExportFolderError.unusable(path) }
        self.path = path
        let parent = standardised.deletingLastPathComponent().path
        temporaryPath = parent + "/.\(name).partial-\(ProcessInfo.processInfo.processIdentifier)"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: standardised.path, isDirectory: &isDirectory) {
            guard replacing else { throw ExportFolderError.exists(path) }
            guard isDirectory.boolValue,
                FileManager.default.fileExists(atPath: standardised.appendingPathComponent("manifest.json").path)
            else { throw ExportFolderError.notAnExport(path) }
        }
        Self.removeAbandoned(name: name, in: parent)
        try FileManager.default.createDirectory(atPath: temporaryPath, withIntermediateDirectories: true)
    }

    /// Removes temporary folders that runs killed before finishing left for this export, once their
    /// process is gone.
    private static func removeAbandoned(name: String, in parent: String) {
        let prefix = ".\(name).partial-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }

    /// Moves the finished folder into place, replacing an old one if allowed at creation.
    public func commit() throws {
        // Checked at creation: what is here is an earlier export, and --force was given.
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: path)
        committed = true
    }
}

public enum ExportFolderError: Error, CustomStringConvertible, Equatable {
    case exists(String)
    case notAnExport(String)
    case unusable(String)

    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; choose another folder with -o, or replace it with --force"
        case .notAnExport(let path):
            "\(path) exists and is not an earlier sjt export (it has no manifest.json), so --force will not replace it; choose another folder with -o"
        case .unusable(let path): "'\(path)' cannot be an export folder; name a new folder with -o, e.g. -o exports/spring-2027"
        }
    }
}
