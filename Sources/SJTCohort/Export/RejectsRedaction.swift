/// What a pseudonymised rejects.csv may show of a row sjt could not use.
///
/// A rejected row is where a value is most likely in the wrong place: a name typed into the level
/// column, a column shifted by a stray comma. So a cell is written only when it is what its column
/// should hold and cannot be a name: one of the bank's ids or the format's names (level, scenario,
/// node, options and ratings in a response or shown order), a well-formed number or time, a
/// pseudonym, or a cohort that accepted rows carry too. Anything else is written `…`, and reasons
/// quote only the bank's ids (``RejectionAudience/pseudonymised(vocabulary:)``).
public struct RejectsRedaction: Sendable, Equatable, Codable {
    /// The bank's ids and the format's own names.
    public var vocabulary: Set<String>

    public init(vocabulary: Set<String>) {
        self.vocabulary = vocabulary
    }

    public static let hidden = "…"

    var audience: RejectionAudience { .pseudonymised(vocabulary: vocabulary) }

    /// The row's cells in ``CohortResponse/columns`` order, each kept or written `…`.
    ///
    /// - Parameter cohorts: The cohorts of accepted rows, which the export shows anyway.
    func cells(of response: CohortResponse, cohorts: Set<String>) -> [String?] {
        func id(_ value: String) -> String { vocabulary.contains(value) ? value : Self.hidden }
        func tokens(_ value: String?, separatedBy separators: Set<Character>) -> String? {
            guard let value else { return nil }
            let parts = value.split(whereSeparator: { separators.contains($0) || $0 == " " })
            // Ratings may be written as their points.
            return parts.allSatisfy({ vocabulary.contains(String($0)) || $0.allSatisfy(\.isASCIIDigit) }) ? value : Self.hidden
        }
        let cohort = Pseudonym.isPseudonym(response.cohort) || cohorts.contains(response.cohort) ? response.cohort : Self.hidden
        let learner = response.learnerID.isEmpty || Pseudonym.isPseudonym(response.learnerID) ? response.learnerID : Self.hidden
        let time = response.answeredAt.map { ISO8601Time.parse($0) == nil ? Self.hidden : $0 }
        return [
            response.cohort.isEmpty ? "" : cohort, learner, nil, response.level.isEmpty ? "" : id(response.level),
            response.scenarioID.isEmpty ? "" : id(response.scenarioID), response.scenarioVersion.map(String.init),
            String(response.attempt), String(response.step), response.nodeID.isEmpty ? "" : id(response.nodeID),
            response.response.isEmpty ? "" : tokens(response.response, separatedBy: ["=", ";", ">"]),
            tokens(response.shownOrder, separatedBy: []), time,
            // Kept only when the trainer asked to keep rationales; pseudonymising removed them otherwise.
            response.rationale,
        ]
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
