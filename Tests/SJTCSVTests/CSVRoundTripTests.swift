import Foundation
import SJTCSV
import Testing

struct CSVRoundTripTests {
    func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sjt-csv-\(UUID())-\(name)").path
    }

    func write(_ rows: [[CSVCell]], bom: Bool = true) throws -> [UInt8] {
        let path = temporaryPath("out.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try CSVWriter(path: path, byteOrderMark: bom)
        for row in rows { try writer.write(row) }
        try writer.commit()
        return Array(FileManager.default.contents(atPath: path)!)
    }

    static let names = [
        "Zoë Ó Briain", "Łukasz", "مريم الحسيني", "王小明", "佐藤 花子", "Amara 👩🏾‍⚕️", "O'Neil, \"Sam\"",
        "line one\nline two", "  padded  ", "tab\there", "", "semi;colon",
    ]

    @Test func namesInEveryScriptRoundTripThroughLibcsv() throws {
        let rows = [["id", "name"]] + Self.names.enumerated().map { ["l-\($0.offset)", $0.element] }
        let bytes = try write(rows.map { $0.map(CSVCell.text) })
        let table = try CSVTable(bytes: bytes)
        #expect([table.header] + table.rows == rows.map { $0.map(CSVCell.neutralised) })
    }

    @Test func formulaLookingTextIsNeutralisedAndNumbersStayNumbers() throws {
        let bytes = try write([
            ["name", "points"],
            [.text("=HYPERLINK(\"http://example.com\",\"x\")"), .integer(3)],
            [.text("-1+1"), .decimal(-0.5, places: 2)],
            [.text("@SUM(A1)"), .decimal(2.0 / 3.0, places: 4)],
        ], bom: false)
        #expect(String(decoding: bytes, as: UTF8.self) == """
            name,points\r
            "'=HYPERLINK(""http://example.com"",""x"")",3\r
            '-1+1,-0.50\r
            '@SUM(A1),0.6667\r

            """)
    }

    @Test func fileStartsWithAByteOrderMarkByDefault() throws {
        #expect(try write([["a"]]).prefix(3) == [0xEF, 0xBB, 0xBF])
        #expect(try write([["a"]], bom: false) == Array("a\r\n".utf8))
    }

    @Test func emptyAndNonFiniteNumbersAreEmptyCells() throws {
        let bytes = try write([[.decimal(Double.nan, places: 2), .decimal(nil, places: 1), .empty, .integer(0)]], bom: false)
        #expect(bytes == Array(",,,0\r\n".utf8))
    }

    @Test func uncommittedWriterLeavesNoFile() throws {
        let path = temporaryPath("never.csv")
        do {
            let writer = try CSVWriter(path: path)
            try writer.write(["half", "written"])
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.contains((path as NSString).lastPathComponent) }
        #expect(leftovers == [])
    }

    @Test func semicolonFilesAreDetected() throws {
        let table = try CSVTable(bytes: Array("a;b\r\n\"1;5\";2\r\n".utf8))
        #expect(table.header == ["a", "b"] && table.rows == [["1;5", "2"]])
    }

    @Test func malformedQuoteNamesTheLine() throws {
        #expect(throws: CSVError.malformed(line: 3, reason: "a quote is out of place: quote the whole field, and double any quote inside it (\"\")")) {
            try CSVTable(bytes: Array("a,b\n1,2\n3,x\"y\"z\n".utf8))
        }
    }

    @Test func unclosedQuoteAtTheEndIsAnError() throws {
        #expect(throws: CSVError.malformed(line: 2, reason: "a quoted field is not closed before the end of the file")) {
            try CSVTable(bytes: Array("a,b\n1,\"open".utf8))
        }
    }

    @Test func raggedRecordIsNamed() throws {
        #expect(throws: CSVError.raggedRecord(record: 3, fields: 1, expected: 2)) {
            try CSVTable(bytes: Array("a,b\n1,2\n3\n".utf8))
        }
    }

    @Test func decimalsAreFixedAndRoundHalfAwayFromZero() throws {
        let bytes = try write([[.decimal(2.5, places: 0), .decimal(-2.5, places: 0), .decimal(0.125, places: 2), .decimal(100, places: 3), .decimal(-0.0001, places: 2)]], bom: false)
        #expect(String(decoding: bytes, as: UTF8.self) == "3,-3,0.13,100.000,0.00\r\n")
    }

    /// 29/32 = 0.90625 exactly: half up is 0.9063. Added up in floating point, a share or facility
    /// can come to the double just below (0.906249999999999889), which rounds to 0.9062; the ratio
    /// is rounded from its exact value. At two places, 201/200 = 1.005 is 1.01, where the double
    /// nearest 1.005 (1.00499999999999989) gives 1.00.
    @Test func ratiosRoundHalfAwayFromZeroFromTheirExactValue() throws {
        let bytes = try write([
            [.ratio(29, over: 32, places: 4), .decimal(0.90625.nextDown, places: 4), .ratio(201, over: 200, places: 2), .decimal(1.005, places: 2)],
            [.ratio(-1, over: 8, places: 2), .ratio(1, over: -8, places: 2), .ratio(-1, over: 300, places: 2), .ratio(0, over: 7, places: 4)],
            [.ratio(2, over: 3, places: 4), .ratio(7, over: 2, places: 0), .ratio(5, over: 0, places: 4), .ratio(Int.max, over: 1, places: 0)],
        ], bom: false)
        #expect(String(decoding: bytes, as: UTF8.self)
            == "0.9063,0.9062,1.01,1.00\r\n-0.13,-0.13,0.00,0.0000\r\n0.6667,4,,9223372036854775807\r\n")
    }
}
