import Foundation

/// A folder of export files that appears only when complete: the files are written into a hidden
/// temporary folder beside the destination, which is renamed into place by ``commit()``.
public final class ExportFolder {
    public let path: String
    /// Where the files are written until ``commit()``.
    public let temporaryPath: String
    private var committed = false

    /// - Parameter replacing: Replace an existing folder at `path` (`--force`); otherwise an
    ///   existing folder is an error, and nothing is written.
    public init(path: String, replacing: Bool) throws {
        self.path = path
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        temporaryPath = (parent.isEmpty ? "" : parent + "/") + ".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)"
        if FileManager.default.fileExists(atPath: path), !replacing {
            throw ExportFolderError.exists(path)
        }
        try FileManager.default.createDirectory(atPath: temporaryPath, withIntermediateDirectories: true)
    }

    deinit {
        if !committed { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }

    /// Moves the finished folder into place, replacing an old one if allowed at creation.
    public func commit() throws {
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: path)
        committed = true
    }
}

public enum ExportFolderError: Error, CustomStringConvertible, Equatable {
    case exists(String)

    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; choose another folder with -o, or replace it with --force"
        }
    }
}
