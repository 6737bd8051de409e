import Foundation
import SJTLRS
import Testing

struct RetryPolicyTests {
    @Test func waitsDoubleFromHalfASecondUpToTheLongestThenStop() {
        let policy = RetryPolicy(tries: 6, firstDelay: 0.5, longestDelay: 3)
        #expect((1...6).map { policy.delay(afterTries: $0, retryAfter: nil) } == [0.5, 1, 2, 3, 3, nil])
    }

    @Test func retryAfterInSecondsOrAsAnHTTPDateIsWaited() {
        let policy = RetryPolicy()
        let now = Date(timeIntervalSince1970: 1_792_560_000)  // Wed, 21 Oct 2026 05:20:00 GMT
        #expect(policy.delay(afterTries: 1, retryAfter: "7", now: now) == 7)
        #expect(policy.delay(afterTries: 1, retryAfter: "Wed, 21 Oct 2026 05:20:30 GMT", now: now) == 30)
        #expect(policy.delay(afterTries: 1, retryAfter: "Wed, 21 Oct 2026 05:19:00 GMT", now: now) == 0)
        #expect(policy.delay(afterTries: 2, retryAfter: "soon", now: now) == 1)
    }

    @Test func aRetryAfterLongerThanTheLongestIsNotWaitedFor() {
        #expect(RetryPolicy(longestRetryAfter: 60).delay(afterTries: 1, retryAfter: "3600") == nil)
    }

    @Test func only429AndServerErrorsAreWorthTryingAgain() {
        #expect([200, 204, 400, 401, 404, 409, 429, 500, 502, 503].filter(RetryPolicy.isTransient) == [429, 500, 502, 503])
    }
}
