/// A streaming RFC 4180 reader of UTF-8 bytes.
///
/// Push bytes in with ``consume(_:_:)`` in chunks of any size (a chunk may end anywhere:
/// inside a quoted field, between the two quotes of `""`, between CR and LF); each complete
/// record is handed to `emit` as soon as its line end is seen. Call ``finish(_:)`` once at the
/// end of the input for the last record.
///
/// What it accepts:
/// - fields separated by ``delimiter``; records ended by LF, CRLF or a lone CR, the last one
///   possibly without a line end;
/// - quoted fields holding delimiters, `""` for a quote, and line breaks (kept as they are:
///   CRLF inside a field stays CRLF);
/// - a leading UTF-8 byte order mark, skipped;
/// - blank lines (nothing between two line ends), skipped: they are not records;
/// - leniently, a quote inside an unquoted field (kept literally) and text after a closing
///   quote (appended to the field), as most readers do.
///
/// The only error is a quoted field still open at the end of the input (``CSVError``).
///
/// Memory is bounded: a record longer than ``maximumRecordSize`` bytes (in practice, a quote
/// left open that swallows the rest of the file up to the next quote) is not held whole; it
/// is emitted with ``CSVRecord/isTruncated`` set and its fields cut short.
///
/// The parser works on bytes only; a field is decoded from UTF-8 when the ``CSVRecord`` is
/// asked for it.
public struct CSVParser: Sendable {
    /// The field separator: `,`, `;`, tab or any other ASCII byte except `"`, CR and LF.
    public let delimiter: UInt8
    /// The most field bytes a record may hold; bytes past it are dropped and the record is
    /// marked ``CSVRecord/isTruncated``.
    public let maximumRecordSize: Int

    /// The default ``maximumRecordSize``: 16 MiB, far beyond any real comment.
    public static let defaultMaximumRecordSize = 16 << 20

    /// Where the parser stands between two bytes.
    enum State: Sendable {
        /// No byte of the next record seen yet (start of input, or after a line end).
        case recordStart
        /// After a delimiter: a field has begun and is empty so far.
        case fieldStart
        /// Inside a field that did not open with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Inside a quoted field, just after a quote: the closing one, or the first of `""`.
        case quoteInQuoted
    }

    private var state: State = .recordStart
    /// 1-based line of the next byte.
    private var line = 1
    /// Line where the record being read starts.
    private var recordLine = 1
    /// Index the record being read will have.
    private var recordIndex = 0
    /// The current record's field bytes so far.
    private var bytes: [UInt8] = []
    /// End offsets in `bytes` of the current record's finished fields.
    private var ends: [Int] = []
    /// Whether bytes of the current record were dropped for ``maximumRecordSize``.
    private var truncated = false
    /// Whether the last byte of the previous chunk was CR (so an LF starting this chunk
    /// completes a CRLF instead of starting a new line).
    private var lastByteWasCR = false
    /// How many bytes of the UTF-8 byte order mark have been matched at the start of input.
    private var bomMatched = 0
    /// Whether the start of the input has been checked for a byte order mark.
    private var bomDecided = false

    /// A parser for fields separated by `delimiter`, holding at most `maximumRecordSize`
    /// bytes of a record.
    public init(delimiter: UInt8 = UInt8(ascii: ","), maximumRecordSize: Int = defaultMaximumRecordSize) {
        precondition(
            delimiter != .quote && delimiter != .cr && delimiter != .lf,
            "a CSV delimiter cannot be a quote or a line end")
        self.delimiter = delimiter
        self.maximumRecordSize = max(0, maximumRecordSize)
        bytes.reserveCapacity(1024)
        ends.reserveCapacity(16)
    }

    /// Reads the next `chunk` of input, calling `emit` for every record it completes, in order.
    /// If `emit` throws, the error is passed on and the parser should not be used further.
    public mutating func consume(
        _ chunk: UnsafeRawBufferPointer, _ emit: (CSVRecord) throws -> Void
    ) rethrows {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        let p = base.assumingMemoryBound(to: UInt8.self)
        let n = chunk.count
        var start = 0
        while !bomDecided && start < n {
            if p[start] == Self.byteOrderMark[bomMatched] {
                bomMatched += 1
                start += 1
                if bomMatched == Self.byteOrderMark.count { bomDecided = true }
            } else {
                bomDecided = true
                try replayPartialByteOrderMark(emit)
            }
        }
        if start < n {
            try scan(p + start, n - start, emit)
        }
    }

    /// Ends the input: emits the last record if it had no line end, and resets the parser to
    /// read a new input.
    ///
    /// - Throws: ``CSVError`` when a quoted field is still open (the records before it have
    ///   been emitted already); or what `emit` throws.
    public mutating func finish(_ emit: (CSVRecord) throws -> Void) throws {
        defer { self = CSVParser(delimiter: delimiter, maximumRecordSize: maximumRecordSize) }
        if !bomDecided {
            bomDecided = true
            try replayPartialByteOrderMark(emit)
        }
        switch state {
        case .recordStart:
            break
        case .fieldStart, .unquoted, .quoteInQuoted:
            try endRecord(emit)
        case .quoted:
            throw CSVError(
                line: recordLine, index: recordIndex,
                reason: "unterminated quoted field from line \(recordLine) to end of input")
        }
    }

    /// Reads a whole input held in memory: ``consume(_:_:)`` then ``finish(_:)``. For tests and
    /// small inputs.
    public mutating func parse(
        _ input: some Sequence<UInt8>, _ emit: (CSVRecord) throws -> Void
    ) throws {
        let bytes = Array(input)
        try bytes.withUnsafeBytes { try consume($0, emit) }
        try finish(emit)
    }

    // MARK: - The byte loop

    /// UTF-8 encoded U+FEFF.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Feeds the bytes of a byte order mark matched so far, which turned out not to be one,
    /// through the parser as ordinary input.
    private mutating func replayPartialByteOrderMark(_ emit: (CSVRecord) throws -> Void) rethrows {
        let matched = bomMatched
        bomMatched = 0
        guard matched > 0 else { return }
        try Self.byteOrderMark.withUnsafeBufferPointer { bom in
            try scan(bom.baseAddress!, matched, emit)
        }
    }

    /// The state machine over `n` bytes at `p`.
    private mutating func scan(
        _ p: UnsafePointer<UInt8>, _ n: Int, _ emit: (CSVRecord) throws -> Void
    ) rethrows {
        let delimiter = self.delimiter
        var i = 0
        loop: while i < n {
            switch state {
            case .recordStart:
                let b = p[i]
                if b == .lf {
                    // A blank line, or the LF of a CRLF that ended the previous line.
                    let afterCR = i > 0 ? p[i - 1] == .cr : lastByteWasCR
                    if !afterCR { line += 1 }
                    i += 1
                } else if b == .cr {
                    line += 1
                    i += 1
                } else {
                    recordLine = line
                    state = .fieldStart
                }

            case .fieldStart:
                if p[i] == .quote {
                    state = .quoted
                    i += 1
                } else {
                    state = .unquoted
                }

            case .unquoted:
                var j = i
                while j < n {
                    let b = p[j]
                    if b == delimiter || b == .lf || b == .cr { break }
                    j += 1
                }
                if j > i { append(p + i, j - i) }
                i = j
                guard j < n else { break loop }
                if p[j] == delimiter {
                    ends.append(bytes.count)
                    state = .fieldStart
                } else {
                    // CR or LF (never the LF of a CRLF: the CR has ended the record already).
                    try endRecord(emit)
                    line += 1
                    state = .recordStart
                }
                i += 1

            case .quoted:
                var j = i
                while j < n {
                    let b = p[j]
                    if b == .quote || b == .lf || b == .cr { break }
                    j += 1
                }
                if j > i { append(p + i, j - i) }
                i = j
                guard j < n else { break loop }
                let b = p[j]
                if b == .quote {
                    state = .quoteInQuoted
                } else {
                    // A line break inside the field: part of the value, and a new line.
                    if b == .cr || !(j > 0 ? p[j - 1] == .cr : lastByteWasCR) { line += 1 }
                    append(b)
                }
                i += 1

            case .quoteInQuoted:
                let b = p[i]
                if b == .quote {
                    append(.quote)
                    state = .quoted
                    i += 1
                } else if b == delimiter {
                    ends.append(bytes.count)
                    state = .fieldStart
                    i += 1
                } else if b == .cr || b == .lf {
                    try endRecord(emit)
                    line += 1
                    state = .recordStart
                    i += 1
                } else {
                    // Lenient: text after the closing quote continues the field.
                    state = .unquoted
                }
            }
        }
        lastByteWasCR = p[n - 1] == .cr
    }

    /// Adds a run of field bytes to the current record, unless it would pass the maximum size.
    @inline(__always) private mutating func append(_ run: UnsafePointer<UInt8>, _ count: Int) {
        if bytes.count + count <= maximumRecordSize {
            bytes.append(contentsOf: UnsafeBufferPointer(start: run, count: count))
        } else {
            truncated = true
        }
    }

    /// Adds one field byte to the current record, unless it would pass the maximum size.
    @inline(__always) private mutating func append(_ byte: UInt8) {
        if bytes.count < maximumRecordSize {
            bytes.append(byte)
        } else {
            truncated = true
        }
    }

    /// Closes the last field, hands the record over and starts the next one.
    private mutating func endRecord(_ emit: (CSVRecord) throws -> Void) rethrows {
        ends.append(bytes.count)
        // Exact-size copies, so the working buffers stay unshared and keep their capacity.
        let record = CSVRecord(
            line: recordLine, index: recordIndex,
            bytes: bytes.withUnsafeBufferPointer { Array($0) },
            ends: ends.withUnsafeBufferPointer { Array($0) },
            isTruncated: truncated)
        truncated = false
        recordIndex += 1
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        try emit(record)
    }
}

extension UInt8 {
    static var quote: UInt8 { 0x22 }
    static var cr: UInt8 { 0x0D }
    static var lf: UInt8 { 0x0A }
}
