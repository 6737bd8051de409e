import Foundation
import SJTTestSupport

/// A stand-in learning record store on a loopback port: Python's http.server answering each POST
/// with the next of the answers it is given (the last one again once they run out), and keeping
/// every request it was sent. It stops with the test, or when the test process ends.
final class StubLRS {
    struct Answer: Encodable {
        var status: Int
        var headers: [String: String] = [:]
        var body: String = ""
    }

    struct Request: Decodable, Equatable {
        var path: String
        var version: String?
        var authorization: String?
        var contentType: String?
        var body: String
    }

    let url: String
    private let process = Process()
    private let log: URL

    init(answers: [Answer]) throws {
        log = FileManager.default.temporaryDirectory.appendingPathComponent("sjt-stub-lrs-\(UUID()).jsonl")
        process.executableURL = URL(fileURLWithPath: Python.path!)
        process.arguments = ["-c", Self.script, String(decoding: try JSONEncoder().encode(answers), as: UTF8.self), log.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        url = "http://127.0.0.1:\(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))/xAPI"
    }

    deinit {
        // SIGKILL: a process started from a test thread inherits its blocked signals, SIGTERM among them.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: log)
    }

    /// The requests received so far, in order.
    var requests: [Request] {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }

    private static let script = #"""
        import http.server, json, os, sys, threading, time
        answers, log, parent = json.loads(sys.argv[1]), sys.argv[2], os.getppid()
        def watch():
            while os.getppid() == parent: time.sleep(0.5)
            os._exit(0)
        threading.Thread(target=watch, daemon=True).start()
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                with open(log, "a") as file:
                    file.write(json.dumps({"path": self.path, "version": self.headers.get("X-Experience-API-Version"),
                        "authorization": self.headers.get("Authorization"), "contentType": self.headers.get("Content-Type"),
                        "body": body}) + "\n")
                answer = answers.pop(0) if len(answers) > 1 else answers[0]
                data = answer["body"].encode()
                self.send_response(answer["status"])
                for name, value in answer["headers"].items(): self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data)
            def log_message(self, *arguments): pass
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#
}
