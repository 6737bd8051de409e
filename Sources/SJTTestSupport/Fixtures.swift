import Foundation
import SJTAuthoring
import SJTEngine

/// Files the tests share with the documentation, found from this source file's location so tests
/// run from any working directory.
public enum Fixtures {
    /// The repository's root directory.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    public static let cataloguePath = path("scenarios/catalogue.yaml")

    /// The bundled catalogue; the tests fail loudly if it stops validating.
    public static func catalogue() throws -> Catalogue {
        let report = BankLoader.load(paths: [path("docs/examples")], cataloguePath: cataloguePath)
        guard let bank = report.bank else { throw FixtureError(diagnostics: report.diagnostics) }
        return bank.catalogue
    }

    /// The worked example of docs/scenario-format.md and docs/scoring.md.
    public static func example() throws -> (Scenario, Catalogue) {
        let report = BankLoader.load(paths: [path("docs/examples/delayed-recording.yaml")], cataloguePath: cataloguePath)
        guard let bank = report.bank, let scenario = bank.scenario("delayed-recording"), !report.hasErrors else {
            throw FixtureError(diagnostics: report.diagnostics)
        }
        return (scenario, bank.catalogue)
    }

    /// A scenario that puts each level in a seat of its own: the worked example of "A seat for every
    /// level" in docs/scenario-format.md.
    public static func twoSeats() throws -> (Scenario, Catalogue) {
        let report = BankLoader.load(paths: [path("Tests/Fixtures/levels/two-seats.yaml")], cataloguePath: cataloguePath)
        guard let bank = report.bank, let scenario = bank.scenario("two-seats"), !report.hasErrors else {
            throw FixtureError(diagnostics: report.diagnostics)
        }
        return (scenario, bank.catalogue)
    }

    /// A scenario with a loop back to an earlier decision, and a decision that earns nothing at its
    /// level: Tests/Fixtures/statistics/loop-back.yaml, for the item statistics.
    public static func loopBack() throws -> (Scenario, Catalogue) {
        let report = BankLoader.load(paths: [path("Tests/Fixtures/statistics/loop-back.yaml")], cataloguePath: cataloguePath)
        guard let bank = report.bank, let scenario = bank.scenario("loop-back"), !report.hasErrors else {
            throw FixtureError(diagnostics: report.diagnostics)
        }
        return (scenario, bank.catalogue)
    }

    /// The bank as the review found it (Tests/Fixtures/reviewed-bank): a fixed bank for tests whose
    /// answers depend on which scenarios there are, so that rewriting the bundled bank leaves them be.
    public static func reviewedBank() -> BankLoadReport {
        BankLoader.load(paths: [path("Tests/Fixtures/reviewed-bank")], cataloguePath: cataloguePath)
    }

    /// The bundled scenario bank, with its load report.
    public static func bank() -> BankLoadReport {
        BankLoader.load(paths: [path("scenarios")], cataloguePath: cataloguePath)
    }

    public static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }
}

public struct FixtureError: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { DiagnosticRenderer().render(diagnostics) }
}
