/// The exit statuses of sjt's commands, in the words every command's help states them in: a
/// trainer's script tells a failure from rejected rows by the status alone.
///
/// 1 is argument-parser's for an error thrown from `run()` (a ``CommandFailure``), 64 its
/// `EX_USAGE` for a command line it or `validate()` refuses; 2 and 3 are sjt's own.
enum ExitStatus {
    /// "Exit status: 0 …; 1 …; then `others`; 64 …", for the end of a command's discussion.
    static func help(
        success: String = "0 on success", failure: String = "1 on failure, with the reason on standard error", _ others: String...
    ) -> String {
        "Exit status: " + ([success, failure] + others + ["64 when the command line is wrong"]).joined(separator: "; ") + "."
    }
}
