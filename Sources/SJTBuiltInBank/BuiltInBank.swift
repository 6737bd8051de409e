import Foundation
import SJTAuthoring

/// The scenario bank sjt was built with: the package's `scenarios/` folder, loaded, validated and
/// compiled at build time by `BuiltInBankPlugin` (a bank with errors fails the build), so that the
/// binary works from any folder and starts without parsing YAML.
///
/// The archive and its version are generated into this module (`BuiltInBank+Archive.swift` in the
/// plugin's output folder); the bank is decoded on first use, and only by commands that use it.
public enum BuiltInBank {
    /// The bank, decoded from the archive compiled into the binary.
    public static let bank: ScenarioBank = {
        // The bytes of a static string literal live as long as the program: read them in place.
        let data = archive.withUTF8Buffer { buffer in
            Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: buffer.baseAddress!), count: buffer.count, deallocator: .none)
        }
        do {
            return try BankArchive(json: data).bank
        } catch {
            // Written by the same build that reads it: failing here is a bug in sjt, not in the bank.
            preconditionFailure("the built-in scenario bank cannot be read: \(error)")
        }
    }()

    /// The bank's version (``BankVersion``), known without decoding the bank: what `sjt --version`
    /// prints.
    public static var version: String { archivedVersion }
}
