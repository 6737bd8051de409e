import Foundation
import SJTCSV
import Testing

/// The writer's observer, through which an export hashes each file as it is written instead of
/// reading it back, sees exactly the bytes that reach the file, in order.
struct CSVWriterObserverTests {
    final class Seen {
        var bytes: [UInt8] = []
    }

    @Test(arguments: [true, false])
    func theObserverSeesEveryByteOfTheFileAndTheCountIsTheFileSize(_ byteOrderMark: Bool) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-observed-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let seen = Seen()
        let writer = try CSVWriter(path: path, byteOrderMark: byteOrderMark) { seen.bytes += $0 }
        // Enough rows to be flushed several times, with cells that are quoted and neutralised.
        for index in 0..<20_000 {
            try writer.write([.text("l-\(index)"), .text("Ó Briain, \"Zoë\""), .text("=1+\(index)"), .decimal(Double(index) / 7, places: 2)])
        }
        try writer.commit()
        let file = try #require(FileManager.default.contents(atPath: path))
        #expect(file.count > 4 << 16)
        #expect(seen.bytes == Array(file))
        #expect(writer.bytesWritten == file.count)
    }
}
