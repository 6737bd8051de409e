import SJTEngine
import Testing

/// The one mapping from ``ResponseFormat`` to its rules covers every case, each with its own type.
struct ResponseFormatRulesTests {
    /// The format types, in case order. A new format adds its type here, and a case to the enum.
    static let formatTypes: [any ResponseFormatRules.Type] = [
        SingleChoiceFormat.self, BestWorstFormat.self, RankFormat.self, RateFormat.self,
    ]

    @Test func theMappingCoversEveryResponseFormatWithItsOwnType() {
        let mapped = ResponseFormat.allRules
        #expect(mapped.count == ResponseFormat.allCases.count)
        #expect(mapped.map { $0.format } == ResponseFormat.allCases)
        #expect(mapped.map { ObjectIdentifier($0) } == Self.formatTypes.map { ObjectIdentifier($0) })
        #expect(Set(Self.formatTypes.map { $0.format }) == Set(ResponseFormat.allCases))
    }

    @Test func onlyRateFollowsTheNodesOwnNext() {
        #expect(ResponseFormat.allCases.filter { $0.route == .nodeNext } == [.rate])
    }

    @Test(arguments: ResponseFormat.allCases)
    func everyFormatsTextExampleIsInTheMalformedMessage(_ format: ResponseFormat) {
        let example = ResponseFormat.allRules[ResponseFormat.allCases.firstIndex(of: format)!].textExample
        #expect(SessionError.malformedResponse("?", format: format).description.contains(example))
    }
}
