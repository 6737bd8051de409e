import Foundation
import SJTDigest

/// A folder of export files that appears only when complete, and replaces an earlier export only
/// when every file in it is one sjt wrote, unchanged.
///
/// The files are written into a hidden temporary folder beside the destination
/// (`.<name>.partial-<pid>`), which ``commit(manifest:)`` renames into place. At every instant the
/// destination holds either the earlier export or the new one, whole:
///
/// 1. the manifest, which lists every file with its size and SHA-256, is written last into the
///    temporary folder;
/// 2. the two folders swap names in one step (Linux's `RENAME_EXCHANGE`); where that is not
///    available, the old folder is renamed aside (`.<name>.previous-<pid>`) and the new one in, and
///    a run that finds an aside folder with no export at its path puts it back;
/// 3. the old export's own files are removed, then its folder.
///
/// What a killed run leaves (a temporary or aside folder whose process is gone) is cleaned up by
/// the next run that writes in the same parent folder, whatever its export is called, but only
/// when it holds nothing but files sjt writes.
public final class ExportFolder {
    public let path: String
    /// Where the files are written until ``commit(manifest:)``.
    public let temporaryPath: String
    private let asidePath: String
    private var committed = false
    /// Files written into the temporary folder whose size and hash were taken as they were written.
    private var recorded: [String: WrittenFile] = [:]
    /// Tallies of files written into the temporary folder, taken as their rows were written, by
    /// file name: what the report counts (``WrittenTally``).
    public private(set) var tallies: [String: WrittenTally] = [:]
    /// How long each file written into the temporary folder took, in the order they were begun
    /// (`sjt batch --timings`).
    public private(set) var writingTimes: [FileWritingTime] = []

    /// - Parameter replacing: Replace an earlier export at `path` (`--force`); otherwise anything
    ///   there is an error, and nothing is written.
    /// - Throws: ``ExportFolderError``: something is at `path` that is not an sjt export whose files
    ///   are all as sjt wrote them, or the folder cannot be made.
    public init(path: String, replacing: Bool) throws(ExportFolderError) {
        let standardised = URL(fileURLWithPath: path).standardizedFileURL
        let name = standardised.lastPathComponent
        guard !path.isEmpty, !name.isEmpty, name != "/", name != ".", name != ".." else { throw .unusable(path) }
        self.path = path
        let parent = standardised.deletingLastPathComponent().path
        let pid = ProcessInfo.processInfo.processIdentifier
        temporaryPath = parent + "/.\(name)\(Self.partialMarker)\(pid)"
        asidePath = parent + "/.\(name)\(Self.asideMarker)\(pid)"
        Self.recoverAbandoned(in: parent)
        if FileKind(at: path).exists {
            guard replacing else { throw .exists(path) }
            if path.hasSuffix("/.") || path.hasSuffix("/..") || path == "." || path == ".." { throw .unusable(path) }
            try ExportContents.verify(path)
        }
        do throws(FileSystemProblem) {
            try Self.makeDirectories(parent)
            if mkdir(temporaryPath, 0o755) != 0 { throw FileSystemProblem(errno: errno) }
        } catch {
            throw .cannotWrite(path, error)
        }
    }

    deinit {
        if !committed { Self.removeOwnFiles(temporaryPath) }
    }

    /// Records the size and SHA-256 of a file written into ``temporaryPath``, taken from its bytes
    /// as they were written: ``commit(manifest:)`` then lists it without reading it back.
    public func recordWritten(_ name: String, _ file: WrittenFile) {
        recorded[name] = file
    }

    /// Records the tally of a file written into ``temporaryPath``, taken as its rows were written.
    public func recordTally(_ name: String, _ tally: WrittenTally) {
        tallies[name] = tally
    }

    /// Records how long writing a file took.
    public func recordTime(_ time: FileWritingTime) {
        writingTimes.append(time)
    }

    /// Writes the manifest that `manifest` makes from the files written, and moves the finished
    /// folder into place, replacing an earlier export if allowed at creation.
    ///
    /// - Parameter manifest: The manifest's JSON, given every file in the folder with its size and
    ///   hash; it must record them (as ``Manifest/writtenFiles``) for a later `--force` to know them.
    public func commit(manifest: ([String: WrittenFile]) throws -> Data) throws(ExportFolderError) {
        do {
            let written = try ExportContents.describe(temporaryPath, recorded: recorded)
            try WholeFile.write(manifest(written), to: temporaryPath + "/" + ExportContents.manifestName)
        } catch {
            throw .cannotWrite(path, FileSystemProblem(error))
        }
        // Checked again now: the trainer may have put a file in it while sjt was working.
        let earlier: [String]? = FileKind(at: path).exists ? try ExportContents.verify(path) : nil
        do throws(FileSystemProblem) {
            guard let earlier else {
                try AtomicRename.renameWithoutReplacing(temporaryPath, to: path)
                committed = true
                return
            }
            if try AtomicRename.exchange(temporaryPath, path) {
                committed = true
                Self.remove(earlier, from: temporaryPath)  // the earlier export, now under the temporary name
                return
            }
            try AtomicRename.renameWithoutReplacing(path, to: asidePath)
            try AtomicRename.renameWithoutReplacing(temporaryPath, to: path)
            committed = true
            Self.remove(earlier, from: asidePath)
        } catch {
            throw .cannotWrite(path, error)
        }
    }

    // MARK: - Leftovers of killed runs

    static let partialMarker = ".partial-"
    static let asideMarker = ".previous-"

    /// Cleans up after runs killed before they finished, once their process is gone: a temporary
    /// folder is removed; an aside folder is put back if no export has taken its place, else removed.
    /// A folder holding anything sjt does not write is left alone.
    private static func recoverAbandoned(in parent: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(".") {
            for marker in [partialMarker, asideMarker] {
                guard let range = entry.range(of: marker, options: .backwards),
                    let pid = Int32(entry[range.upperBound...]), kill(pid, 0) != 0, errno == ESRCH
                else { continue }
                let folder = parent + "/" + entry
                guard ExportContents.holdsOnlyFilesSJTWrites(folder) else { continue }
                let exportPath = parent + "/" + String(entry[entry.index(after: entry.startIndex)..<range.lowerBound])
                if marker == asideMarker, !FileKind(at: exportPath).exists, (try? AtomicRename.renameWithoutReplacing(folder, to: exportPath)) != nil {
                    continue
                }
                removeOwnFiles(folder)
            }
        }
    }

    /// Removes a folder sjt wrote: the files in it that sjt writes, then the folder, which stays
    /// if anything else is in it.
    private static func removeOwnFiles(_ folder: String) {
        remove((try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter(ExportContents.isFileSJTWrites) ?? [], from: folder)
    }

    /// Removes the named files from `folder`, then the folder if that leaves it empty. A symbolic
    /// link (an export that was replaced through a link) is removed alone, its target left as it is.
    private static func remove(_ names: [String], from folder: String) {
        switch FileKind(at: folder) {
        case .none: return
        case .symbolicLink:
            unlink(folder)
            return
        default: break
        }
        for name in names { unlink(folder + "/" + name) }
        rmdir(folder)
    }

    private static func makeDirectories(_ path: String) throws(FileSystemProblem) {
        switch FileKind(at: path, followingLinks: true) {
        case .directory: return
        case .none: break
        default: throw FileSystemProblem(errno: ENOTDIR)
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw FileSystemProblem(errno: errno) }
    }
}

public enum ExportFolderError: Error, CustomStringConvertible, Equatable {
    case exists(String)
    case notAnExport(String)
    case unrecognisedManifest(String)
    /// Files (folders end in `/`) in the folder that sjt did not write.
    case holdsOtherFiles(String, [String])
    /// Files sjt wrote that have been changed since.
    case changedFiles(String, [String])
    case danglingLink(String)
    case unusable(String)
    case cannotWrite(String, FileSystemProblem)

    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; choose another folder with -o, or replace it with --force"
        case .notAnExport(let path):
            "\(path) exists and is not an earlier sjt export (it has no manifest.json), so --force will not replace it; choose another folder with -o"
        case .unrecognisedManifest(let path):
            "\(path) has a manifest.json that does not list the files of an sjt export, so --force will not replace it; choose another folder with -o"
        case .holdsOtherFiles(let path, let names):
            "\(path) holds files sjt did not write (\(names.joined(separator: ", "))), so --force will not replace it; move them out of the folder, or choose another folder with -o"
        case .changedFiles(let path, let names):
            "\(path) holds files changed since sjt wrote them (\(names.joined(separator: ", "))), so --force will not replace it; move them out of the folder, or choose another folder with -o"
        case .danglingLink(let path):
            "\(path) is a symbolic link to something that does not exist; remove the link, or choose another folder with -o"
        case .unusable(let path): "'\(path)' cannot be an export folder; name a new folder with -o, e.g. -o exports/spring-2027"
        case .cannotWrite(let path, let problem): "cannot write the export folder \(path): \(problem)"
        }
    }
}

extension FileSystemProblem {
    /// The POSIX error beneath a Foundation file error, or `EIO` when there is none.
    init(_ error: any Error) {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        self.init(errno: underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil } ?? EIO)
    }
}
