import GopyXML
import Testing

/// Every event of a document read from memory.
func readAll(_ bytes: [UInt8], encoding: String? = nil) throws(XMLReaderError) -> [XMLEvent] {
    let reader = XMLStreamReader(bytes: bytes, encoding: encoding)
    var events: [XMLEvent] = []
    while let event = try reader.next() { events.append(event) }
    return events
}

func readAll(_ text: String) throws(XMLReaderError) -> [XMLEvent] { try readAll(Array(text.utf8)) }

/// Every event of a document read through the pull callback, at most `chunk` bytes a call.
func pullAll(_ bytes: [UInt8], chunk: Int) throws(XMLReaderError) -> [XMLEvent] {
    var offset = 0
    let reader = XMLStreamReader(read: { buffer in
        let count = min(chunk, buffer.count, bytes.count - offset)
        for index in 0..<count { buffer[index] = bytes[offset + index] }
        offset += count
        return count
    })
    var events: [XMLEvent] = []
    while let event = try reader.next() { events.append(event) }
    return events
}

/// The error reading a document throws, or nil when it reads to the end.
func readError(_ text: String) -> XMLReaderError? {
    do {
        _ = try readAll(text)
        return nil
    } catch {
        return error
    }
}

/// The concatenated text of all `.text` events.
func allText(_ events: [XMLEvent]) -> String {
    events.reduce(into: "") { result, event in
        if case .text(let text) = event { result += text }
    }
}

@Suite struct XMLStreamReaderTests {
    @Test func elementsAttributesTextAndLines() throws {
        let events = try readAll("""
            <?xml version="1.0" encoding="UTF-8"?>
            <root a="1" b='two'>
              <item id="x">first
            line two</item>
              <empty/>
              <!-- a comment is skipped --><?pi skipped?>
              <p:item xmlns:p="urn:x" p:k="v">z</p:item>
            </root>
            """)
        #expect(events == [
            .startElement(name: "root", attributes: ["a": "1", "b": "two"], line: 2),
            .text("\n  "),
            .startElement(name: "item", attributes: ["id": "x"], line: 3),
            .text("first\nline two"),
            .endElement(name: "item"),
            .text("\n  "),
            .startElement(name: "empty", attributes: [:], line: 5),
            .endElement(name: "empty"),
            .text("\n  \n  "),
            .startElement(name: "p:item", attributes: ["p:k": "v"], line: 7),
            .text("z"),
            .endElement(name: "p:item"),
            .text("\n"),
            .endElement(name: "root"),
        ])
    }

    @Test func aStartTagSpanningLinesIsAtTheLineOfItsLessThanSign() throws {
        let events = try readAll("<r\n  a=\"1\"\r\n  b=\"x\ny\"\n  >\n<c\nd=\"x\"/>\n\n  <e\n/></r>")
        #expect(events.compactMap { event -> Int? in
            if case .startElement(_, _, let line) = event { return line }
            return nil
        } == [1, 6, 9])
    }

    @Test func cdataBuiltInEntitiesAndCharacterReferencesAreDecoded() throws {
        let events = try readAll("""
            <r q="a &amp; b &lt; &#38;&#x26; &quot;c&quot; &#233;">x &amp; y &lt;z&gt; &apos;&quot; &#xE0;&#7879;<![CDATA[ <b>&amp;</b> ]]>!</r>
            """)
        #expect(events == [
            .startElement(name: "r", attributes: ["q": "a & b < && \"c\" é"], line: 1),
            .text("x & y <z> '\" à\u{1EC7} <b>&amp;</b> !"),
            .endElement(name: "r"),
        ])
    }

    @Test func aDocumentTypeDeclarationIsRefused() {
        let error = readError("""
            <?xml version="1.0"?>
            <!DOCTYPE r>
            <r/>
            """)
        #expect(error == XMLReaderError(line: 2, message: "document type declaration (DTD) is not allowed"))
    }

    @Test func anExternalEntityIsNeverFetched() throws {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE r [
              <!ENTITY x SYSTEM "file:///etc/passwd">
            ]>
            <r>&x;</r>
            """
        let reader = XMLStreamReader(bytes: Array(document.utf8))
        var seen = ""
        var thrown: XMLReaderError?
        do {
            while let event = try reader.next() { seen += "\(event)" }
        } catch {
            thrown = error
        }
        #expect(thrown?.message == "document type declaration (DTD) is not allowed")
        #expect(!seen.contains("root:"))
        #expect(!(thrown?.message.contains("root:") ?? false))
    }

    @Test func billionLaughsIsRefused() {
        var document = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            document += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        document += "]>\n<lolz>&lol9;</lolz>\n"
        #expect(readError(document)?.message == "document type declaration (DTD) is not allowed")
    }

    @Test func anUndeclaredEntityReferenceIsRefusedWithItsLine() {
        #expect(readError("<r>\n<a>ok</a>\n<b>&nbsp;</b>\n</r>")
            == XMLReaderError(line: 3, message: "entity reference &nbsp; is not allowed"))
        #expect(readError("<r>\n<a k=\"&x;\"/>\n</r>")?.message == "entity reference &x; is not allowed")
    }

    @Test func aMalformedDocumentFailsAtTheRightLineAfterTheEventsBeforeIt() throws {
        let reader = XMLStreamReader(bytes: Array("<r>\n  <a>one</a>\n  <b>unclosed\n</r>\n".utf8))
        #expect(try reader.next() == .startElement(name: "r", attributes: [:], line: 1))
        var events: [XMLEvent] = []
        let error = #expect(throws: XMLReaderError.self) {
            while let event = try reader.next() { events.append(event) }
        }
        #expect(error?.line == 4)
        #expect(error?.message.hasPrefix("malformed XML: ") == true)
        #expect(events.contains(.startElement(name: "b", attributes: [:], line: 3)))
        // The error sticks.
        #expect(throws: XMLReaderError.self) { try reader.next() }
    }

    @Test func otherMalformedDocumentsAreErrors() {
        #expect(readError("") != nil)
        #expect(readError("just text") != nil)
        #expect(readError("<r></r><second/>")?.line == 1)
        #expect(readError("<r>\n\n<a b=\"1\" b=\"2\"/></r>")?.line == 3)
        #expect(readError("<r>\u{1}</r>") != nil)
    }

    @Test func invalidUTF8IsAnError() {
        let bytes: [UInt8] = Array("<r>ab".utf8) + [0xC3, 0x28] + Array("</r>".utf8)
        #expect(throws: XMLReaderError.self) { try readAll(bytes) }
    }

    @Test func linesStayExactPast65535() throws {
        // Ten lines an element, 70 000 lines in all.
        let element = Array("<c>".utf8) + [UInt8](repeating: 0x0A, count: 9) + Array("</c>\n".utf8)
        let document = Array("<r>\n".utf8) + Array(repeating: element, count: 7_000).joined() + Array("</r>\n".utf8)
        let events = try readAll(document)
        let lines = events.compactMap { event -> Int? in
            if case .startElement("c", _, let line) = event { return line }
            return nil
        }
        #expect(lines == (0..<7_000).map { 2 + 10 * $0 })
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let document = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<r k=\"Tổ\">Việt Nam</r>"
        let units = Array(document.utf16)
        let littleEndian: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let expected: [XMLEvent] = [
            .startElement(name: "r", attributes: ["k": "Tổ"], line: 2), .text("Việt Nam"), .endElement(name: "r"),
        ]
        #expect(try readAll(littleEndian) == expected)
        #expect(try readAll(bigEndian) == expected)
        // Read a byte at a time, the byte-order mark is still seen.
        #expect(try pullAll(littleEndian, chunk: 1) == expected)
        #expect(try pullAll(bigEndian, chunk: 1) == expected)
    }

    /// Windows-1258 bytes of "Nguyễn Văn Mẫu" (ễ and ẫ as base letter + combining tilde 0xDE).
    static let nguyenVanMau: [UInt8] = [0x4E, 0x67, 0x75, 0x79, 0xEA, 0xDE, 0x6E, 0x20, 0x56, 0xE3, 0x6E, 0x20, 0x4D, 0xE2, 0xDE, 0x75]
    /// Windows-1258 bytes of "Tổ quốc Việt Nam" (ổ ố ệ with tone bytes 0xD2 0xEC 0xF2).
    static let toQuocVietNam: [UInt8] = [0x54, 0xF4, 0xD2, 0x20, 0x71, 0x75, 0xF4, 0xEC, 0x63, 0x20, 0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0x4E, 0x61, 0x6D]

    @Test func windows1258DeclaredIsDecodedWithTonesAndTheLastLetter() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"windows-1258\"?>\n<r a=\"".utf8) + Self.toQuocVietNam
            + Array("\"><n>".utf8) + Self.nguyenVanMau + Array("</n><t>".utf8) + Self.toQuocVietNam
            + Array("</t><h>H\u{E0}</h></r>".unicodeScalars.map { UInt8($0.value) })
        let events = try readAll(bytes)
        // Swift's == is canonical equivalence: the tone marks are there (decomposed or not),
        // and the letter just before each `<` or `"` survived iconv's look-ahead.
        #expect(events == [
            .startElement(name: "r", attributes: ["a": "Tổ quốc Việt Nam"], line: 2),
            .startElement(name: "n", attributes: [:], line: 2), .text("Nguyễn Văn Mẫu"), .endElement(name: "n"),
            .startElement(name: "t", attributes: [:], line: 2), .text("Tổ quốc Việt Nam"), .endElement(name: "t"),
            .startElement(name: "h", attributes: [:], line: 2), .text("Hà"), .endElement(name: "h"),
            .endElement(name: "r"),
        ])
    }

    @Test func anExplicitEncodingWinsOverTheDeclaration() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><n>".utf8) + Self.nguyenVanMau + Array("</n>".utf8)
        #expect(try allText(readAll(bytes, encoding: "windows-1258")) == "Nguyễn Văn Mẫu")
        #expect(throws: XMLReaderError.self) { try readAll(bytes, encoding: "no-such-encoding") }
    }

    @Test func aByteOrderMarkWinsOverAnExplicitEncoding() throws {
        let document = "<r>Việt</r>"
        let utf8: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(document.utf8)
        let utf16BE: [UInt8] = [0xFE, 0xFF] + document.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try allText(readAll(utf8, encoding: "windows-1258")) == "Việt")
        #expect(try allText(readAll(utf8, encoding: "UTF-8")) == "Việt")
        #expect(try allText(readAll(utf16BE, encoding: "UTF-16")) == "Việt")
    }

    @Test func pullingSmallChunksGivesTheSameEventsAsMemory() throws {
        var document = "<?xml version=\"1.0\"?>\n<r>\n"
        for index in 0..<1_800 {
            document += "<c id=\"\(index)\"\n   s=\"a &amp; b\">Góp ý &lt;\(index)&gt; <![CDATA[x]]>về kinh tế</c>\n"
        }
        document += "</r>\n"
        let bytes = Array(document.utf8)
        #expect(bytes.count > 2 * (1 << 16))  // several of the reader's own chunks
        let expected = try readAll(bytes)
        let lines = expected.compactMap { event -> Int? in
            if case .startElement("c", _, let line) = event { return line }
            return nil
        }
        #expect(lines == (0..<1_800).map { 3 + 2 * $0 })
        for chunk in [1, 7, 4096] {
            #expect(try pullAll(bytes, chunk: chunk) == expected, "chunk size \(chunk)")
        }
    }

    @Test func eventsArriveBeforeTheWholeInputIsRead() throws {
        var document = "<r>\n"
        for index in 0..<50_000 { document += "<c>comment \(index)</c>\n" }
        document += "</r>"
        let bytes = Array(document.utf8)
        var offset = 0
        let reader = XMLStreamReader(read: { buffer in
            let count = min(4096, buffer.count, bytes.count - offset)
            for index in 0..<count { buffer[index] = bytes[offset + index] }
            offset += count
            return count
        })
        while let event = try reader.next() {
            if case .startElement("c", _, _) = event { break }
        }
        #expect(offset <= 1 << 16)
        #expect(offset < bytes.count / 10)
    }

    @Test func aFailingReadIsAnError() {
        var calls = 0
        let reader = XMLStreamReader(read: { buffer in
            calls += 1
            if calls > 1 { return -1 }
            buffer.copyBytes(from: Array("<r><a>".utf8))
            return 6
        })
        let error = #expect(throws: XMLReaderError.self) {
            while try reader.next() != nil {}
        }
        #expect(error?.message == "could not read the input")
    }

    @Test func overlongCharacterDataIsRefused() {
        let document = Array("<r>".utf8) + [UInt8](repeating: 0x61, count: XMLStreamReader.maximumTextLength + 1)
            + Array("</r>".utf8)
        #expect(throws: XMLReaderError.self) { try readAll(document) }
    }
}
