import Foundation

/// Runs the built `sjt` binary as a user would: real arguments, standard input, files and exit status.
public struct CommandLineRunner: Sendable {
    public struct Run: Sendable, Equatable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String

        public init(status: Int32, standardOutput: String, standardError: String) {
            self.status = status
            self.standardOutput = standardOutput
            self.standardError = standardError
        }
    }

    /// The `sjt` executable built beside the test bundle.
    public static let executable: URL = {
        // swift test runs the bundle from the products directory that also holds the executable.
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [bundle, Fixtures.root.appendingPathComponent(".build/debug")]
        return candidates.map { $0.appendingPathComponent("sjt") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1].appendingPathComponent("sjt")
    }()

    /// `sjt-compile-bank`, which compiles the built-in bank at build time, built beside `sjt`.
    public static var bankCompiler: URL { executable.deletingLastPathComponent().appendingPathComponent("sjt-compile-bank") }

    public var workingDirectory: URL
    public var environment: [String: String]

    /// - Parameter workingDirectory: Where the command runs; the repository root by default.
    public init(workingDirectory: URL = Fixtures.root, environment: [String: String] = [:]) {
        self.workingDirectory = workingDirectory
        // A clean environment: no colour, no inherited scenario directory or store.
        var base = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SJT_") }
        base["NO_COLOR"] = "1"
        self.environment = base.merging(environment) { $1 }
    }

    /// - Parameter executable: What to run: `sjt` unless a test needs a shell around it (a pipe).
    public func run(_ arguments: [String], input: String? = nil, executable: URL = Self.executable) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        process.environment = environment
        let output = Pipe(), error = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}
