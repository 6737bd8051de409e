import Foundation
@testable import SJTCSV
import Testing

/// The reader checks text in bulk a chunk at a time and skips the per-field check where a chunk is
/// plain ASCII; a field that starts in one chunk and ends in the next must still be checked.
struct CSVReaderChunkTests {
    /// A file whose first megabyte (the reader's chunk) ends inside a field holding `bad`.
    func fileWithFieldAcrossTheFirstChunk(holding bad: UInt8) throws -> (path: String, record: Int) {
        var bytes = Array("a,b\n".utf8)
        var records = 1
        while bytes.count + 4 < (1 << 20) - 10 {
            bytes += Array("x,y\n".utf8)
            records += 1
        }
        bytes += [UInt8](repeating: UInt8(ascii: "q"), count: (1 << 20) - 2 - bytes.count) + [bad]
        bytes += Array(String(repeating: "q", count: 20).utf8) + Array(",y\n".utf8)
        bytes += Array(String(repeating: "x,y\n", count: 100).utf8)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-chunk-\(UUID().uuidString).csv").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return (path, records + 1)
    }

    @Test func invalidUTF8InAFieldAcrossChunksIsRefused() throws {
        let (path, record) = try fileWithFieldAcrossTheFirstChunk(holding: 0xFF)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: CSVError.notUTF8(record: record)) {
            try CSVReader().scan(contentsOf: path) { _, _ in }
        }
    }

    @Test func aNulByteInAFieldAcrossChunksIsRefused() throws {
        let (path, record) = try fileWithFieldAcrossTheFirstChunk(holding: 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: CSVError.nulByte(record: record)) {
            try CSVReader().scan(contentsOf: path) { _, _ in }
        }
    }

    @Test func aBadByteEarlyInAQuotedFieldLongerThanTwoChunksIsRefused() throws {
        // Doubled quotes put fewer bytes in libcsv's field buffer than the input holds: the check
        // must not depend on counting bytes.
        var bytes = Array("a,b\n\"".utf8) + [0xFF]
        while bytes.count < (5 << 19) { bytes += Array("x\"\"".utf8) }
        bytes += Array("\",y\nx,y\n".utf8)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-chunk-\(UUID().uuidString).csv").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: CSVError.notUTF8(record: 2)) {
            try CSVReader().scan(contentsOf: path) { _, _ in }
        }
    }

    @Test(arguments: [
        ("", true), ("plain text, 123\r\n", true), ("long enough to use whole words of eight", true),
        ("caf\u{E9}", false), ("eight by\u{E9}", false), ("nul\0 inside a longer field", false), ("\0", false),
    ])
    func bulkCheckFindsNonASCIIAndNulBytesAnywhere(text: String, plain: Bool) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBytes(CSVReader.isPlainASCII) == plain)
    }
}
