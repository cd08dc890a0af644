internal import CLibXML2

/// A streaming XML reader over libxml2, hardened for documents from outside.
///
/// ```swift
/// let reader = XMLStreamReader(bytes: Array(xml.utf8))
/// while let event = try reader.next() { … }
/// ```
///
/// Bytes are pushed to libxml2's SAX2 push parser a chunk at a time and its callbacks are
/// turned into ``XMLEvent``s, so no tree is built and memory stays flat however large the
/// document is. (libxml2's `xmlTextReader` was not used: it parses ahead of the node it returns,
/// so `xmlTextReaderGetParserLineNumber` is off by up to a chunk, and the line it stores in
/// nodes stops at 65 535.)
///
/// What a hostile document cannot do:
/// - A document type declaration is refused as soon as `<!DOCTYPE` is parsed, before any of its
///   declarations are read, so no DTD is loaded and no entity is declared.
/// - Any entity reference other than the five built-ins (`&amp;` `&lt;` `&gt;` `&quot;`
///   `&apos;`) is refused; character references (`&#xE0;`) are decoded as usual.
/// - Nothing is fetched from the network (`XML_PARSE_NONET`); entity substitution
///   (`XML_PARSE_NOENT`), DTD loading and libxml2's huge-document mode are never turned on, so
///   its default limits (nesting depth, name length, …) apply. A run of character data longer
///   than ``maximumTextLength`` is refused.
/// - libxml2 prints nothing: its errors, including those raised outside the parser (encoding
///   conversion), are captured while this reader calls into it and become an ``XMLReaderError``.
///
/// Encodings are libxml2's: a byte-order mark, else an explicit `encoding` if one is given, else
/// the first bytes (UTF-16 LE/BE, UTF-8) and the XML declaration's `encoding` (built-in ones, or
/// iconv's, e.g. `windows-1258`).
///
/// The reader is not `Sendable`: use it from one task at a time. It never calls
/// `xmlCleanupParser`.
public final class XMLStreamReader {
    /// The longest run of character data accepted, in UTF-8 bytes (libxml2's own limit for a
    /// text node without huge mode).
    public static let maximumTextLength = 10_000_000

    /// Bytes handed to libxml2 per push.
    static let chunkSize = 1 << 16

    private enum Input {
        case memory([UInt8])
        case pull((UnsafeMutableRawBufferPointer) -> Int)
    }

    private let state: SAXParserState
    private var input: Input
    /// How far `.memory` input has been pushed.
    private var offset = 0
    /// Where `.pull` input is read into.
    private var buffer: [UInt8] = []
    private let encoding: String?
    /// Set once the last chunk has been pushed (or the parse failed).
    private var finished = false

    /// Reads a document held in memory.
    /// - Parameters:
    ///   - bytes: the document's bytes, in whatever encoding it declares.
    ///   - encoding: an encoding name libxml2 or iconv knows (`"UTF-8"`, `"windows-1258"`), to use
    ///     instead of what the document declares; nil to follow the document. A byte-order mark
    ///     wins over it.
    public convenience init(bytes: [UInt8], encoding: String? = nil) {
        self.init(input: .memory(bytes), encoding: encoding, decodesEscapedAmpersands: nil)
    }

    /// Reads a document from a pull callback, a chunk at a time.
    /// - Parameters:
    ///   - read: fills the start of the buffer it is given and returns how many bytes it wrote;
    ///     0 at the end of the document, -1 when the input cannot be read (the reader then throws
    ///     "could not read the input"; keep the underlying error on your side if you need it).
    ///   - encoding: as in ``init(bytes:encoding:)``.
    public convenience init(read: @escaping (UnsafeMutableRawBufferPointer) -> Int, encoding: String? = nil) {
        self.init(input: .pull(read), encoding: encoding, decodesEscapedAmpersands: nil)
    }

    /// `decodesEscapedAmpersands`: nil to follow what this libxml2 does (see
    /// ``SAXParserState/decodesEscapedAmpersands``); the probe that finds out passes false.
    private init(input: Input, encoding: String?, decodesEscapedAmpersands: Bool?) {
        self.input = input
        self.encoding = encoding
        self.state = SAXParserState(
            decodesEscapedAmpersands: decodesEscapedAmpersands ?? libxml2EscapesAmpersandsInAttributes
        )
    }

    deinit {
        if let context = state.context { xmlFreeParserCtxt(context) }
    }

    /// The next event, or nil after the end of the document.
    ///
    /// Events that precede an error in the document are delivered before the error is thrown.
    /// - Throws: ``XMLReaderError`` when the document is malformed or refused, or the input
    ///   cannot be read; every later call throws the same error.
    public func next() throws(XMLReaderError) -> XMLEvent? {
        while true {
            if let event = state.nextEvent() { return event }
            if let failure = state.failure {
                finish()
                throw failure
            }
            if finished { return nil }
            pushNextChunk()
        }
    }

    // MARK: - Feeding libxml2

    /// Reads the next chunk of input and pushes it, creating the parser on the first call.
    private func pushNextChunk() {
        switch input {
        case .memory(let bytes):
            let start = offset
            offset = min(bytes.count, start + Self.chunkSize)
            bytes.withUnsafeBufferPointer { all in
                push(UnsafeBufferPointer(rebasing: all[start..<offset]), isLast: offset == bytes.count)
            }
        case .pull(let read):
            if buffer.isEmpty { buffer = [UInt8](repeating: 0, count: Self.chunkSize) }
            // The parser is created with the first four bytes (see `push`): gather them first.
            let wanted = state.context == nil ? 4 : 1
            var count = 0
            var atEnd = false
            while count < wanted {
                let read = buffer.withUnsafeMutableBytes { read(UnsafeMutableRawBufferPointer(rebasing: $0[count...])) }
                guard read >= 0, read <= buffer.count - count else {
                    state.fail(XMLReaderError(line: nil, message: "could not read the input"))
                    return
                }
                if read == 0 {
                    atEnd = true
                    break
                }
                count += read
            }
            buffer.withUnsafeBufferPointer { all in
                push(UnsafeBufferPointer(rebasing: all[..<count]), isLast: atEnd)
            }
        }
    }

    /// Hands `bytes` to libxml2; `isLast` terminates the document.
    private func push(_ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool) {
        withErrorsCaptured {
            var bytes = bytes
            if state.context == nil {
                // libxml2 detects a byte-order mark or UTF-16 from the first four bytes only when
                // they come with the context (what xmlTextReader does too). A byte-order mark
                // wins over an explicit encoding, which libxml2 would otherwise read it in.
                let hasByteOrderMark = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]].contains { bytes.starts(with: $0) }
                let encoding = hasByteOrderMark ? nil : self.encoding
                let head = encoding == nil ? min(4, bytes.count) : 0
                guard createContext(firstBytes: UnsafeBufferPointer(rebasing: bytes[..<head]), encoding: encoding)
                else { return }
                bytes = UnsafeBufferPointer(rebasing: bytes[head...])
            }
            guard let context = state.context else { return }
            let status = bytes.withMemoryRebound(to: CChar.self) { chars in
                xmlParseChunk(context, chars.baseAddress, Int32(chars.count), isLast ? 1 : 0)
            }
            if status != 0, state.failure == nil, context.pointee.wellFormed == 0 {
                state.fail(XMLReaderError(
                    line: Int(xmlSAX2GetLineNumber(context)), message: "malformed XML (libxml2 error \(status))"))
            }
        }
        if isLast {
            state.flushText()
            finished = true
        }
    }

    /// Creates the push parser with the SAX callbacks, the options and the encoding.
    private func createContext(firstBytes: UnsafeBufferPointer<UInt8>, encoding: String?) -> Bool {
        var handler = SAXParserState.handler()
        let userData = Unmanaged.passUnretained(state).toOpaque()
        let context = firstBytes.withMemoryRebound(to: CChar.self) { chars in
            xmlCreatePushParserCtxt(&handler, userData, chars.baseAddress, Int32(chars.count), nil)
        }
        guard let context else {
            state.fail(XMLReaderError(line: nil, message: "libxml2 could not create a parser"))
            return false
        }
        state.context = context
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue
        if encoding != nil { options |= XML_PARSE_IGNORE_ENC.rawValue }
        _ = xmlCtxtUseOptions(context, Int32(bitPattern: options))
        if let encoding {
            guard let encoder = xmlFindCharEncodingHandler(encoding) else {
                state.fail(XMLReaderError(line: nil, message: "unsupported encoding \(encoding)"))
                return false
            }
            guard xmlSwitchToEncoding(context, encoder) == 0 else {
                state.fail(XMLReaderError(line: nil, message: "cannot switch to encoding \(encoding)"))
                return false
            }
        }
        return true
    }

    /// Runs `body` with this thread's libxml2 structured error handler pointing at `state`, so
    /// that errors libxml2 raises without a parser context (encoding conversion) are captured
    /// instead of printed; the previous handler is restored afterwards.
    private func withErrorsCaptured(_ body: () -> Void) {
        let previousHandler = gopy_xml_structured_error()
        let previousContext = gopy_xml_structured_error_context()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(state).toOpaque(), SAXParserState.structuredError)
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }
        body()
    }

    /// Stops for good: frees the parser (its buffers) once nothing more will be read.
    private func finish() {
        finished = true
        if let context = state.context {
            xmlFreeParserCtxt(context)
            state.context = nil
        }
        input = .memory([])
        buffer = []
    }

    // MARK: - What this libxml2 does with `&amp;` in attribute values

    /// Parses `<a b="&amp;"/>` once and reports whether libxml2 handed the value over as
    /// `&#38;`. libxml2 2.9 does this when it does not substitute entities (it expects its own
    /// tree builder to decode the value again); later versions may not.
    fileprivate static func probeEscapedAmpersands() -> Bool {
        let probe = XMLStreamReader(
            input: .memory(Array(#"<a b="&amp;"/>"#.utf8)), encoding: nil,
            decodesEscapedAmpersands: false)
        guard case .startElement(_, let attributes, _)? = try? probe.next() else { return false }
        return attributes["b"] == "&#38;"
    }
}

/// Whether this process's libxml2 hands `&` in attribute values over as `&#38;`; found out once.
private let libxml2EscapesAmpersandsInAttributes: Bool = {
    xmlInitParser()
    return XMLStreamReader.probeEscapedAmpersands()
}()
