import Foundation

/// Reading an input on two cores: libcsv parses on a thread of its own (reading the input, checking
/// its bytes, splitting fields) while the caller's `record` runs on the calling thread, a batch of
/// records behind. What the caller sees is what ``CSVReader/scan(_:record:)`` gives: every record in
/// order, and the same error at the same place (a record the caller refuses stops the reading; an
/// error in the input comes after every record before it).
extension CSVReader {
    /// The records of one chunk of input, parsed, with the chunk they came from.
    struct RecordBatch: Sendable {
        /// The fields of every record, one after another.
        var bytes: [UInt8] = []
        /// Each field's end in `bytes`.
        var ends: [Int] = []
        /// Per record: its number, and where its bytes and its fields end in `bytes` and `ends`.
        var records: [(number: Int, bytesEnd: Int, fieldsEnd: Int)] = []
        /// The input's bytes the records were parsed from, for the caller's `chunk`.
        var chunk: [UInt8]?
        /// Why parsing stopped, after the records above.
        var error: (any Error)?
    }

    /// Parses `input` on a parser thread and hands each record to `record` on this thread.
    ///
    /// - Parameter chunk: Sees every chunk of the input's bytes, in order, on this thread.
    func scanOnParserThread(
        _ input: CSVInput, chunk: ([UInt8]) -> Void, record: (CSVFields, Int) throws -> Void
    ) throws {
        let channel = BatchChannel(capacity: 4)
        // The input and this reader belong to the parser thread until it finishes: nothing here
        // touches either while it runs.
        let owned = ParserThreadState(reader: self, input: input)
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            owned.reader.parse(owned.input, into: channel)
            finished.signal()
        }
        // libcsv keeps little on the stack; the default for a secondary thread is ample.
        thread.start()
        defer { finished.wait() }
        do {
            while let batch = channel.receive() {
                if let bytes = batch.chunk { chunk(bytes) }
                try batch.bytes.withUnsafeBytes { bytes in
                    var bytesStart = 0, fieldsStart = 0
                    for (number, bytesEnd, fieldsEnd) in batch.records {
                        let fields = CSVFields(bytes: bytes, start: bytesStart, ends: batch.ends[fieldsStart..<fieldsEnd])
                        try record(fields, number)
                        bytesStart = bytesEnd
                        fieldsStart = fieldsEnd
                    }
                }
                if let error = batch.error { throw error }
                channel.recycle(consume batch)
            }
        } catch {
            // The parser thread stops at its next chunk; whatever it found after this is not read.
            channel.cancel()
            throw error
        }
    }

    /// The parser thread's work: every chunk parsed, its records sent as one batch, and the error
    /// that stopped it, if any, after the records before it.
    private func parse(_ input: CSVInput, into channel: BatchChannel) {
        // Records are kept in the sink's batch as they are parsed, and the batch taken whole.
        let sink = Sink(record: nil)
        var chunk: [UInt8]?
        var failure: (any Error)?
        do {
            try parse(chunks: {
                // Called before each chunk and at the end: the records of the chunk before go now.
                if chunk != nil {
                    var batch = sink.takeBatch(reusing: channel.spare())
                    batch.chunk = chunk
                    guard channel.send(batch) else { throw ParserThreadCancelled() }
                }
                chunk = try input.nextChunk()
                return chunk
            }, into: sink)
        } catch is ParserThreadCancelled {
            return
        } catch {
            failure = error
        }
        // What the end of the input completed, or the records before the error and the error.
        var last = sink.takeBatch()
        last.error = failure
        _ = channel.send(last)
        channel.finish()
    }
}

/// What the parser thread is handed for the length of one scan.
private final class ParserThreadState: @unchecked Sendable {
    let reader: CSVReader
    let input: CSVInput

    init(reader: CSVReader, input: CSVInput) {
        self.reader = reader
        self.input = input
    }
}

/// The reading thread stopped reading: the parser thread stops too.
private struct ParserThreadCancelled: Error {}

/// Batches of records from the parser thread to the reading thread, in order, with at most
/// `capacity` waiting: memory stays a few chunks' worth however large the input.
private final class BatchChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    /// Guarded by `condition`.
    private var waiting: [CSVReader.RecordBatch] = []
    /// Batches received and done with, whose storage the parser fills again.
    private var spares: [CSVReader.RecordBatch] = []
    private var finished = false
    private var cancelled = false

    init(capacity: Int) { self.capacity = capacity }

    /// Waits for room, then queues the batch; `false` once the reader has stopped reading.
    func send(_ batch: CSVReader.RecordBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting.append(batch)
        condition.broadcast()
        return true
    }

    /// Hands a batch the reader is done with back, for the parser to fill again (``spare()``); kept
    /// only while fewer than `capacity` are waiting to be reused.
    func recycle(_ batch: CSVReader.RecordBatch) {
        var batch = batch
        batch.chunk = nil
        condition.lock()
        if spares.count < capacity { spares.append(batch) }
        condition.unlock()
    }

    /// A batch handed back by the reader, to fill again; `nil` when there is none.
    func spare() -> CSVReader.RecordBatch? {
        condition.lock()
        defer { condition.unlock() }
        return spares.popLast()
    }

    /// No more batches will come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for it; `nil` when the parser has finished and all were received.
    func receive() -> CSVReader.RecordBatch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !finished { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }

    /// The reader stops: a waiting or later `send` returns `false`.
    func cancel() {
        condition.lock()
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
