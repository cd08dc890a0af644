internal import CLibXML2

/// What libxml2's SAX callbacks write into while ``XMLStreamReader`` pushes a chunk: the events
/// found so far, the character data not yet closed by markup, and the first failure.
///
/// libxml2 receives it unretained as its `userData`; the reader owns it and outlives the parser.
final class SAXParserState {
    /// The push parser, once created.
    var context: xmlParserCtxtPtr?
    /// The first error or refusal; the reader stops there.
    private(set) var failure: XMLReaderError?

    private var events: [XMLEvent] = []
    private var head = 0
    private var text: [UInt8] = []

    /// When the parser does not substitute entities, libxml2 2.9 hands `&` in attribute values
    /// (from `&amp;` or `&#38;`) over as the five characters `&#38;`, for its own tree builder to
    /// decode again; since no other entity reference gets past this reader, every `&#38;` in a
    /// value then stands for one `&`.
    private let decodesEscapedAmpersands: Bool

    init(decodesEscapedAmpersands: Bool) {
        self.decodesEscapedAmpersands = decodesEscapedAmpersands
    }

    /// The next event already found, if any.
    func nextEvent() -> XMLEvent? {
        guard head < events.count else {
            if head > 0 {
                events.removeAll(keepingCapacity: true)
                head = 0
            }
            return nil
        }
        defer { head += 1 }
        return events[head]
    }

    /// Records `error` unless an earlier one is recorded. Events found after it are dropped, and
    /// the reader stops once the chunk being parsed is done.
    func fail(_ error: XMLReaderError) {
        if failure == nil { failure = error }
    }

    /// The line the parser has reached.
    private var line: Int {
        guard let context else { return 0 }
        return Int(xmlSAX2GetLineNumber(context))
    }

    /// Turns the character data collected since the last markup into one event.
    func flushText() {
        guard !text.isEmpty, failure == nil else { return }
        events.append(.text(String(decoding: text, as: UTF8.self)))
        text.removeAll(keepingCapacity: true)
    }

    // MARK: - Callbacks

    fileprivate func startElement(
        localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, count: Int,
        attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard failure == nil else { return }
        flushText()
        var decoded: [String: String] = [:]
        if let attributes, count > 0 {
            decoded.reserveCapacity(count)
            // Five pointers an attribute: local name, prefix, URI, value start, value end.
            for index in 0..<count {
                let base = attributes + 5 * index
                guard let name = base[0], let start = base[3], let end = base[4] else { continue }
                let value = UnsafeBufferPointer(start: start, count: end - start)
                decoded[Self.qualifiedName(name, base[1])] = attributeValue(value)
            }
        }
        events.append(.startElement(name: Self.qualifiedName(localName, prefix), attributes: decoded, line: tagLine))
    }

    /// The line of the `<` that opened the start tag just parsed. libxml2 calls back with its
    /// cursor at the tag's closing `>` (or `/>`), and the whole tag is still in its input buffer
    /// (UTF-8 by then): count the line breaks back to the `<`, which cannot occur inside the tag.
    private var tagLine: Int {
        let line = self.line
        guard let input = context?.pointee.input?.pointee, let base = input.base, var cursor = input.cur,
              cursor >= base
        else { return line }
        var breaks = 0
        while cursor > base {
            cursor -= 1
            switch cursor.pointee {
            case UInt8(ascii: "<"): return line - breaks
            case UInt8(ascii: "\n"): breaks += 1
            default: break
            }
        }
        return line
    }

    fileprivate func endElement(localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?) {
        guard failure == nil else { return }
        flushText()
        events.append(.endElement(name: Self.qualifiedName(localName, prefix)))
    }

    fileprivate func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        guard failure == nil else { return }
        guard text.count + count <= XMLStreamReader.maximumTextLength else {
            fail(XMLReaderError(
                line: line,
                message: "character data longer than \(XMLStreamReader.maximumTextLength) bytes is not allowed"))
            return
        }
        text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// Called as soon as `<!DOCTYPE name …` is parsed, before any declaration inside it.
    /// Stopping here is what `xmlStopParser` is made for (libxml2 checks for it right after this
    /// callback). It is not called from the other callbacks: it frees the input buffer, which an
    /// error raised during input conversion is still using, and the reader stops after the
    /// chunk anyway.
    fileprivate func refuseDocumentType() {
        fail(XMLReaderError(line: line, message: "document type declaration (DTD) is not allowed"))
        if let context { xmlStopParser(context) }
    }

    fileprivate func refuseEntity(named name: UnsafePointer<xmlChar>?) {
        let shown = name.map { String(cString: $0) } ?? ""
        // No stop here: with no DTD, the entity is undeclared and libxml2 stops on that fatal
        // error by itself.
        fail(XMLReaderError(line: line, message: "entity reference &\(shown); is not allowed"))
    }

    /// Records an error libxml2 reports (warnings are ignored). The parser stops by itself on a
    /// fatal error, and the reader stops after the chunk on any error.
    fileprivate func record(_ error: xmlError) {
        guard failure == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "unknown error"
        while let last = message.last, last.isWhitespace { message.removeLast() }
        let line = error.line > 0 ? Int(error.line) : (context == nil ? nil : self.line)
        let kind = error.domain == Int32(XML_FROM_I18N.rawValue) ? "encoding error" : "malformed XML"
        fail(XMLReaderError(line: line, message: "\(kind): \(message)"))
    }

    // MARK: - Helpers

    private func attributeValue(_ bytes: UnsafeBufferPointer<xmlChar>) -> String {
        let value = String(decoding: bytes, as: UTF8.self)
        guard decodesEscapedAmpersands, bytes.contains(UInt8(ascii: "&")) else { return value }
        return value.replacing("&#38;", with: "&")
    }

    private static func qualifiedName(_ localName: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?) -> String {
        let local = String(cString: localName)
        guard let prefix else { return local }
        return String(cString: prefix) + ":" + local
    }

    fileprivate static func from(_ userData: UnsafeMutableRawPointer) -> SAXParserState {
        Unmanaged<SAXParserState>.fromOpaque(userData).takeUnretainedValue()
    }

    // MARK: - The handler

    /// libxml2's structured error callback: the parser's errors and, while the reader is inside
    /// libxml2, those raised without a parser context.
    static let structuredError: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        SAXParserState.from(userData).record(error.pointee)
    }

    /// The SAX2 handler: elements, character data and CDATA become events; a document type
    /// declaration or an entity lookup is a refusal; everything else (comments, processing
    /// instructions, DTD declarations) has no callback.
    static func handler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = gopy_xml_sax2_magic()
        handler.startElementNs = { userData, localName, prefix, _, _, _, count, _, attributes in
            guard let userData, let localName else { return }
            SAXParserState.from(userData).startElement(localName: localName, prefix: prefix, count: Int(count), attributes: attributes)
        }
        handler.endElementNs = { userData, localName, prefix, _ in
            guard let userData, let localName else { return }
            SAXParserState.from(userData).endElement(localName: localName, prefix: prefix)
        }
        handler.characters = { userData, bytes, count in
            guard let userData, let bytes else { return }
            SAXParserState.from(userData).characters(bytes, count: Int(count))
        }
        handler.cdataBlock = handler.characters
        handler.ignorableWhitespace = handler.characters
        handler.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            SAXParserState.from(userData).refuseDocumentType()
        }
        handler.externalSubset = handler.internalSubset
        // Called for every entity reference except the five built-ins, in content and in
        // attribute values; answering nil after refusing means nothing is ever substituted.
        handler.getEntity = { userData, name in
            if let userData { SAXParserState.from(userData).refuseEntity(named: name) }
            return nil
        }
        handler.getParameterEntity = handler.getEntity
        handler.reference = { userData, name in
            guard let userData else { return }
            SAXParserState.from(userData).refuseEntity(named: name)
        }
        handler.serror = structuredError
        return handler
    }
}
