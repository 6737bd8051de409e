import Foundation
import SJTCSV
@testable import SJTCohort
import SJTEngine
import Testing

/// What sjt writes, it reads back as it was: the writer's apostrophe before formula-like text and
/// the reader's removal of it are each other's inverse, and only spaces are trimmed.
struct CohortTextRoundTripTests {
    /// Rows holding `value` in every free-text column, written by the responses writer and read back
    /// by the importer.
    func roundTrip(_ values: [String]) throws -> [CohortResponse] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-text-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rows = values.map { value in
            CohortResponse(
                cohort: value, learnerID: value, learnerName: value, level: "frontline-leader", scenarioID: "s", step: 1, nodeID: "n",
                response: "a", rationale: value)
        }
        try CohortResponseWriter.write(rows, to: path)
        var imported = CohortImport()
        try imported.read(path: path)
        #expect(imported.rejected.isEmpty)
        return imported.rows.map(imported.response)
    }

    func expectRoundTrip(_ values: [String]) throws {
        let back = try roundTrip(values)
        #expect(back.count == values.count)
        for (value, row) in zip(values, back) {
            #expect([row.cohort, row.learnerID, row.learnerName, row.rationale] == [value, value, value, value], "\(value.debugDescription)")
        }
    }

    @Test func apostrophesAndFormulaStartsReadBackAsWritten() throws {
        try expectRoundTrip([
            "-amy", "'-amy", "''-amy", "'hello", "''", "'", "=SUM(A1)", "'=SUM(A1)", "@id", "'@id", "+44 20", "'+44",
            "\t=1+1", "'\tx", "\r=1", "'\r=1", "-", "'-", "it's", "O'Neil",
        ])
    }

    @Test func leadingAndTrailingTabsAreKept() throws {
        try expectRoundTrip(["\tZoë", "Zoë\t", "\t", "a\t\tb"])
    }

    @Test func anyTextWithoutEdgeSpacesReadsBackExactly() throws {
        let alphabet: [Character] = ["'", "-", "=", "+", "@", "\t", "\r", "\n", "\r\n", "\"", ",", ";", " ", "a", "é", "0"]
        var random = SeededGenerator(seed: 10)
        var values: [String] = []
        for _ in 0..<2000 {
            let length = Int.random(in: 1...6, using: &random)
            let value = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            let trimmed = value.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
            if !trimmed.isEmpty { values.append(String(trimmed)) }
        }
        try expectRoundTrip(values)
    }

    @Test func spacesAtEitherEndAreTrimmedButNotTabs() {
        for (raw, value) in [("  amy ", "amy"), ("\tamy", "\tamy"), (" \t'-amy", "\t'-amy"), (" '-amy ", "-amy"), ("''-x", "'-x"), ("'x", "'x")] {
            let bytes = Array(raw.utf8)
            let read = bytes.withUnsafeBytes { String(decoding: CohortImport.value(in: $0), as: UTF8.self) }
            #expect(read == value, "\(raw.debugDescription)")
        }
    }

    @Test func readingBackACellUndoesNeutralisingExactly() {
        for text in ["-amy", "'-amy", "''=1", "'hello", "plain", "", "'", "\t", "'\t"] {
            #expect(CSVCell.readBack(CSVCell.neutralised(text)) == text, "\(text.debugDescription)")
        }
    }
}
