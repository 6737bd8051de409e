import Foundation
@testable import SJTCSV
import Testing

/// A malformed file's message names the line a person would go to: where the quote that never
/// closes was opened, with CR, LF and CRLF each ending one line, however the file is split into
/// the chunks the reader reads.
struct CSVLineNumberTests {
    static let unclosed = "a quoted field is not closed before the end of the file"
    static let misplaced = "a quote is out of place: quote the whole field, and double any quote inside it (\"\")"

    func temporaryFile(_ bytes: [UInt8]) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-lines-\(UUID().uuidString).csv").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func error(reading bytes: [UInt8]) -> CSVError? {
        let path = temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do { try CSVReader().scan(contentsOf: path) { _, _ in } } catch { return error as? CSVError }
        return nil
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpened() {
        let text = "a,b\n1,2\n3,4\n5,\"open\n" + String(repeating: "6,7\n", count: 223)
        #expect(error(reading: Array(text.utf8)) == .malformed(line: 4, reason: Self.unclosed))
    }

    @Test func anUnclosedQuoteAfterAClosedMultilineFieldIsReportedWhereItOpened() {
        let text = "a,b\n\"one\ntwo\",x\n\"three\r\nfour\",\"five\n\nsix"
        #expect(error(reading: Array(text.utf8)) == .malformed(line: 5, reason: Self.unclosed))
    }

    @Test(arguments: ["\r", "\n", "\r\n"])
    func everyKindOfLineEndEndsOneLine(_ end: String) {
        let misplaced = ["a,b", "1,2", "3,x\"y"].joined(separator: end) + end
        #expect(error(reading: Array(misplaced.utf8)) == .malformed(line: 3, reason: Self.misplaced))
        let unclosed = ["a,b", "1,2", "3,\"x", "y"].joined(separator: end)
        #expect(error(reading: Array(unclosed.utf8)) == .malformed(line: 3, reason: Self.unclosed))
    }

    @Test func mixedLineEndsAndBlankLinesAreCountedAlike() {
        let text = "a,b\r1,2\n\r\n3,4\r\n\r5,6\n7,\"x\"y\n"
        #expect(error(reading: Array(text.utf8)) == .malformed(line: 7, reason: Self.misplaced))
    }

    /// Lines of `x,y` filling the first chunk up to `end`, which the chunk ends with.
    func firstChunk(endingWith end: [UInt8]) -> (bytes: [UInt8], lines: Int) {
        var bytes = Array("a,b\r\n".utf8), lines = 1
        let line = Array("x,y\r\n".utf8)
        while bytes.count + line.count <= (1 << 20) - end.count - 8 {
            bytes += line
            lines += 1
        }
        bytes += Array("x,".utf8) + [UInt8](repeating: UInt8(ascii: "y"), count: (1 << 20) - end.count - bytes.count - 2) + end
        return (bytes, lines + 1)
    }

    @Test func aCRLFSplitBetweenChunksEndsOneLine() {
        let (bytes, lines) = firstChunk(endingWith: Array("\r".utf8))
        #expect(bytes.count == 1 << 20)
        let error = error(reading: bytes + Array("\nx,y\r\nx,\"y\"z\r\n".utf8))
        #expect(error == .malformed(line: lines + 2, reason: Self.misplaced))
    }

    @Test func aQuoteOpenedInAnEarlierChunkIsReportedWhereItOpened() {
        let (bytes, lines) = firstChunk(endingWith: Array("\r\nx,\"open\r\n\"\"".utf8))
        var rest = [UInt8]()
        // Two more chunks in which the field never ends: no field ends in them either.
        while rest.count < (2 << 20) + 100 { rest += Array("more text\r\n".utf8) }
        #expect(error(reading: bytes + rest) == .malformed(line: lines + 1, reason: Self.unclosed))
    }

    @Test func aChunkEndingOnAQuoteInsideAQuotedFieldStillFindsWhereItOpened() {
        // The chunk ends in the middle of a doubled quote, the field having begun a line.
        let (bytes, lines) = firstChunk(endingWith: Array("\r\n\"\r\n\"\"b\"".utf8))
        #expect(error(reading: bytes + Array("\"c\r\nd".utf8)) == .malformed(line: lines + 1, reason: Self.unclosed))
    }

    @Test func aQuoteOpenedAfterFieldsEndedInALaterChunkIsReportedWhereItOpened() {
        let (bytes, lines) = firstChunk(endingWith: Array("\r\nx,\"closed\r\n".utf8))
        let rest = Array("later\",y\r\nx,y\r\nx,\"open".utf8) + Array(String(repeating: "\n", count: 10).utf8)
        #expect(error(reading: bytes + rest) == .malformed(line: lines + 4, reason: Self.unclosed))
    }

    @Test func theTableReaderCountsCROnlyLinesToo() throws {
        #expect(throws: CSVError.malformed(line: 2, reason: Self.unclosed)) {
            try CSVTable(bytes: Array("a,b\r1,\"open\r\r\r".utf8))
        }
    }
}
