internal import CLibCSV
import Foundation

/// Reads RFC 4180 CSV through libcsv: quoted fields with embedded delimiters, quotes and newlines;
/// CRLF or LF; a UTF-8 byte order mark skipped; comma or semicolon (or any one-byte) delimiter.
///
/// Strict: a quote inside an unquoted field, text after a closing quote, or a quoted field still
/// open at the end of the input is an error naming the physical line (CR, LF and CRLF each end
/// one), for an unclosed field the line its opening quote is on. Spaces around fields are kept
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
        try scan(bytes) { fields, number in try body(Record(number: number, fields: fields.strings)) }
    }

    /// Reads records from a file a megabyte at a time, so memory does not grow with the file.
    ///
    /// - Parameter chunk: Sees every chunk of the file's bytes, in order (to hash the file as it is read).
    public func read(contentsOf path: String, chunk: ([UInt8]) -> Void = { _ in }, _ body: (Record) throws -> Void) throws {
        try scan(CSVInput(path: path), chunk: chunk) { fields, number in try body(Record(number: number, fields: fields.strings)) }
    }

    /// Reads all records from the bytes without making a `String` of any field: what an importer of
    /// millions of rows uses to intern values as they stream past.
    ///
    /// - Parameter record: Called with each record's fields (valid UTF-8 without NUL bytes, which
    ///   live only for the call) and its 1-based number.
    /// - Throws: As ``read(_:_:)``.
    public func scan(_ bytes: [UInt8], record: (CSVFields, Int) throws -> Void) throws {
        var chunks = [bytes].makeIterator()
        try read(chunks: { chunks.next() }, record: record)
    }

    /// Reads a file as ``scan(_:record:)`` reads bytes, a megabyte at a time.
    ///
    /// - Parameter chunk: Sees every chunk of the file's bytes, in order (to hash the file as it is read).
    public func scan(
        contentsOf path: String, chunk: ([UInt8]) -> Void = { _ in }, record: (CSVFields, Int) throws -> Void
    ) throws {
        try scan(CSVInput(path: path), chunk: chunk, record: record)
    }

    /// Reads an input (a file, a pipe, standard input) as ``scan(_:record:)`` reads bytes, from
    /// where it starts, what was peeked at with ``CSVInput/head(_:)`` included.
    ///
    /// A regular file is parsed on a thread of its own while `record` runs on this one, a chunk
    /// behind (see `scanOnParserThread`); a pipe or device is read here, so that a record refused
    /// stops the reading at once rather than when the stream next gives bytes.
    ///
    /// - Parameter chunk: Sees every chunk of the input's bytes, in order (to hash it as it is read).
    public func scan(_ input: CSVInput, chunk: ([UInt8]) -> Void = { _ in }, record: (CSVFields, Int) throws -> Void) throws {
        if input.size != nil { return try scanOnParserThread(input, chunk: chunk, record: record) }
        // A read that fails part-way stops the parse before the end of input is declared, so no
        // truncated record is ever handed over.
        try read(chunks: {
            guard let bytes = try input.nextChunk() else { return nil }
            chunk(bytes)
            return bytes
        }, record: record)
    }

    /// The parser proper, over chunks of input handed over one at a time until `nil`.
    private func read(chunks next: () throws -> [UInt8]?, record: (CSVFields, Int) throws -> Void) throws {
        // The sink holds the callback only for the length of this call.
        try withoutActuallyEscaping(record) { record in
            try parse(chunks: next, into: Sink(record: record))
        }
    }

    /// Parses chunks handed over one at a time until `nil`, into `sink`.
    func parse(chunks next: () throws -> [UInt8]?, into sink: Sink) throws {
        guard csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)) == 0 else { throw CSVError.outOfMemory }
        defer { csv_free(&parser) }
        csv_set_delim(&parser, delimiter)
        // Keep spaces: a field is what is between the delimiters.
        csv_set_space_func(&parser) { _ in 0 }
        let context = Unmanaged.passUnretained(sink).toOpaque()

        var lines = LineBreaks()
        // The line on which the quoted field still open at the end of the chunks so far began: where
        // a quote that never closes is reported, not at the end of the file.
        var openQuoteLine: Int?
        var first = true
        // Whether the bytes libcsv holds of a field not yet finished were all checked in bulk.
        var carriedChecked = true
        while var bytes = try next() {
            if first {
                first = false
                if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw CSVError.utf16 }
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            }
            try bytes.withUnsafeBufferPointer { whole in
                // Fields in this chunk skip their own check when every byte they can hold has been
                // checked in bulk: this chunk's, and those of a field carried over from earlier ones.
                let plain = Self.isPlainASCII(UnsafeRawBufferPointer(whole))
                // A NUL byte ends the reading where it is, in the record being read: a stream of them
                // (`/dev/zero`) would otherwise grow one field without end.
                let nul = plain ? nil : Self.firstNUL(in: whole)
                let buffer = UnsafeBufferPointer(rebasing: whole[..<(nul ?? whole.count)])
                sink.chunkIsPlainASCII = plain && carriedChecked
                sink.fieldsInChunk = 0
                let consumed = csv_parse(&parser, buffer.baseAddress, buffer.count, fieldCallback, recordCallback, context)
                // A field left unfinished began in this chunk if any field ended in it; else earlier.
                let unfinishedBeganHere = sink.fieldsInChunk > 0
                carriedChecked = parser.entry_pos == 0 || (plain && (unfinishedBeganHere || carriedChecked))
                try sink.rethrow()
                if consumed < buffer.count {
                    throw CSVError.malformed(line: lines.line(at: consumed, in: buffer), reason: Self.reason(csv_error(&parser)))
                }
                if nul != nil { throw CSVError.nulByte(record: sink.number + 1) }
                lines.add(buffer)
                if let length = openQuotedFieldLength() {
                    if unfinishedBeganHere || openQuoteLine == nil {
                        // Lines after the opening quote, in this chunk, counted back from its end.
                        let field = UnsafeBufferPointer(rebasing: buffer[max(0, buffer.count - length)...])
                        openQuoteLine = lines.count + 1 - LineBreaks.count(in: field, afterCR: false)
                    }
                } else {
                    openQuoteLine = nil
                }
            }
        }
        sink.chunkIsPlainASCII = carriedChecked
        if csv_fini(&parser, fieldCallback, recordCallback, context) != 0 {
            try sink.rethrow()
            throw CSVError.malformed(
                line: openQuoteLine ?? lines.count + 1, reason: "a quoted field is not closed before the end of the file")
        }
        try sink.rethrow()
    }

    /// How many bytes of input the quoted field libcsv is in the middle of has taken so far, its
    /// opening quote included; `nil` when it is in no quoted field. libcsv keeps the field's text
    /// with a doubled quote once (and a quote that may be the closing one already in it), so the
    /// input held one byte more for each quote kept, but for that possibly closing one.
    private func openQuotedFieldLength() -> Int? {
        // libcsv's states: 2 is inside a field, 3 just after a quote inside a quoted field.
        guard parser.quoted != 0, parser.pstate == 2 || parser.pstate == 3 else { return nil }
        let text = UnsafeBufferPointer(start: parser.entry_buf, count: parser.entry_pos)
        let quotes = text.count { $0 == UInt8(ascii: "\"") }
        return 1 + text.count + quotes - (parser.pstate == 3 ? 1 : 0)
    }

    /// Whether the bytes are all ASCII and none is NUL: then no field in them needs checking.
    ///
    /// - Complexity: O(*n*), eight bytes at a time.
    static func isPlainASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        var index = 0
        var flags: UInt64 = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A byte of 0x80 or more sets its high bit; a zero byte sets it in (word − 1…) & ~word.
            flags |= word | ((word &- ones) & ~word)
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0 || bytes[index] >= 0x80 { return false }
            index += 1
        }
        return flags & high == 0
    }

    /// Where the first NUL byte is, found as C finds it, many bytes at a time.
    static func firstNUL(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    private static func reason(_ code: Int32) -> String {
        code == CSV_EPARSE
            ? "a quote is out of place: quote the whole field, and double any quote inside it (\"\")"
            : String(cString: csv_strerror(code))
    }

    /// Checks and gathers each record's fields and hands the record to the caller, or, on the
    /// parser thread, keeps the records of a chunk together for the reading thread
    /// (``takeBatch(reusing:)``); the C callbacks reach it through `data`.
    final class Sink {
        /// Called with each record as soon as it is complete; `nil` to keep the records in a batch.
        let record: ((CSVFields, Int) throws -> Void)?
        // Used on every field: exclusive access is evident (one parse at a time owns the sink), so
        // the run-time check, which costs more than the use, is left out.
        @exclusivity(unchecked) var number = 0
        @exclusivity(unchecked) var error: (any Error)?
        /// True while the chunk being parsed has no byte that needs checking.
        @exclusivity(unchecked) var chunkIsPlainASCII = false
        /// Fields handed over while parsing the current chunk.
        @exclusivity(unchecked) var fieldsInChunk = 0
        /// The fields read, one after another, and where each ends in them: the record being read,
        /// after the records of the batch when there is one.
        @exclusivity(unchecked) var batch = RecordBatch()
        /// Where the record being read starts in `batch.bytes` and `batch.ends`.
        @exclusivity(unchecked) var recordStart = (bytes: 0, fields: 0)

        init(record: ((CSVFields, Int) throws -> Void)?) {
            self.record = record
            batch.bytes.reserveCapacity(record == nil ? 1 << 21 : 1024)
            batch.ends.reserveCapacity(record == nil ? 1 << 18 : 32)
        }

        func rethrow() throws { if let error { throw error } }

        /// Ends the record being read: hands it to `record`, or keeps it in the batch.
        func endRecord() {
            number += 1
            guard let record else {
                batch.records.append((number, batch.bytes.count, batch.ends.count))
                recordStart = (batch.bytes.count, batch.ends.count)
                return
            }
            defer {
                batch.bytes.removeAll(keepingCapacity: true)
                batch.ends.removeAll(keepingCapacity: true)
            }
            do {
                try batch.bytes.withUnsafeBytes { bytes in
                    try record(CSVFields(bytes: bytes, start: 0, ends: batch.ends[...]), number)
                }
            } catch {
                self.error = error
            }
        }

        /// The records completed since the last batch was taken; the fields of a record not yet
        /// complete stay for the next.
        ///
        /// - Parameter spare: A batch the reading thread is done with, whose storage the next batch
        ///   takes over: fresh storage for every chunk costs the parser thread an allocation and the
        ///   kernel's zeroing of its pages.
        func takeBatch(reusing spare: RecordBatch? = nil) -> RecordBatch {
            var next = spare ?? RecordBatch()
            next.bytes.removeAll(keepingCapacity: true)
            next.ends.removeAll(keepingCapacity: true)
            next.records.removeAll(keepingCapacity: true)
            next.chunk = nil
            next.error = nil
            next.bytes.reserveCapacity(batch.bytes.capacity)
            next.ends.reserveCapacity(batch.ends.capacity)
            next.bytes += batch.bytes[recordStart.bytes...]
            next.ends += batch.ends[recordStart.fields...].lazy.map { $0 - self.recordStart.bytes }
            recordStart = (0, 0)
            defer { batch = next }
            return batch
        }
    }
}

private func fieldCallback(_ field: UnsafeMutableRawPointer?, _ length: Int, _ data: UnsafeMutableRawPointer?) {
    // Borrowed, not retained: the parse that passed `data` holds the sink.
    Unmanaged<CSVReader.Sink>.fromOpaque(data!)._withUnsafeGuaranteedRef { sink in
        guard sink.error == nil else { return }
        let bytes = UnsafeRawBufferPointer(start: field, count: field == nil ? 0 : length)
        sink.fieldsInChunk += 1
        // A chunk checked in bulk needs no check per field. Otherwise one pass: most fields are ASCII,
        // which is valid UTF-8 as it stands, so only fields with other bytes pay for validation.
        if !sink.chunkIsPlainASCII {
            var ascii = true
            for byte in bytes {
                if byte == 0 {
                    // A NUL byte is never text a person typed; C string handling elsewhere would cut the field short.
                    sink.error = CSVError.nulByte(record: sink.number + 1)
                    return
                }
                if byte >= 0x80 { ascii = false }
            }
            if !ascii, String(validating: bytes, as: UTF8.self) == nil {
                sink.error = CSVError.notUTF8(record: sink.number + 1)
                return
            }
        }
        sink.batch.bytes.append(contentsOf: bytes)
        sink.batch.ends.append(sink.batch.bytes.count)
    }
}

private func recordCallback(_ terminator: Int32, _ data: UnsafeMutableRawPointer?) {
    Unmanaged<CSVReader.Sink>.fromOpaque(data!)._withUnsafeGuaranteedRef { sink in
        guard sink.error == nil else { return }
        sink.endRecord()
    }
}
