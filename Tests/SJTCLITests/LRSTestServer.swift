import Foundation
import SJTTestSupport

/// The Ralph LRS the LRS tests send to: the one `scripts/test` started (its `SJT_TEST_LRS_*`
/// variables), else one started here through `scripts/lrs start`, which stops when this test
/// process ends.
struct LRSTestServer: Sendable {
    var url: String
    var user: String
    var password: String
    /// The Python that runs Ralph, which has Ralph's xAPI model to check statements against.
    var python: String

    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    static let shared: Result<LRSTestServer, StartFailure> = {
        var variables = ProcessInfo.processInfo.environment
        if variables["SJT_TEST_LRS_URL"] == nil {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Fixtures.path("scripts/lrs"))
            process.arguments = ["start"]
            process.environment = variables.merging(["SJT_LRS_PARENT": String(getpid())]) { $1 }
            let output = Pipe()
            process.standardOutput = output
            do { try process.run() } catch { return .failure(StartFailure(description: "cannot run scripts/lrs: \(error)")) }
            // Read to the end, which comes when the script exits; not waitUntilExit, which can wait for
            // ever here: this runs once, while every other LRS test's thread waits for it.
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            // export NAME=value NAME=value …
            for assignment in text.split(whereSeparator: \.isWhitespace).dropFirst() {
                let parts = assignment.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { variables[String(parts[0])] = String(parts[1]) }
            }
        }
        guard let url = variables["SJT_TEST_LRS_URL"], let user = variables["SJT_TEST_LRS_USER"],
            let password = variables["SJT_TEST_LRS_PASSWORD"], let python = variables["SJT_TEST_LRS_PYTHON"]
        else {
            return .failure(StartFailure(description: "scripts/lrs start gave no SJT_TEST_LRS_* variables; run it by hand to see why"))
        }
        return .success(LRSTestServer(url: url, user: user, password: password, python: python))
    }()

    /// Runs readback.py over a statements file: one line of counts, then any problems.
    func readBack(_ statements: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Fixtures.path("Tests/Fixtures/xapi/readback.py"), url, user, statements]
        process.environment = ProcessInfo.processInfo.environment.merging(["SJT_TEST_LRS_PASSWORD": password]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }
}
