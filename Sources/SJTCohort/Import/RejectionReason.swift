import SJTEngine

/// Why a row of cohort responses was not used: what was wrong, in which column or step, and the
/// values involved, kept as values so that each audience is shown what it may see (see
/// ``text(for:)``). rejects.csv writes it in the `reason` column.
public enum RejectionReason: Error, Sendable, Equatable {
    // A file that cannot be mapped to the format: every row of it.
    /// A header of one column holding tabs: a tab-separated file.
    case tabSeparated
    /// Required columns the header does not name.
    case missingColumns([String])

    // A row that cannot be read.
    case fieldCount(found: Int, expected: Int)
    case emptyValue(column: String)
    case notAWholeNumber(column: String, value: String)

    // An attempt that is not a path through its scenario: every row of the attempt.
    case unknownScenario(String)
    case mixedLevels([String])
    case unknownLevel(String)
    case otherVersion(recorded: Int, scenario: ScenarioID, bank: Int)
    case repeatedStep(Int)
    case missingStep(Int)
    case notATime(step: Int, value: String)
    case notADecision(step: Int, node: String, scenario: ScenarioID)
    /// The engine refused the step: a response it cannot read, or a path it does not allow.
    case replay(ReplayError)

    /// A row of a practice store that sjt cannot read, in the store's words: they name the table,
    /// row and column, never the value, so every audience sees them whole.
    case unreadableStoreRow(String)

    /// The reason as a sentence for `audience`: every value it quotes goes through the audience's
    /// ``RejectionAudience/quote(_:)``, so a pseudonymised export shows only the bank's own ids.
    public func text(for audience: RejectionAudience) -> String {
        let quote = audience.quote
        switch self {
        case .tabSeparated:
            return "the file looks tab-separated; save it as CSV (comma or semicolon separated) and try again"
        case .missingColumns(let columns):
            return "the file has no \(columns.map(quote).joined(separator: ", ")) column"
        case .fieldCount(let found, let expected):
            return "the row has \(found) fields, but the header has \(expected)"
        case .emptyValue(let column):
            return "\(quote(column)) is empty"
        case .notAWholeNumber(let column, let value):
            return "\(quote(column)) must be a whole number from 1, not \(quote(value))"
        case .unknownScenario(let scenario):
            return "scenario \(quote(scenario)) is not in the scenario bank"
        case .mixedLevels(let levels):
            return "the rows of this attempt give different levels: \(levels.map(quote).joined(separator: ", "))"
        case .unknownLevel(let level):
            return "level \(quote(level)) is not one of \(LeadershipLevel.allCases.map(\.rawValue).joined(separator: ", "))"
        case .otherVersion(let recorded, let scenario, let bank):
            return "recorded on version \(recorded) of scenario \(quote(scenario.rawValue)); the bank has version \(bank), so it is not rescored"
        case .repeatedStep(let step):
            return "step \(step) appears more than once"
        case .missingStep(let step):
            return "step \(step) is missing"
        case .notATime(let step, let value):
            return "step \(step): answered_at \(quote(value)) is not an ISO 8601 time"
        case .notADecision(let step, let node, let scenario):
            return "step \(step): node \(quote(node)) is not a decision in scenario \(quote(scenario.rawValue))"
        case .replay(let error):
            return error.message(quoting: quote)
        case .unreadableStoreRow(let reason):
            return reason
        }
    }
}

/// Who reads a rejection reason, and so which values it may quote.
public struct RejectionAudience: Sendable {
    /// The words a reason may quote as they are; `nil` quotes every value.
    let vocabulary: Set<String>?

    /// The trainer who owns the data: every value as it was read.
    public static let trainer = RejectionAudience(vocabulary: nil)

    /// Readers of a pseudonymised export: only the bank's ids and the format's own names are quoted;
    /// any other value, which might be a name in a misplaced column, is written `'…'`.
    public static func pseudonymised(vocabulary: Set<String>) -> RejectionAudience {
        RejectionAudience(vocabulary: vocabulary)
    }

    /// `value` in single quotes, or `'…'` when this audience may not see it.
    public func quote(_ value: String) -> String {
        guard let vocabulary, !vocabulary.contains(value) else { return "'\(value)'" }
        return "'…'"
    }
}
