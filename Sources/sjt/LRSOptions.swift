import ArgumentParser
import Foundation
import SJTLRS

/// The learning record store to send statements to, and the credentials: `--lrs` and its options,
/// shared by `sjt export xapi` and `sjt batch`.
///
/// The password comes from a credentials file, from `$SJT_LRS_PASSWORD`, or, with a warning (any
/// user of the machine can read a command line), from `--lrs-password`. It is never printed.
struct LRSOptions: ParsableArguments {
    static let passwordVariable = "SJT_LRS_PASSWORD"

    @Option(help: ArgumentHelp(
        "Send the statements to this learning record store's xAPI endpoint (POST <url>/statements), e.g. https://lrs.example.org/xAPI.",
        valueName: "url"))
    var lrs: String?

    @Option(help: ArgumentHelp("The LRS user; the password from $SJT_LRS_PASSWORD (or --lrs-password).", valueName: "user"))
    var lrsUser: String?

    @Option(help: ArgumentHelp(
        "The LRS password. Other users of this machine can see a command line: prefer $SJT_LRS_PASSWORD or --lrs-credentials.",
        valueName: "password"))
    var lrsPassword: String?

    @Option(help: ArgumentHelp("A file holding the LRS's user:password on its first line.", valueName: "file"))
    var lrsCredentials: String?

    @Option(help: ArgumentHelp("Statements sent in each request.", valueName: "n"))
    var lrsBatchSize = 100

    func validate() throws {
        guard let lrs else {
            if lrsUser != nil || lrsPassword != nil || lrsCredentials != nil {
                throw ValidationError("--lrs-user, --lrs-password and --lrs-credentials go with --lrs URL")
            }
            return
        }
        do { _ = try LRSClient.checkEndpoint(lrs) } catch { throw ValidationError("--lrs: \(error)") }
        guard lrsBatchSize >= 1 else { throw ValidationError("--lrs-batch-size must be 1 or more") }
        if lrsCredentials != nil, lrsUser != nil || lrsPassword != nil {
            throw ValidationError("give the LRS's user and password in --lrs-credentials FILE or with --lrs-user, not both")
        }
        if lrsCredentials == nil {
            guard lrsUser != nil else {
                throw ValidationError(
                    "--lrs needs credentials: --lrs-credentials FILE (holding user:password), or --lrs-user USER with the password in $\(Self.passwordVariable)")
            }
            guard lrsPassword != nil || ProcessInfo.processInfo.environment[Self.passwordVariable] != nil else {
                throw ValidationError("--lrs-user needs a password: set $\(Self.passwordVariable), or use --lrs-credentials FILE")
            }
        }
    }

    /// The client for `--lrs`, its credentials read; `nil` when no store was named.
    ///
    /// - Throws: ``CommandFailure`` when the credentials file cannot be read or holds no `user:password`.
    func client() throws -> LRSClient? {
        guard let lrs else { return nil }
        let credentials: LRSCredentials
        if let path = lrsCredentials {
            credentials = try Self.readCredentials(path)
        } else {
            if lrsPassword != nil {
                Terminal.standardError.write(
                    "warning: other users of this machine can see --lrs-password in the process list; set $\(Self.passwordVariable) or use --lrs-credentials FILE instead\n")
            }
            credentials = LRSCredentials(user: lrsUser ?? "", password: lrsPassword ?? ProcessInfo.processInfo.environment[Self.passwordVariable] ?? "")
        }
        return try LRSClient(endpoint: lrs, credentials: credentials)
    }

    /// The credentials in a file, never quoting it: the file's problem, or that it holds no `user:password`.
    static func readCredentials(_ path: String) throws -> LRSCredentials {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = switch errno {
            case ENOENT: "there is no such file"
            case EACCES, EPERM: "you do not have permission to read it"
            default: String(cString: strerror(errno))
            }
            throw CommandFailure("cannot read the LRS credentials file \(path): \(reason)")
        }
        var status = stat()
        let isFile = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        close(descriptor)
        guard isFile, let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("cannot read the LRS credentials file \(path): it is not a file")
        }
        guard let credentials = LRSCredentials(fileText: String(decoding: data, as: UTF8.self)) else {
            throw CommandFailure("the LRS credentials file \(path) does not hold user:password on its first line")
        }
        if status.st_mode & 0o077 != 0 {
            Terminal.standardError.write("warning: other users of this machine can read \(path); make it yours alone with: chmod 600 \(path)\n")
        }
        return credentials
    }
}
