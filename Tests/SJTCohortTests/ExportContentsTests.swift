import Foundation
@testable import SJTCohort
import SJTDigest
import Testing

/// What the manifest lists for a folder being written: a file's size and hash as recorded while it
/// was written, unless the file is no longer that size, and then what reading it gives.
struct ExportContentsTests {
    @Test func aRecordedFileIsListedAsRecordedAndAnyOtherIsReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-contents-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a.csv", "b.csv", "c.csv"] { try "x,y\r\n".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8) }
        let actual = WrittenFile(bytes: 5, sha256: ContentHash.sha256(ofText: "x,y\r\n"))
        // a.csv as recorded (the hash is taken on trust: it was taken from the bytes written); b.csv
        // recorded at another size, so changed since, and read back; c.csv not recorded, read back.
        let trusted = WrittenFile(bytes: 5, sha256: String(repeating: "0", count: 64))
        let described = try ExportContents.describe(
            folder, recorded: ["a.csv": trusted, "b.csv": WrittenFile(bytes: 9, sha256: trusted.sha256)])
        #expect(described == ["a.csv": trusted, "b.csv": actual, "c.csv": actual])
    }
}
