import Foundation
@testable import SJTCSV
import Testing

/// An input read once from the front, whatever it is: a pipe gives the parser what was peeked at,
/// and a stream that does not end stops at the limit.
struct CSVInputTests {
    /// A pipe with `bytes` being written into it on another thread.
    func pipe(writing bytes: [UInt8]) -> (Pipe, Thread) {
        let pipe = Pipe()
        let writer = Thread {
            try? pipe.fileHandleForWriting.write(contentsOf: Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        return (pipe, writer)
    }

    @Test func aPipeIsPeekedAtAndThenReadWholeFromTheStart() throws {
        var text = "a;b\n"
        for row in 0..<100_000 { text += "\(row);x\n" }
        let (pipe, _) = pipe(writing: Array(text.utf8))
        let input = try CSVInput(path: "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)")
        #expect(input.size == nil)
        #expect(try input.head(4) == Array("a;b\n".utf8))
        var records: [[String]] = []
        var seen = [UInt8]()
        try CSVReader(delimiter: UInt8(ascii: ";")).scan(input, chunk: { seen += $0 }) { fields, _ in records.append(fields.strings) }
        #expect(records.count == 100_001)
        #expect(records.first == ["a", "b"] && records.last == ["99999", "x"])
        #expect(seen == Array(text.utf8))
    }

    @Test func aStreamLongerThanTheLimitStopsThereSayingTheLimit() throws {
        let (pipe, writer) = pipe(writing: Array(String(repeating: "x,y\n", count: 100_000).utf8))
        let input = try CSVInput(path: "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)", streamLimit: 64 << 10)
        #expect(throws: CSVError.streamTooLong(limit: 64 << 10)) {
            try CSVReader().scan(input) { _, _ in }
        }
        #expect("\(CSVError.streamTooLong(limit: 64 << 10))"
            == "the input goes on past 64 KiB, the most sjt reads from a pipe or device; save it as a file and give that instead")
        _ = pipe.fileHandleForReading.readDataToEndOfFile()
        while !writer.isFinished { Thread.sleep(forTimeInterval: 0.01) }
    }

    @Test func aStreamOfExactlyTheLimitIsRead() throws {
        let text = "a,b\n" + String(repeating: "x,y\n", count: 1023)
        let (pipe, _) = pipe(writing: Array(text.utf8))
        let input = try CSVInput(path: "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)", streamLimit: 4096)
        var count = 0
        try CSVReader().scan(input) { _, _ in count += 1 }
        #expect(count == 1024)
    }

    @Test func aRegularFileHasItsSizeAndNoLimit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-input-\(UUID().uuidString).csv").path
        FileManager.default.createFile(atPath: path, contents: Data(String(repeating: "x,y\n", count: 1000).utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let input = try CSVInput(path: path, streamLimit: 10)
        #expect(input.size == 4000)
        var count = 0
        try CSVReader().scan(input) { _, _ in count += 1 }
        #expect(count == 1000)
    }

    @Test func endlessZeroBytesStopAtTheFirstRecordNotAtTheLimit() throws {
        let input = try CSVInput(path: "/dev/zero")
        #expect(throws: CSVError.nulByte(record: 1)) {
            try CSVReader().scan(input) { _, _ in }
        }
    }

    @Test func aFolderOrAMissingFileCannotBeRead() {
        #expect(throws: CSVError.cannotRead(path: "/", reason: "it is a folder, not a file")) { try CSVInput(path: "/") }
        #expect(throws: CSVError.cannotRead(path: "/no/such.csv", reason: "no such file or directory")) { try CSVInput(path: "/no/such.csv") }
    }
}
