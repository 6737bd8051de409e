import ArgumentParser
import Foundation
import SJTStore

/// Where the practice store is: `--store`, else `$SJT_STORE`, else the XDG data directory.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: ArgumentHelp(
            "The progress store (default: $SJT_STORE, else $XDG_DATA_HOME/sjt/progress.sqlite).", valueName: "file"))
    var path: String?

    var resolvedPath: String {
        if let path { return path }
        if let path = ProcessInfo.processInfo.environment["SJT_STORE"], !path.isEmpty { return path }
        return ProgressStore.defaultPath()
    }

    func open() throws -> ProgressStore {
        do { return try ProgressStore.open(at: resolvedPath) } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
    }
}
