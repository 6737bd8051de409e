// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sjt",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sjt", targets: ["sjt"]),
        .library(name: "SJTEngine", targets: ["SJTEngine"]),
        .library(name: "SJTAuthoring", targets: ["SJTAuthoring"]),
        .library(name: "SJTCohort", targets: ["SJTCohort"]),
        .library(name: "SJTBatch", targets: ["SJTBatch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    ],
    targets: [
        // The engine: pure values, no I/O, no YAML, no database, no CSV.
        .target(name: "SJTEngine"),
        // Content hashes of files and pseudonymous learner ids, over swift-crypto's SHA-256 and HMAC.
        .target(name: "SJTDigest", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // YAML scenario files → located authored model → diagnostics → engine scenarios.
        .target(
            name: "SJTAuthoring",
            dependencies: ["SJTEngine", "SJTDigest", .product(name: "Yams", package: "Yams")]
        ),
        // The practice store: learners' attempts and responses in SQLite, through GRDB.
        .target(name: "SJTStore", dependencies: ["SJTEngine", .product(name: "GRDB", package: "GRDB.swift")]),
        // Debian's libcsv-dev ships no pkg-config file, so no `pkgConfig:` here (it would warn on every build).
        .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"]), .brew(["libcsv"])]),
        // The one Swift wrapper over libcsv: every CSV byte the tool reads or writes goes through it.
        .target(name: "SJTCSV", dependencies: ["CLibCSV"]),
        // Cohorts: the responses CSV format, the batch runner and its exports.
        .target(name: "SJTCohort", dependencies: ["SJTEngine", "SJTCSV", "SJTDigest"]),
        // The cohort report: an export folder's CSV files read back and drawn as one self-contained
        // HTML page of inline SVG charts, each with the table of its numbers. Plot builds the HTML, so
        // every piece of text is escaped.
        .target(name: "SJTReport", dependencies: ["SJTEngine", "SJTCSV", "SJTCohort", .product(name: "Plot", package: "Plot")]),
        // The batch and compare pipelines: inputs (responses CSV files and practice stores) → import →
        // run → export folder with its manifest. What `sjt batch` and `sjt compare` call.
        .target(
            name: "SJTBatch",
            dependencies: ["SJTEngine", "SJTAuthoring", "SJTCSV", "SJTDigest", "SJTStore", "SJTCohort", "SJTReport"]),
        // Sending xAPI statements to a learning record store: the only networking, through Foundation's
        // URLSession (FoundationNetworking on Linux), so no library below the command line opens a socket.
        .target(name: "SJTLRS"),
        // The bank sjt is built with: scenarios/ loaded, validated and compiled at build time by
        // sjt-compile-bank, through the BuiltInBankPlugin build-tool plugin; a bank with errors
        // fails the build. The binary carries it, so it works from any folder and parses no YAML
        // to start.
        .executableTarget(name: "sjt-compile-bank", dependencies: ["SJTAuthoring"]),
        .plugin(name: "BuiltInBankPlugin", capability: .buildTool(), dependencies: ["sjt-compile-bank"]),
        .target(name: "SJTBuiltInBank", dependencies: ["SJTAuthoring"], plugins: ["BuiltInBankPlugin"]),
        .executableTarget(
            name: "sjt",
            dependencies: [
                "SJTEngine", "SJTAuthoring", "SJTBuiltInBank", "SJTCSV", "SJTDigest", "SJTStore", "SJTCohort", "SJTBatch", "SJTLRS",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // On-demand benchmarks (never part of the test suite): see benchmarks/README.md.
        .executableTarget(
            name: "sjt-bench", dependencies: ["SJTEngine", "SJTAuthoring", "SJTCSV"], path: "benchmarks/Sources/sjt-bench"),
        // Fixture loading and the CLI runner shared by the test targets (not a product).
        .target(name: "SJTTestSupport", dependencies: ["SJTEngine", "SJTAuthoring"]),
        .testTarget(name: "SJTEngineTests", dependencies: ["SJTEngine", "SJTAuthoring", "SJTTestSupport"]),
        .testTarget(
            name: "SJTAuthoringTests", dependencies: ["SJTAuthoring", "SJTBuiltInBank", "SJTEngine", "SJTDigest", "SJTTestSupport"]),
        .testTarget(
            name: "SJTStoreTests", dependencies: ["SJTStore", "SJTEngine", "SJTTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SJTCohortTests", dependencies: ["SJTCohort", "SJTEngine", "SJTCSV", "SJTTestSupport"]),
        .testTarget(name: "SJTBatchTests", dependencies: ["SJTBatch", "SJTCohort", "SJTDigest", "SJTTestSupport"]),
        .testTarget(name: "SJTCSVTests", dependencies: ["SJTCSV", "SJTTestSupport"]),
        .testTarget(
            name: "SJTReportTests",
            dependencies: ["SJTReport", "SJTBatch", "SJTCohort", "SJTCSV", "SJTEngine", "SJTAuthoring", "SJTDigest", "SJTTestSupport"]),
        .testTarget(name: "SJTLRSTests", dependencies: ["SJTLRS", "SJTTestSupport"]),
        .testTarget(
            name: "SJTCLITests",
            dependencies: [
                "SJTTestSupport", "SJTEngine", "SJTStore", "SJTCSV", "SJTDigest", "SJTCohort", "SJTBatch", "SJTLRS", "sjt", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
