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
        var status = stat()
        guard stat(path, &status) == 0 else {
            var link = stat()
            throw lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK ? .danglingLink(path) : .notAnExport(path)
        }
        guard status.st_mode & S_IFMT == S_IFDIR, let data = FileManager.default.contents(atPath: path + "/" + manifestName) else {
            throw .notAnExport(path)
        }
        guard let manifest = try? JSONDecoder().decode(RecognisedManifest.self, from: data), manifest.engineVersion != nil,
            let known = manifest.writtenFiles.map({ Set($0.keys) }) ?? manifest.files.map({ Set($0.keys) })
        else { throw .unrecognisedManifest(path) }

        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let others = entries.filter { $0 != manifestName && !(known.contains($0) && isRegularFile(path + "/" + $0)) }
            .map { isDirectory(path + "/" + $0) ? $0 + "/" : $0 }
        guard others.isEmpty else { throw .holdsOtherFiles(path, others.sorted()) }
        let changed = (manifest.writtenFiles ?? [:]).filter { name, written in
            entries.contains(name) && describe(file: path + "/" + name) != written
        }.keys
        guard changed.isEmpty else { throw .changedFiles(path, changed.sorted()) }
        return entries
    }

    /// Every file in a folder sjt is writing, with its size and SHA-256, the manifest left out.
    static func describe(_ folder: String) throws -> [String: WrittenFile] {
        var written: [String: WrittenFile] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name != manifestName {
            written[name] = describe(file: folder + "/" + name)
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

    /// Whether a name in an export folder is one sjt writes there: the manifest, a CSV file, or a
    /// CSV file's temporary name while it is written.
    static func isFileSJTWrites(_ name: String) -> Bool {
        name == manifestName || (name.hasSuffix(".csv") && !name.hasPrefix(".")) || (name.hasPrefix(".") && name.contains(".csv.partial-"))
    }

    /// Whether `folder` is a folder (not a link) holding nothing but regular files sjt writes.
    static func holdsOnlyFilesSJTWrites(_ folder: String) -> Bool {
        var status = stat()
        guard lstat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR,
            let entries = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else { return false }
        return entries.allSatisfy { isFileSJTWrites($0) && isRegularFile(folder + "/" + $0) }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
