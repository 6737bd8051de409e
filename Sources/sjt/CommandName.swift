import Foundation

/// The command as the user ran it, for messages that tell them what to type next: `scripts/sjt`
/// for someone who started with `scripts/sjt play`, `sjt` for someone with sjt installed.
///
/// `$SJT_COMMAND_NAME` when set (`scripts/sjt` sets it, since the binary it runs sits elsewhere),
/// else the last part of the path the program was started by, so `./sjt` and
/// `/usr/local/bin/sjt` both say `sjt`.
enum CommandName {
    static let current: String = {
        if let name = ProcessInfo.processInfo.environment["SJT_COMMAND_NAME"], !name.isEmpty { return name }
        let started = (CommandLine.arguments.first.map { ($0 as NSString).lastPathComponent }) ?? ""
        return started.isEmpty ? "sjt" : started
    }()
}
