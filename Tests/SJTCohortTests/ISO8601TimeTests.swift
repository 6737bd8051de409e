import Foundation
@testable import SJTCohort
import Testing

struct ISO8601TimeTests {
    @Test(arguments: [
        ("2027-03-04T10:15:00Z", 1_804_155_300.0),
        ("1970-01-01T00:00:00Z", 0),
        ("2024-02-29T23:59:59Z", 1_709_251_199),
        ("2027-03-04T11:15:00+01:00", 1_804_155_300),
        ("2027-03-04T10:15:00.250Z", 1_804_155_300.25),
        ("2027-03-04 10:15:00Z", 1_804_155_300),
    ])
    func parsesTheFormsCohortFilesUse(text: String, seconds: Double) {
        #expect(ISO8601Time.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test func agreesWithFoundationOnEveryDayOfFourYears() {
        let formatter = ISO8601DateFormatter()
        for day in stride(from: 0, to: 4 * 366 * 86_400, by: 86_400 + 3_607) {
            let date = Date(timeIntervalSince1970: 1_700_000_000 + Double(day))
            let text = formatter.string(from: date)
            #expect(ISO8601Time.parse(text) == formatter.date(from: text), "\(text)")
        }
    }

    @Test(arguments: ["", "2027-13-01T00:00:00Z", "2027-02-29T00:00:00Z", "2027-03-04", "2027-03-04T10:15:00", "tomorrow",
                      "2027-03-04T10:15:00Zjunk", "2027-03-04T25:00:00Z"])
    func refusesWhatIsNotAnISO8601Time(text: String) {
        #expect(ISO8601Time.parse(text) == nil)
    }
}
