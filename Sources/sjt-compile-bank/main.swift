import Foundation
import SJTAuthoring

// sjt-compile-bank BANK-FOLDER OUTPUT.swift
//
// Run by BuiltInBankPlugin at build time: loads and validates the bank as `sjt validate` does and,
// when it has no errors, writes a Swift source holding it compiled (a `BankArchive` as JSON) and its
// version. A bank with errors fails the build with every diagnostic, so no binary is ever built
// around a bank that would leave scenarios out.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: sjt-compile-bank BANK-FOLDER OUTPUT.swift\n".utf8))
    exit(64)
}
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])

let report = BankLoader.load(paths: [folder.path])
guard var bank = report.bank, !report.hasErrors else {
    let rendered = DiagnosticRenderer().render(report.diagnostics)
    FileHandle.standardError.write(Data("""
        \(rendered)
        error: the scenario bank in \(folder.path) has errors, so sjt cannot be built with it; \
        fix them (every one is listed above, as `sjt validate` lists them) and build again

        """.utf8))
    exit(1)
}

// Paths as a run in the package's folder would record them ("scenarios/friday-referral.yaml"),
// not this machine's: the binary is handed to people who never saw the checkout.
let parent = folder.deletingLastPathComponent().path + "/"
for (id, source) in bank.sources where source.path.hasPrefix(parent) {
    bank.sources[id]?.path = String(source.path.dropFirst(parent.count))
}
bank.cataloguePath = bank.cataloguePath.map { $0.hasPrefix(parent) ? String($0.dropFirst(parent.count)) : $0 }

let source = swiftSource(archive: try BankArchive(bank).json(), version: bank.version.description)
if (try? String(contentsOf: output, encoding: .utf8)) != source {
    try Data(source.utf8).write(to: output, options: .atomic)
}

/// The Swift source: the archive in a raw string literal (a `StaticString`, so reading it at start
/// costs no copy into a `String`), with enough `#`s that nothing in the JSON can end it.
func swiftSource(archive: String, version: String) -> String {
    var hashes = "#"
    // In a raw string, `"#` would end it and `\#` start an escape: use more `#`s than either has.
    while archive.contains("\"" + hashes) || archive.contains("\\" + hashes) { hashes += "#" }
    return """
        // Generated at build time by sjt-compile-bank (BuiltInBankPlugin) from the package's
        // scenarios/ folder. Do not edit: edit the scenarios and build again.

        extension BuiltInBank {
            /// The bank's version, as `sjt --version` and `sjt catalogue` print it.
            static let archivedVersion = \(String(reflecting: version))

            /// The compiled bank, as `BankArchive` JSON.
            static let archive: StaticString = \(hashes)"\(archive)"\(hashes)
        }

        """
}
