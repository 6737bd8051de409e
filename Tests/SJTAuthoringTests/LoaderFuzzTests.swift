import SJTAuthoring
import SJTEngine
import SJTTestSupport
import Testing

/// The loader meets thousands of mutated and random inputs: it must never crash, only report.
struct LoaderFuzzTests {
    /// Mutations an editor slip or a bad merge makes: deleted, duplicated, swapped and truncated
    /// lines, stray characters, changed indentation.
    static func mutate(_ text: String, _ rng: inout SeededGenerator) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let strays = [":", "-", "\"", "'", "[", "{", "}", "&a", "*a", "!!int", "\t", "#", "|", ">", "? ", "%YAML", "\u{0}", "é", "🙂"]
        for _ in 0..<Int(rng.next() % 4) + 1 {
            guard !lines.isEmpty else { break }
            let i = Int(rng.next() % UInt64(lines.count))
            switch rng.next() % 7 {
            case 0: lines.remove(at: i)
            case 1: lines.insert(lines[i], at: i)
            case 2: lines.swapAt(i, Int(rng.next() % UInt64(lines.count)))
            case 3: lines[i] = String(lines[i].prefix(Int(rng.next() % UInt64(lines[i].count + 1))))
            case 4:
                var line = Array(lines[i])
                line.insert(contentsOf: strays[Int(rng.next() % UInt64(strays.count))], at: Int(rng.next() % UInt64(line.count + 1)))
                lines[i] = String(line)
            case 5: lines[i] = "  " + lines[i]
            default: lines[i] = String(lines[i].drop { $0 == " " })
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func mutatedScenariosNeverCrashTheLoader() throws {
        let catalogue = try Fixtures.catalogue()
        let seeds = [try Fixtures.text("docs/examples/delayed-recording.yaml")]
            + ValidatorTests.brokenFixtures.map { try! Fixtures.text("Tests/Fixtures/broken/\($0).yaml") }
        var rng = SeededGenerator(seed: 4180)
        var reported = 0
        for round in 0..<3000 {
            let text = Self.mutate(seeds[round % seeds.count], &rng)
            let report = BankLoader.load(sources: [(file: "fuzz.yaml", text: text)], catalogue: catalogue)
            if report.hasErrors {
                reported += 1
                #expect(report.bank?.scenarios == [])
                #expect(report.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
            }
        }
        #expect(reported > 1000)
    }

    @Test func randomBytesNeverCrashTheLoader() throws {
        let catalogue = try Fixtures.catalogue()
        var rng = SeededGenerator(seed: 99)
        let alphabet = Array("abc: -[]{}\"'\n  #&*!|>?%,0123456789.é\t")
        for _ in 0..<2000 {
            let length = Int(rng.next() % 200)
            let text = String((0..<length).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            let report = BankLoader.load(sources: [(file: "random.yaml", text: text)], catalogue: catalogue)
            #expect(report.hasErrors)
        }
    }
}
