internal import CLibCSV
import Foundation

/// Reads RFC 4180 CSV through libcsv: quoted fields with embedded delimiters, quotes and newlines;
/// CRLF or LF; a UTF-8 byte order mark skipped; comma or semicolon (or any one-byte) delimiter.
///
/// Strict: a quote inside an unquoted field, text after a closing quote, or a quoted field still
/// open at the end of the input is an error naming the physical line. Spaces around fields are kept
/// (libcsv trims them by default; RFC 4180 says they are part of the field). Blank lines are skipped.
///
/// ```swift
/// let reader = CSVReader()
/// try reader.read(bytes) { record in print(record.number, record.fields) }
/// ```
///
/// - Complexity: O(*n*) in the input's bytes; memory is one record at a time.
public final class CSVReader {
    /// One record: its 1-based number in the file (the header is record 1) and its fields.
    public struct Record: Sendable, Equatable {
        public var number: Int
        public var fields: [String]
    }

    private var parser = csv_parser()
    private let delimiter: UInt8

    /// - Parameter delimiter: The field separator, `,` by default.
    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
    }

    /// Guesses the delimiter from the first line: `;` when it has more semicolons than commas
    /// outside quotes (what spreadsheets in many European locales write), else `,`.
    public static func detectDelimiter<Bytes: Collection<UInt8>>(in bytes: Bytes) -> UInt8 {
        var commas = 0, semicolons = 0, quoted = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ","): if !quoted { commas += 1 }
            case UInt8(ascii: ";"): if !quoted { semicolons += 1 }
            case UInt8(ascii: "\n"): if !quoted { return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",") }
            default: break
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Reads all records from the bytes, calling `body` for each as soon as it is complete.
    ///
    /// - Throws: ``CSVError`` for malformed CSV or text that is not UTF-8 (nothing after the error
    ///   is read), or what `body` throws.
    public func read(_ bytes: [UInt8], _ body: (Record) throws -> Void) throws {
        var chunks = [bytes].makeIterator()
        try read(chunks: { chunks.next() }, body)
    }

    /// Reads records from a file a megabyte at a time, so memory does not grow with the file.
    ///
    /// - Parameter chunk: Sees every chunk of the file's bytes, in order (to hash the file as it is read).
    public func read(contentsOf path: String, chunk: ([UInt8]) -> Void = { _ in }, _ body: (Record) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CSVError.cannotRead(path: path, reason: "no such file, or not readable")
        }
        defer { try? handle.close() }
        var failure: (any Error)?
        try read(chunks: {
            do {
                guard let data = try handle.read(upToCount: 1 << 20), !data.isEmpty else { return nil }
                let bytes = Array(data)
                chunk(bytes)
                return bytes
            } catch {
                failure = error
                return nil
            }
        }, body)
        if let failure { throw CSVError.cannotRead(path: path, reason: "\(failure)") }
    }

    /// The parser proper, over chunks of input handed over one at a time until `nil`.
    private func read(chunks next: () -> [UInt8]?, _ body: (Record) throws -> Void) throws {
        // The sink holds `body` only for the length of this call.
        try withoutActuallyEscaping(body) { body in
            let sink = Sink(body: body)
            guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)) == 0 else { throw CSVError.outOfMemory }
            defer { csv_free(&parser) }
            csv_set_delim(&parser, delimiter)
            // Keep spaces: a field is what is between the delimiters.
            csv_set_space_func(&parser) { _ in 0 }
            let context = Unmanaged.passUnretained(sink).toOpaque()

            var linesBefore = 0
            var first = true
            while var bytes = next() {
                if first {
                    first = false
                    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw CSVError.utf16 }
                    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                }
                let consumed = bytes.withUnsafeBufferPointer { buffer in
                    csv_parse(&parser, buffer.baseAddress, buffer.count, fieldCallback, recordCallback, context)
                }
                try sink.rethrow()
                if consumed < bytes.count {
                    throw CSVError.malformed(
                        line: linesBefore + Self.line(at: consumed, in: bytes), reason: Self.reason(csv_error(&parser)))
                }
                linesBefore += bytes.count { $0 == UInt8(ascii: "\n") }
            }
            if csv_fini(&parser, fieldCallback, recordCallback, context) != 0 {
                try sink.rethrow()
                throw CSVError.malformed(line: linesBefore + 1, reason: "a quoted field is not closed before the end of the file")
            }
            try sink.rethrow()
        }
    }

    private static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<min(offset, bytes.count)].count { $0 == UInt8(ascii: "\n") }
    }

    private static func reason(_ code: Int32) -> String {
        code == CSV_EPARSE
            ? "a quote is out of place: quote the whole field, and double any quote inside it (\"\")"
            : String(cString: csv_strerror(code))
    }

    /// Collects fields and hands records to the caller; the C callbacks reach it through `data`.
    final class Sink {
        let body: (Record) throws -> Void
        var fields: [String] = []
        var number = 0
        var error: (any Error)?

        init(body: @escaping (Record) throws -> Void) { self.body = body }

        func rethrow() throws { if let error { throw error } }
    }
}

private func fieldCallback(_ field: UnsafeMutableRawPointer?, _ length: Int, _ data: UnsafeMutableRawPointer?) {
    let sink = Unmanaged<CSVReader.Sink>.fromOpaque(data!).takeUnretainedValue()
    guard sink.error == nil else { return }
    guard let field else { sink.fields.append(""); return }
    let bytes = UnsafeRawBufferPointer(start: field, count: length)
    // One pass: most fields are ASCII, which is valid UTF-8 as it stands, so only fields with other
    // bytes pay for validation.
    var ascii = true
    for byte in bytes {
        if byte == 0 {
            // A NUL byte is never text a person typed; C string handling elsewhere would cut the field short.
            sink.error = CSVError.nulByte(record: sink.number + 1)
            return
        }
        if byte >= 0x80 { ascii = false }
    }
    let text: String
    if ascii {
        text = String(decoding: bytes, as: UTF8.self)
    } else {
        guard let valid = String(validating: bytes, as: UTF8.self) else {
            sink.error = CSVError.notUTF8(record: sink.number + 1)
            return
        }
        text = valid
    }
    sink.fields.append(text)
}

private func recordCallback(_ terminator: Int32, _ data: UnsafeMutableRawPointer?) {
    let sink = Unmanaged<CSVReader.Sink>.fromOpaque(data!).takeUnretainedValue()
    guard sink.error == nil else { return }
    sink.number += 1
    let record = CSVReader.Record(number: sink.number, fields: sink.fields)
    sink.fields.removeAll(keepingCapacity: true)
    do { try sink.body(record) } catch { sink.error = error }
}
