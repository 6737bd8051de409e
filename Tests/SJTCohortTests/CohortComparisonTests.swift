import Foundation
@testable import SJTCohort
import SJTEngine
import SJTTestSupport
import Testing

/// `CohortComparison`'s figures on small groups, against values computed independently.
struct CohortComparisonTests {
    func learner(_ id: String, _ percentage: Double) -> CohortComparison.Learner {
        learner(id, ["risk-sensible": percentage])
    }

    func learner(_ id: String, _ principles: [PrincipleID: Double]) -> CohortComparison.Learner {
        CohortComparison.Learner(id: id, level: .frontLineLeader, principles: principles)
    }

    /// Twelve learners, so t has 11 degrees of freedom, where the old three-decimal table's 2.201
    /// was 1.5e-5 off. The changes are 22.5, −5, 17.5, 15, 2.5, 25, −2.5, 25, 25, −2, 27, 0;
    /// computed with mpmath at 40 digits: mean 12.5, sd 12.820438228221232,
    /// t₀.₉₇₅,₁₁ = 2.2009851600916394 (bisection on mpmath's incomplete beta, as in StudentTTests),
    /// so mean ∓ t·sd/√12 = 4.3542821714932945 and 20.645717828506706 (the table gave
    /// 4.3542272498571569 and 20.645772750142843), and d_z = mean ÷ sd = 0.97500567277678065.
    @Test func aSmallGroupsConfidenceIntervalUsesTheExactTQuantile() throws {
        let pre: [Double] = [40, 55, 62.5, 30, 70, 45, 50, 65, 35, 60, 48, 52]
        let post: [Double] = [62.5, 50, 80, 45, 72.5, 70, 47.5, 90, 60, 58, 75, 52]
        let comparison = CohortComparison(
            pre: pre.enumerated().map { learner("l\($0.offset)", $0.element) },
            post: post.enumerated().map { learner("l\($0.offset)", $0.element) }, catalogue: try Fixtures.catalogue())
        let summary = try #require(comparison.summaries.first)
        #expect(comparison.summaries.count == 1 && summary.learners == 12)
        func close(_ actual: Double?, _ expected: Double) -> Bool {
            actual.map { abs($0 - expected) <= 1e-12 * abs(expected) } ?? false
        }
        #expect(close(summary.meanChange, 12.5))
        #expect(close(summary.sdChange, 12.820438228221232))
        #expect(close(summary.lower, 4.3542821714932945), "\(String(describing: summary.lower))")
        #expect(close(summary.upper, 20.645717828506706), "\(String(describing: summary.upper))")
        #expect(close(summary.effectSize, 0.97500567277678065))
    }

    /// Every learner with no change to show is listed with why; only `a` is compared. A learner
    /// with attempts in both but none complete in one (no principles) is not "only in pre".
    @Test func learnersWithNothingToCompareAreListedWithTheReason() throws {
        let pre = [learner("a", 50), learner("b", 60), learner("c", [:]), learner("d", [:]), learner("e", 40),
                   learner("g", ["partnership": 50])]
        let post = [learner("a", 70), learner("b", [:]), learner("c", 55), learner("d", [:]), learner("f", 30),
                    learner("g", ["risk-sensible": 60])]
        let comparison = CohortComparison(pre: pre, post: post, catalogue: try Fixtures.catalogue())
        #expect(comparison.changes.map(\.learner) == ["a"])
        #expect(comparison.unmatched.map { "\($0.learner) \($0.presentIn): \($0.reason.rawValue)" } == [
            "b both: post attempts incomplete", "c both: pre attempts incomplete", "d both: pre and post attempts incomplete",
            "e pre: not in post", "f post: not in pre", "g both: no principle in both",
        ])
    }
}
