import Foundation
import SJTDigest

/// An export folder sjt wrote earlier, opened to rebuild its report (`sjt report`).
///
/// Only a folder ``ExportFolder`` would replace is opened: its manifest is sjt's and every file in
/// it is one the manifest lists, unchanged. Replacing the report rewrites the manifest's entry for
/// it, so the folder stays one that `--force` recognises; every other byte of the manifest stays as
/// it was.
public struct ExistingExport: Sendable {
    /// What wrote the folder, with its manifest.
    public enum Kind: Sendable, Equatable {
        /// `sjt batch`.
        case batch(Manifest)
        /// `sjt compare`.
        case comparison(ComparisonManifest)
    }

    public let path: String
    public let kind: Kind

    /// - Throws: ``ExportFolderError`` when the folder is not an sjt export whose files are all as
    ///   sjt wrote them, or its manifest is of no kind this sjt knows.
    public init(path: String) throws(ExportFolderError) {
        try ExportContents.verify(path)
        guard let data = FileManager.default.contents(atPath: path + "/" + ExportContents.manifestName) else {
            throw .notAnExport(path)
        }
        self.path = path
        if let comparison = try? JSONDecoder().decode(ComparisonManifest.self, from: data) {
            kind = .comparison(comparison)
        } else if let batch = try? Manifest.decoder.decode(Manifest.self, from: data) {
            kind = .batch(batch)
        } else {
            throw .unrecognisedManifest(path)
        }
    }

    /// Puts `bytes` in the folder as report.html and records it in the manifest.
    ///
    /// Both files are written under temporary names first, then renamed into place, the report
    /// before the manifest: an interruption between the two renames leaves a report the manifest
    /// does not yet describe, which `--force` refuses to delete, rather than losing anything.
    public func replaceReport(with bytes: [UInt8]) throws(ExportFolderError) {
        let reportPath = path + "/" + ReportFile.name
        let manifestPath = path + "/" + ExportContents.manifestName
        let written = WrittenFile(bytes: bytes.count, sha256: ContentHash.sha256(of: bytes))
        let temporaryReport = WholeFile.temporaryName(for: reportPath)
        let temporaryManifest = WholeFile.temporaryName(for: manifestPath)
        do throws(FileSystemProblem) {
            let manifest: Data
            do {
                switch kind {
                case .batch(var batch):
                    batch.writtenFiles[ReportFile.name] = written
                    manifest = try batch.json()
                case .comparison(var comparison):
                    comparison.writtenFiles[ReportFile.name] = written
                    manifest = try comparison.json()
                }
            } catch {
                throw FileSystemProblem(errno: EIO)
            }
            try WholeFile.write(bytes, to: temporaryReport)
            try WholeFile.write(manifest, to: temporaryManifest)
            if rename(temporaryReport, reportPath) != 0 { throw FileSystemProblem(errno: errno) }
            if rename(temporaryManifest, manifestPath) != 0 { throw FileSystemProblem(errno: errno) }
        } catch {
            unlink(temporaryReport)
            unlink(temporaryManifest)
            throw .cannotWrite(path, error)
        }
    }
}
