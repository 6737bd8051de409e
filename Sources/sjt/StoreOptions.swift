import ArgumentParser
import Foundation
import SJTStore

/// Where the practice store is: `--store`, else `$SJT_STORE`, else the XDG data directory.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: ArgumentHelp(
            "The progress store (default: $SJT_STORE, else ~/.local/share/sjt/progress.sqlite, or under $XDG_DATA_HOME when set).",
            valueName: "file"))
    var path: String?

    var resolvedPath: String {
        if let path { return path }
        if let path = ProcessInfo.processInfo.environment["SJT_STORE"], !path.isEmpty { return path }
        return ProgressStore.defaultPath()
    }

    /// Opens a store that must already exist, read-only: for commands that only read one, so that a
    /// mistyped path is reported rather than made into an empty store, and a store on read-only
    /// media can be read.
    func openExisting() throws -> ProgressStore {
        guard FileManager.default.fileExists(atPath: resolvedPath) else {
            throw CommandFailure("there is no progress store at \(resolvedPath); check --store or SJT_STORE, or play a scenario first")
        }
        return try open(access: .readOnly)
    }

    func open(access: ProgressStore.Access = .readWrite) throws -> ProgressStore {
        do { return try ProgressStore.open(at: resolvedPath, access: access) } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}
