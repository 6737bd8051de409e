import Foundation
@testable import SJTCSV
import Testing

/// A regular file is parsed on a thread of its own while the caller reads its records: the caller
/// must see exactly what reading the same bytes on one thread gives, the same records in the same
/// order and the same error after the same records, however the file falls into chunks.
struct CSVParserThreadTests {
    struct Seen: Equatable {
        var records: [[String]] = []
        var numbers: [Int] = []
        var error: String?
    }

    func file(_ bytes: [UInt8]) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-thread-\(UUID().uuidString).csv").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Reads with `read`, the caller refusing record `refuse` if given.
    func seen(refusing refuse: Int? = nil, _ read: ((CSVFields, Int) throws -> Void) throws -> Void) -> Seen {
        var seen = Seen()
        do {
            try read { fields, number in
                if number == refuse { throw CSVError.empty }
                seen.records.append(fields.strings)
                seen.numbers.append(number)
            }
        } catch {
            seen.error = "\(error)"
        }
        return seen
    }

    /// Several megabytes of records, with quoted fields that hold delimiters, doubled quotes and
    /// line breaks, some of them across the reader's one-megabyte chunks, and non-ASCII text.
    static func records(ending tail: String = "") -> [UInt8] {
        var text = "cohort,learner_id,rationale\r\n"
        var index = 0
        while text.utf8.count < 5 << 20 {
            switch index % 5 {
            case 0: text += "spring,l-\(index),plain\r\n"
            case 1: text += "spring,l-\(index),\"with, a comma and \"\"quotes\"\"\"\r\n"
            case 2: text += "spring,l-\(index),\"over\r\ntwo lines \(String(repeating: "x", count: index % 997))\"\n"
            case 3: text += "Zoë Ó Briain,l-\(index),王小明 مريم\r\n"
            default: text += "spring,l-\(index),\r\n"
            }
            index += 1
        }
        return Array((text + tail).utf8)
    }

    @Test(arguments: ["", "x,y,\"never closed\r\n", "x,y,z\"out of place\r\n", "x,y,\u{FFFD}\0\r\n"])
    func theParserThreadGivesWhatOneThreadGives(_ tail: String) throws {
        let bytes = Self.records(ending: tail)
        let path = file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let oneThread = seen { record in try CSVReader().scan(bytes, record: record) }
        let parserThread = seen { record in try CSVReader().scan(contentsOf: path, record: record) }
        #expect(parserThread.records.count > 30_000)
        // Compared whole, reported short: tens of thousands of records.
        let same = parserThread == oneThread
        #expect(same, "\(parserThread.records.count) and \(oneThread.records.count) records; \(parserThread.error ?? "no error") and \(oneThread.error ?? "no error")")
        #expect((parserThread.error != nil) == !tail.isEmpty)
    }

    @Test(arguments: [1, 2, 7_000, 30_001])
    func aRecordRefusedStopsTheReadingThereWithTheCallersError(_ refused: Int) throws {
        // Malformed further on: the caller's error comes first, as on one thread.
        let bytes = Self.records(ending: "x,\"never closed\r\n")
        let path = file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let parserThread = seen(refusing: refused) { record in try CSVReader().scan(contentsOf: path, record: record) }
        let inOrder = parserThread.numbers == Array(1..<refused)
        #expect(inOrder, "\(parserThread.numbers.count) records before the refused one, \(refused - 1) expected")
        #expect(parserThread.error == "\(CSVError.empty)")
    }

    @Test func everyChunkIsSeenInOrder() throws {
        let bytes = Self.records()
        let path = file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var chunks: [UInt8] = []
        try CSVReader().scan(contentsOf: path, chunk: { chunks += $0 }) { _, _ in }
        let same = chunks == bytes
        #expect(same, "\(chunks.count) bytes seen of \(bytes.count)")
    }
}
