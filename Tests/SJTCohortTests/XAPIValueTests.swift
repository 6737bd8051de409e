import SJTCohort
import Testing

struct XAPIValueTests {
    @Test func decimalsAreWrittenToTheirPlacesWithoutTrailingZeros() {
        #expect([0.6666666, 0.5, 1, 83.333333333, 0.00004, 12.3].map { XAPIValue.decimal($0, places: 4).json } == ["0.6667", "0.5", "1", "83.3333", "0", "12.3"])
    }

    @Test func objectsAreWrittenWithSortedKeysAndStringsEscaped() {
        let value = XAPIValue.object(["b": .array([.integer(1), .bool(false)]), "a": .string("say \"hi\"\n\u{1}\\ é")])
        #expect(value.json == #"{"a":"say \"hi\"\n\u0001\\ é","b":[1,false]}"#)
    }
}
