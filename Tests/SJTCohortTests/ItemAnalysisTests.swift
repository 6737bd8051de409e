import Foundation
@testable import SJTCohort
import SJTCSV
import SJTEngine
import SJTTestSupport
import Testing

struct ItemAnalysisTests {
    // MARK: - Moodle's own fixture: 25 attempts × 7 items, fixed form

    struct MoodleExpected: Decodable {
        struct Item: Decodable {
            var facility: Double
            var sd: Double
            var moodle_discrimination_index: Double?
            var moodle_discriminative_efficiency: Double?
        }
        struct Quiz: Decodable {
            var mean_total: Double
            var median_total: Double
            var sd_total: Double
            var skewness: Double
            var kurtosis: Double
            var cic_percent: Double
            var error_ratio_percent: Double
            var sem: Double
        }
        var items: [String: Item]
        var quiz: Quiz
    }

    static let fixtures = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/stats-fixtures")

    func moodle() throws -> (ItemAnalysis, [String], MoodleExpected) {
        let marks = try CSVTable(bytes: Array(try #require(FileManager.default.contents(
            atPath: Self.fixtures.appendingPathComponent("moodle-quiz00-marks.csv").path))))
        let expected = try JSONDecoder().decode(MoodleExpected.self, from: try #require(FileManager.default.contents(
            atPath: Self.fixtures.appendingPathComponent("moodle-quiz00-expected.json").path)))
        let items = Set(marks.rows.map { $0[1] }).sorted()
        var attempts: [String: ItemAnalysis.Attempt] = [:]
        for row in marks.rows {
            attempts[row[0], default: [:]][items.firstIndex(of: row[1])!] = Double(row[2])! / Double(row[3])!
        }
        let ordered = attempts.keys.sorted().map { attempts[$0]! }
        return (ItemAnalysis(attempts: ordered, itemCount: items.count), items, expected)
    }

    /// Within Moodle's own tolerances: relative 1e-5 for discrimination and efficiency, 1e-6 for
    /// other item figures, 1.5e-5 for quiz figures.
    func close(_ actual: Double?, _ expected: Double, relative: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= relative * max(abs(expected), 1e-12)
    }

    @Test func itemFiguresMatchMoodlesFixture() throws {
        let (analysis, names, expected) = try moodle()
        for (index, name) in names.enumerated() {
            let item = analysis.items[index], want = expected.items[name]!
            #expect(item.reached == 25)
            #expect(close(item.facility, want.facility, relative: 1e-6), "\(name) facility \(item.facility ?? .nan)")
            #expect(close(item.standardDeviation, want.sd, relative: 1e-6), "\(name) sd")
            if let d = want.moodle_discrimination_index {
                #expect(close(item.discriminationIndex, d, relative: 1e-5), "\(name) discrimination \(item.discriminationIndex ?? .nan)")
            } else {
                #expect(item.discriminationIndex == nil)
            }
            if let e = want.moodle_discriminative_efficiency {
                #expect(close(item.discriminativeEfficiency, e, relative: 1e-5), "\(name) efficiency")
            } else {
                #expect(item.discriminativeEfficiency == nil)
            }
        }
    }

    @Test func testFiguresMatchMoodlesFixture() throws {
        let (analysis, _, expected) = try moodle()
        let test = analysis.test, quiz = expected.quiz
        #expect(test.attempts == 25)
        #expect(close(test.total.mean, quiz.mean_total, relative: 1.5e-5))
        #expect(close(test.total.median, quiz.median_total, relative: 1.5e-5))
        #expect(close(test.total.standardDeviation, quiz.sd_total, relative: 1.5e-5))
        #expect(close(test.skewness, quiz.skewness, relative: 1.5e-5))
        #expect(close(test.kurtosis, quiz.kurtosis, relative: 1.5e-5))
        #expect(close(test.alpha.map { $0 * 100 }, quiz.cic_percent, relative: 1.5e-5))
        #expect(close(test.errorRatio, quiz.error_ratio_percent, relative: 1.5e-5))
        #expect(close(test.standardErrorOfMeasurement, quiz.sem, relative: 1.5e-5))
    }

    // MARK: - A tiny branching cohort, worked by hand (docs/statistics.md)

    /// Three attempts, two items; the third attempt branched away from item 1.
    /// Item 0 scores 1, 0.5, 0; item 1 scores 1, 0 (attempts 1 and 2).
    @Test func tinyBranchingCohortMatchesTheHandWorkedExample() {
        let analysis = ItemAnalysis(attempts: [[0: 1, 1: 1], [0: 0.5, 1: 0], [0: 0]], itemCount: 2)
        #expect(analysis.items[0].reached == 3)
        #expect(analysis.items[0].facility == 0.5)
        #expect(analysis.items[0].standardDeviation == 0.5)  // deviations 0.5, 0, −0.5; (0.25 + 0 + 0.25) / 2 = 0.25
        #expect(analysis.items[1].reached == 2)
        #expect(analysis.items[1].facility == 0.5)
        // Rest scores for item 0: attempt 1 → 1, attempt 2 → 0; attempt 3 met nothing else, so it is left out.
        #expect(analysis.restScores[2].isEmpty)
        // (1, 0.5) against (1, 0): perfectly correlated.
        #expect(abs(analysis.items[0].discriminationIndex! - 100) < 1e-9)
        #expect(abs(analysis.items[0].discriminativeEfficiency! - 100) < 1e-9)
        // Alpha: v̄ = (0.25 + 0.5) / 2 = 0.375; c̄ = cov((1, 0.5), (1, 0)) = 0.25; k = 2:
        // 2 × 0.25 / (0.375 + 0.25) = 0.8.
        #expect(abs(analysis.test.alpha! - 0.8) < 1e-12)
    }

    /// Alpha's k counts the items met by at least two attempts, those that do not vary included;
    /// an item met once is in no k and no pair. Worked by hand: items 0 and 1 score (1, 0, 0.5) and
    /// (1, 0.5, 0), variance 0.25 each; item 2 scores 1 every time, variance 0; item 3 is met only
    /// by the third attempt. k = 3, v̄ = 0.5 ÷ 3 = 1/6; the pairs met by two or more attempts are
    /// (0, 1), (0, 2), (1, 2), with covariances 0.125, 0, 0, so c̄ = 1/24; alpha = 3 × 1/24 ÷
    /// (1/6 + 2 × 1/24) = 0.5, which is also k/(k − 1)·(1 − Σσᵢ² ÷ σ²ₜ) = 1.5 × (1 − 0.5 ÷ 0.75) over
    /// items 0 to 2. (Leaving item 2 out of k would give 2 × 0.125 ÷ (0.25 + 0.125) = 0.6667.)
    @Test func alphasKCountsTheItemsMetByTwoAttemptsVaryingOrNot() throws {
        let analysis = ItemAnalysis(attempts: [[0: 1, 1: 1, 2: 1], [0: 0, 1: 0.5, 2: 1], [0: 0.5, 1: 0, 2: 1, 3: 1]], itemCount: 4)
        #expect(abs(try #require(analysis.test.alpha) - 0.5) < 1e-12)
    }

    /// With one item that varies, every covariance is 0 and k·c̄ ÷ (v̄ + (k − 1)·c̄) is exactly 0: a
    /// figure about consistency between items that no two varying items gave. It is undefined, as
    /// docs/statistics.md says, and so are the error ratio and SEM that follow from it.
    @Test func alphaIsUndefinedWhenOnlyOneItemVaries() {
        // Item 1 varies; items 0 and 2 score the same every time.
        let analysis = ItemAnalysis(attempts: [[0: 1, 1: 0, 2: 0.5], [0: 1, 1: 1, 2: 0.5], [0: 1, 1: 0.5, 2: 0.5]], itemCount: 3)
        #expect(analysis.items[1].standardDeviation == 0.5)
        #expect(analysis.test.alpha == nil && analysis.test.errorRatio == nil && analysis.test.standardErrorOfMeasurement == nil)
    }

    /// 0.1 + 0.2 + 0.3 is 0.6000000000000001 added in item order and 0.6 added the other way; a
    /// dictionary's order changes from run to run, so the total is added in item order, and two
    /// runs on the same input write the same figures.
    @Test func totalsAddTheItemScoresInItemOrder() {
        let analysis = ItemAnalysis(attempts: [[2: 0.3, 0: 0.1, 1: 0.2]], itemCount: 3)
        #expect(analysis.test.total.mean == (0.1 + 0.2) + 0.3)
        #expect(analysis.restScores[0][2] == ((0.1 + 0.2) + 0.3 - 0.3) / 2)
    }

    @Test func undefinedFiguresAreNilNeverNaN() {
        let one = ItemAnalysis(attempts: [[0: 1, 1: 0]], itemCount: 2)
        #expect(one.items[0].standardDeviation == nil && one.items[0].discriminationIndex == nil && one.test.alpha == nil)
        let flat = ItemAnalysis(attempts: [[0: 1, 1: 0], [0: 1, 1: 1], [0: 1, 1: 0.5]], itemCount: 2)
        #expect(flat.items[0].standardDeviation == 0)
        #expect(flat.items[0].discriminationIndex == nil)  // zero variance: no correlation
        #expect(ItemAnalysis(attempts: [], itemCount: 3).items.allSatisfy { $0.facility == nil && $0.reached == 0 })
    }
}
