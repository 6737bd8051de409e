import Foundation
@testable import SJTCSV
import Testing

/// The writer copies a text cell that needs no quoting straight into its buffer and hands only the
/// others to libcsv's csv_write. Whatever the cell, its bytes must be exactly what the rule gives:
/// a leading apostrophe when it starts like a formula or looks neutralised (see `CSVCell`), then,
/// if it holds the delimiter, a quote, a CR or an LF or has a space at either end, the whole cell in
/// quotes with each quote doubled (csv_write's RFC 4180 quoting); else the cell as it is.
struct CSVNoQuoteFastPathTests {
    /// The rule, one byte at a time.
    static func expected(_ text: String, delimiter: UInt8) -> [UInt8] {
        let bytes = Array(text.utf8)
        let cell = (bytes.withUnsafeBytes(CSVCell.needsApostrophe) ? [0x27] : []) + bytes
        let quote = bytes.contains { [delimiter, 0x22, 0x0A, 0x0D].contains($0) } || bytes.first == 0x20 || bytes.last == 0x20
        guard quote else { return cell }
        return [0x22] + cell.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] } + [0x22]
    }

    /// The cell as the writer encodes it (the writer is never committed: its file goes).
    static func written(_ text: String, delimiter: UInt8) -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-fast-path-\(UUID()).csv").path
        let writer = try! CSVWriter(path: path, byteOrderMark: false, delimiter: delimiter)
        return writer.encode([.text(text)])
    }

    static let tricky = [
        "", "plain", "with,comma", "with;semicolon", "say \"hi\"", "\"", "\"\"", "cr\rinside", "lf\ninside", "crlf\r\nend",
        "\r", "\n", "=SUM(A1)", "+1", "-amy", "@home", "\tindented", "\ttab,and comma", "'-amy", "''=x", "'hello", " lead",
        "trail ", " ", "  both  ", "Zoë Ó Briain", "Łukasz, \"Łuki\"", "مريم الحسيني", "王小明", "Amara 👩🏾‍⚕️",
        "exactly8", "exactly8,", "sixteen bytes!!!", "a long text of more than eight bytes with a quote \" at the end",
        "a long text of more than eight bytes with a comma at position 23, here", "tab\tin the middle", "2027-03-04T10:15:00Z",
        "best=a;worst=d", "c>a>b>d", "a=meets;b=below;c=exceeds;d=concern",
    ]

    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";")])
    func everyTrickyCellIsWrittenAsTheRuleSays(_ delimiter: UInt8) {
        for text in Self.tricky {
            #expect(Self.written(text, delimiter: delimiter) == Self.expected(text, delimiter: delimiter), "\(text.debugDescription)")
        }
    }

    @Test func randomCellsAreWrittenAsTheRuleSaysAndReadBack() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "Z", "0", " ", ",", ";", "\"", "\r", "\n", "\t", "=", "+", "-", "@", "'", "ë", "王", "👩🏾‍⚕️"]
        for length in 0..<40 {
            for _ in 0..<60 {
                let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
                let bytes = Self.written(text, delimiter: UInt8(ascii: ","))
                #expect(bytes == Self.expected(text, delimiter: UInt8(ascii: ",")), "\(text.debugDescription)")
                // And what is written reads back as the text (the apostrophe taken off again).
                let table = try CSVTable(bytes: Array("h\r\n".utf8) + bytes + [0x0D, 0x0A], delimiter: UInt8(ascii: ","))
                let read = table.rows.first?.first ?? ""
                #expect(CSVCell.readBack(read) == text || (text.isEmpty && table.rows.isEmpty), "\(text.debugDescription)")
            }
        }
    }

    @Test func theWordAtATimeCheckFindsEachSpecialByteAnywhere() {
        for length in 1..<24 {
            for position in 0..<length {
                for special: UInt8 in [0x2C, 0x22, 0x0A, 0x0D] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                    bytes[position] = special
                    #expect(bytes.withUnsafeBytes { CSVRecord.needsQuotes($0, delimiter: 0x2C) }, "\(length) \(position) \(special)")
                }
                // Bytes one bit away from the special ones need nothing.
                let near = [UInt8](repeating: 0x2D, count: length) + [0x0B, 0x0C, 0x23, 0x21, 0x2E, 0x8A, 0x8D, 0xAC]
                #expect(!near.withUnsafeBytes { CSVRecord.needsQuotes($0, delimiter: 0x2C) })
            }
        }
    }
}
