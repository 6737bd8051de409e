import Foundation

/// Debian's headless Chromium, which the report tests render report.html in: a real browser's
/// layout, print to PDF and screenshot, and its console, where a Content-Security-Policy violation
/// shows as a message.
public enum Chromium {
    /// `chromium` on `$PATH`, or `nil` when there is none (scripts/test installs it; the tests that
    /// need it then fail, saying so).
    public static let path: String? = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    public static let missing = "chromium is not installed: scripts/test installs it (apt-get install chromium), or install it by hand to run the browser tests"

    /// What the browser said while rendering a page.
    public struct Rendering: Sendable {
        /// The page's console messages: errors, warnings, and Content-Security-Policy violations.
        public var console: [String]
        public var status: Int32
    }

    /// Renders the page at `page` headless, into a PDF (`--print-to-pdf`) or a screenshot
    /// (`--screenshot`, at `width` × `height` pixels).
    public static func render(_ page: String, pdf: String? = nil, screenshot: String? = nil, width: Int = 1280, height: Int = 1000) throws -> Rendering {
        guard let path else { throw ChromiumMissing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        // A profile of its own for each page, removed once the browser has exited.
        let profile = FileManager.default.temporaryDirectory.path + "/sjt-chromium-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        var arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--no-first-run",
            "--hide-scrollbars", "--no-pdf-header-footer", "--user-data-dir=" + profile,
        ]
        if let pdf { arguments.append("--print-to-pdf=" + pdf) }
        if let screenshot { arguments += ["--screenshot=" + screenshot, "--window-size=\(width),\(height)"] }
        arguments.append(URL(fileURLWithPath: page).absoluteString)
        process.arguments = arguments
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Chromium logs the page's console as `[pid:tid:time:INFO:CONSOLE:line] "message", source: …`.
        let console = stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Rendering(console: console, status: process.terminationStatus)
    }

    public struct ChromiumMissing: Error, CustomStringConvertible {
        public var description: String { Chromium.missing }
    }

    /// The number of pages of a PDF Chromium printed, from its page tree's `/Count`.
    public static func pageCount(ofPDF path: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard text.hasPrefix("%PDF") else { return nil }
        let pages = text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
        return pages
    }
}
