import Foundation
import SJTDigest

/// What is in an export folder, and whether it is all sjt's: how ``ExportFolder`` tells an earlier
/// export it may replace from a folder that only happens to hold a `manifest.json`.
///
/// An export's manifest lists every file sjt wrote with its size and SHA-256 (`written_files`). A
/// folder may be replaced only when its manifest says so, and every other entry in it is a file the
/// manifest lists, unchanged. Exports from before sjt recorded hashes list their files' names only
/// (`files`); those are recognised by the names alone.
enum ExportContents {
    static let manifestName = "manifest.json"

    private struct RecognisedManifest: Decodable {
        var engineVersion: String?
        var writtenFiles: [String: WrittenFile]?
        var files: [String: Int]?

        // Spelled out: a key strategy would rewrite the file names that key the dictionaries too.
        enum CodingKeys: String, CodingKey {
            case engineVersion = "engine_version", writtenFiles = "written_files", files
        }
    }

    /// Checks that the folder at `path` is an earlier export whose files are all as sjt wrote them.
    ///
    /// - Returns: The names of the files sjt wrote that are there, the manifest included.
    @discardableResult
    static func verify(_ path: String) throws(ExportFolderError) -> [String] {
        let target = FileKind(at: path, followingLinks: true)
        guard target.exists else { throw FileKind(at: path) == .symbolicLink ? .danglingLink(path) : .notAnExport(path) }
        guard target == .directory, let data = FileManager.default.contents(atPath: path + "/" + manifestName) else {
            throw .notAnExport(path)
        }
        guard let manifest = try? JSONDecoder().decode(RecognisedManifest.self, from: data), manifest.engineVersion != nil,
            let known = manifest.writtenFiles.map({ Set($0.keys) }) ?? manifest.files.map({ Set($0.keys) })
        else { throw .unrecognisedManifest(path) }

        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let others = entries.filter { $0 != manifestName && !(known.contains($0) && FileKind(at: path + "/" + $0) == .regularFile) }
            .map { FileKind(at: path + "/" + $0) == .directory ? $0 + "/" : $0 }
        guard others.isEmpty else { throw .holdsOtherFiles(path, others.sorted()) }
        let changed = (manifest.writtenFiles ?? [:]).filter { name, written in
            entries.contains(name) && describe(file: path + "/" + name) != written
        }.keys
        guard changed.isEmpty else { throw .changedFiles(path, changed.sorted()) }
        return entries
    }

    /// Every file in a folder sjt is writing, with its size and SHA-256, the manifest left out.
    ///
    /// - Parameter recorded: Files whose size and hash were taken as they were written; each is
    ///   listed as recorded when the file in the folder still has that size, and read and hashed
    ///   like any other file otherwise.
    static func describe(_ folder: String, recorded: [String: WrittenFile] = [:]) throws -> [String: WrittenFile] {
        var written: [String: WrittenFile] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name != manifestName {
            let path = folder + "/" + name
            if let known = recorded[name], FileKind.sizeOfRegularFile(at: path) == known.bytes {
                written[name] = known
            } else {
                written[name] = describe(file: path)
            }
        }
        return written
    }

    /// The file's size and hash, read a megabyte at a time; `nil` when it cannot be read.
    private static func describe(file path: String) -> WrittenFile? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hash = StreamingContentHash()
        var bytes = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hash.update(chunk)
            bytes += chunk.count
        }
        return WrittenFile(bytes: bytes, sha256: hash.hex())
    }

    /// Whether a name in an export folder is one sjt writes there: the manifest, a CSV file, the
    /// xAPI statements, the report, or the temporary name of one of them while it is written.
    static func isFileSJTWrites(_ name: String) -> Bool {
        name == manifestName || (name.hasSuffix(".csv") && !name.hasPrefix(".")) || (name.hasPrefix(".") && name.contains(".csv.partial-"))
            || name == XAPIStatementsFile.name || name.hasPrefix("." + XAPIStatementsFile.name + XAPIStatementsFile.partialMarker)
            || name == ReportFile.name || name.hasPrefix("." + ReportFile.name + ExportFolder.partialMarker)
            || name.hasPrefix("." + manifestName + ExportFolder.partialMarker)
    }

    /// Whether `folder` is a folder (not a link) holding nothing but regular files sjt writes.
    static func holdsOnlyFilesSJTWrites(_ folder: String) -> Bool {
        guard FileKind(at: folder) == .directory, let entries = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return false }
        return entries.allSatisfy { isFileSJTWrites($0) && FileKind(at: folder + "/" + $0) == .regularFile }
    }
}
