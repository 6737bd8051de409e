import Foundation
import PackagePlugin

/// Compiles the package's `scenarios/` folder into the target it is applied to, at build time, so
/// that the `sjt` binary carries the bank it was built with and works from any folder.
///
/// The work is done by `sjt-compile-bank` (loading and validating through SJTAuthoring, as
/// `sjt validate` does); this plugin only names its inputs, so that SwiftPM runs it again when a
/// file of the bank changes, and its output, the Swift source it writes.
@main
struct BuiltInBankPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let bank = context.package.directoryURL.appending(path: "scenarios")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInBank+Archive.swift")
        return [
            .buildCommand(
                displayName: "Compiling the built-in scenario bank",
                executable: try context.tool(named: "sjt-compile-bank").url,
                arguments: [bank.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: Self.bankFiles(under: bank),
                outputFiles: [output])
        ]
    }

    /// Every YAML file under the bank folder: the files `BankLoader` reads. Listed here at every
    /// build, so a scenario added since the last build is an input too.
    static func bankFiles(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }
}
