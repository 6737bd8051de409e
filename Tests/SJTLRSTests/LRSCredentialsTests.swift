import SJTLRS
import Testing

struct LRSCredentialsTests {
    @Test func thePasswordIsEverythingAfterTheFirstColonOfTheFirstLine() {
        #expect(LRSCredentials(fileText: "trainer:pa:ss word\nignored\n") == LRSCredentials(user: "trainer", password: "pa:ss word"))
        #expect(LRSCredentials(fileText: "trainer:secret\r\n") == LRSCredentials(user: "trainer", password: "secret"))
    }

    @Test func aFileWithoutAUserAndAColonHoldsNoCredentials() {
        #expect(LRSCredentials(fileText: "secret\n") == nil)
        #expect(LRSCredentials(fileText: ":secret") == nil)
        #expect(LRSCredentials(fileText: "") == nil)
    }

    @Test func theDescriptionNamesTheUserAlone() {
        #expect("\(LRSCredentials(user: "trainer", password: "secret"))" == "user trainer")
    }
}
