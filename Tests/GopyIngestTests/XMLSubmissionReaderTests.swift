import GopyIngest
import GopyModel
import Testing

@Suite struct XMLSubmissionReaderTests {
    func parse(_ text: String) throws(FileProblem) -> ParsedFile {
        try XMLSubmissionReader.read(MemoryByteSource(text))
    }

    func problem(_ text: String) -> FileProblem? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    static let submission = """
        <?xml version="1.0" encoding="UTF-8"?>
        <submission draft="bcct-xvii" round="2" received="2020-03-28">
          <source id="mttq-tinh" kind="front"> Ủy ban MTTQ Việt Nam tỉnh </source>
          <comment id="PB-01" section="Phần thứ nhất, mục I.1">
            <author>Nguyễn Văn Mẫu</author>
            <email>mau@example.org</email>
            <phone>0900 000 000</phone>
            <address>Số 1, đường Thử, phường Mẫu</address>
            <text>Đề nghị bổ sung nội dung về chuyển đổi số.
        Cần nêu rõ lộ trình.</text>
          </comment>
          <comment id="PB-02">
            <section>mục 2.3</section>
            <received>2020-03-27</received>
            <text> Tôi hoàn toàn nhất trí với dự thảo. </text>
          </comment>
          <comments>
            <comment><text>Không có mã, <b>nhấn mạnh</b> vẫn là nội dung.</text></comment>
          </comments>
        </submission>
        """

    @Test func aNormalSubmission() throws {
        let parsed = try parse(Self.submission)
        #expect(parsed.metadata == FileMetadata(
            draft: "bcct-xvii", round: 2, sourceHint: "Ủy ban MTTQ Việt Nam tỉnh", sourceID: "mttq-tinh",
            sourceKind: .front, received: "2020-03-28"))
        #expect(parsed.problems.isEmpty)
        #expect(parsed.comments == [
            RawComment(
                locator: Locator(line: 4, record: 1), externalID: "PB-01",
                text: "Đề nghị bổ sung nội dung về chuyển đổi số.\nCần nêu rõ lộ trình.",
                sectionReference: "Phần thứ nhất, mục I.1",
                personal: PersonalData(
                    author: "Nguyễn Văn Mẫu", address: "Số 1, đường Thử, phường Mẫu", phone: "0900 000 000",
                    email: "mau@example.org")),
            RawComment(
                locator: Locator(line: 12, record: 2), externalID: "PB-02",
                text: " Tôi hoàn toàn nhất trí với dự thảo. ", sectionReference: "mục 2.3", received: "2020-03-27"),
            RawComment(locator: Locator(line: 18, record: 3), text: "Không có mã, nhấn mạnh vẫn là nội dung."),
        ])
    }

    @Test func cdataAndBuiltInEntitiesAreText() throws {
        let parsed = try parse("""
            <submission><comment id="a&amp;b"><text>Tỷ lệ &lt; 5% &amp; &#x111;ạt <![CDATA[<chưa> & "đủ"]]></text></comment></submission>
            """)
        #expect(parsed.comments.map(\.text) == ["Tỷ lệ < 5% & đạt <chưa> & \"đủ\""])
        #expect(parsed.comments.first?.externalID == "a&b")
    }

    @Test func anExternalEntityIsRefusedAndNeverRead() {
        let problem = problem("""
            <?xml version="1.0"?>
            <!DOCTYPE submission [
              <!ENTITY x SYSTEM "file:///etc/passwd">
            ]>
            <submission><comment><text>&x;</text></comment></submission>
            """)
        #expect(problem == FileProblem(line: 2, reason: "document type declaration (DTD) is not allowed"))
    }

    @Test func billionLaughsIsRefused() {
        var document = "<?xml version=\"1.0\"?>\n<!DOCTYPE submission [\n<!ENTITY a0 \"ha\">\n"
        for level in 1...10 {
            document += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">\n"
        }
        document += "]>\n<submission><comment><text>&a10;</text></comment></submission>\n"
        #expect(problem(document)?.reason == "document type declaration (DTD) is not allowed")
    }

    @Test func aDocumentTypeDeclarationIsRefused() {
        #expect(problem("<?xml version=\"1.0\"?>\n\n<!DOCTYPE submission SYSTEM \"submission.dtd\">\n<submission/>")
            == FileProblem(line: 3, reason: "document type declaration (DTD) is not allowed"))
    }

    @Test func anUndeclaredEntityIsRefused() {
        #expect(problem("<submission>\n<comment><text>a&nbsp;b</text></comment>\n</submission>")
            == FileProblem(line: 2, reason: "entity reference &nbsp; is not allowed"))
    }

    @Test func aMalformedDocumentIsRejectedWhole() {
        let problem = problem("""
            <submission>
              <comment id="1"><text>Ý kiến một.</text></comment>
              <comment id="2"><text>Ý kiến hai.</comment>
            </submission>
            """)
        #expect(problem?.line == 3)
        #expect(problem?.reason.hasPrefix("malformed XML") == true)
    }

    @Test func aWrongRootIsRejected() {
        #expect(problem("<?xml version=\"1.0\"?>\n<gopy><comment><text>x</text></comment></gopy>")
            == FileProblem(line: 2, reason: "the root element is <gopy>, not <submission>"))
    }

    @Test func aCommentWithoutTextIsARecordProblemAndTheOthersAreKept() throws {
        let parsed = try parse("""
            <submission>
              <comment id="1"><text>Một.</text></comment>
              <comment id="2"><text>  \n </text></comment>
              <comment id="3"><author>Trần Thị Thử</author></comment>
              <comment id="4"><text>Bốn.</text></comment>
            </submission>
            """)
        #expect(parsed.comments.map(\.externalID) == ["1", "4"])
        #expect(parsed.comments.map(\.locator) == [Locator(line: 2, record: 1), Locator(line: 6, record: 4)])
        #expect(parsed.problems == [
            RecordProblem(line: 3, record: 2, reason: "comment text is empty"),
            // The blank text above holds a line break: this comment starts on line 5.
            RecordProblem(line: 5, record: 3, reason: "comment has no <text>"),
        ])
    }

    @Test func anInvalidRoundOrKindIsIgnoredWithAWarning() throws {
        let parsed = try parse("""
            <submission round="hai">
            <source kind="province">Tỉnh ủy</source>
            <comment><text>x</text></comment>
            </submission>
            """)
        #expect(parsed.metadata.round == nil)
        #expect(parsed.metadata.sourceKind == nil)
        #expect(parsed.metadata.sourceHint == "Tỉnh ủy")
        #expect(parsed.comments.count == 1)
        #expect(parsed.problems.map(\.line) == [1, 2])
        #expect(parsed.problems.allSatisfy { $0.isWarning })
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let units = Array(Self.submission.replacing("encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"").utf16)
        let littleEndian: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let expected = try parse(Self.submission)
        #expect(try XMLSubmissionReader.read(MemoryByteSource(littleEndian)) == expected)
        #expect(try XMLSubmissionReader.read(MemoryByteSource(bigEndian)) == expected)
    }

    /// Windows-1258 bytes (see the reference table's cp1258_hex): tones are separate combining
    /// bytes (0xCC grave, 0xEC acute, 0xDE tilde, 0xD2 hook, 0xF2 dot below).
    static let cp1258: [String: [UInt8]] = [
        // "Ủy ban MTTQ Việt Nam tỉnh"
        "source": [0x55, 0xD2, 0x79, 0x20, 0x62, 0x61, 0x6E, 0x20, 0x4D, 0x54, 0x54, 0x51, 0x20, 0x56, 0x69, 0xEA, 0xF2,
                   0x74, 0x20, 0x4E, 0x61, 0x6D, 0x20, 0x74, 0x69, 0xD2, 0x6E, 0x68],
        // "Nguyễn Văn Mẫu"
        "author": [0x4E, 0x67, 0x75, 0x79, 0xEA, 0xDE, 0x6E, 0x20, 0x56, 0xE3, 0x6E, 0x20, 0x4D, 0xE2, 0xDE, 0x75],
        // "Góp ý về phát triển kinh tế, cần đẩy mạnh nông nghiệp"
        "text": [0x47, 0xF3, 0x70, 0x20, 0x79, 0xEC, 0x20, 0x76, 0xEA, 0xCC, 0x20, 0x70, 0x68, 0xE1, 0x74, 0x20, 0x74,
                 0x72, 0x69, 0xEA, 0xD2, 0x6E, 0x20, 0x6B, 0x69, 0x6E, 0x68, 0x20, 0x74, 0xEA, 0xEC, 0x2C, 0x20, 0x63,
                 0xE2, 0xCC, 0x6E, 0x20, 0xF0, 0xE2, 0xD2, 0x79, 0x20, 0x6D, 0x61, 0xF2, 0x6E, 0x68, 0x20, 0x6E, 0xF4,
                 0x6E, 0x67, 0x20, 0x6E, 0x67, 0x68, 0x69, 0xEA, 0xF2, 0x70],
        // "Tổ" (ends in a tone byte right before markup)
        "short": [0x54, 0xF4, 0xD2],
    ]

    static func windows1258Document(declared: Bool) -> [UInt8] {
        let declaration = declared ? "<?xml version=\"1.0\" encoding=\"windows-1258\"?>\n" : ""
        return Array("\(declaration)<submission>\n<source>".utf8) + cp1258["source"]!
            + Array("</source>\n<comment><author>".utf8) + cp1258["author"]!
            + Array("</author><text>".utf8) + cp1258["text"]!
            + Array("</text></comment>\n<comment section=\"".utf8) + cp1258["short"]!
            + Array("\"><text>".utf8) + cp1258["short"]! + Array("</text></comment>\n</submission>\n".utf8)
    }

    @Test func windows1258IsDecodedWithItsTonesAndLastLetters() throws {
        let parsed = try XMLSubmissionReader.read(MemoryByteSource(Self.windows1258Document(declared: true)))
        // String == is canonical equivalence: each tone came out (composed or not) and the
        // letter before each `<` survived iconv holding it back for a possible tone.
        #expect(parsed.metadata.sourceHint == "Ủy ban MTTQ Việt Nam tỉnh")
        #expect(parsed.comments.map(\.personal.author) == ["Nguyễn Văn Mẫu", nil])
        #expect(parsed.comments.map(\.text) == ["Góp ý về phát triển kinh tế, cần đẩy mạnh nông nghiệp", "Tổ"])
        #expect(parsed.comments.map(\.sectionReference) == [nil, "Tổ"])
        #expect(parsed.comments.map(\.locator.line) == [4, 5])
        // libxml2 hands over what glibc's iconv gives: base letter and tone byte composed into
        // one precomposed letter wherever Unicode has one.
        let author = parsed.comments[0].personal.author.map { Array($0.unicodeScalars) }
        #expect(author == Array("Nguy\u{1EC5}n V\u{103}n M\u{1EAB}u".unicodeScalars))
    }

    @Test func anExplicitEncodingReadsAnUndeclaredLegacyFile() throws {
        let bytes = Self.windows1258Document(declared: false)
        let parsed = try XMLSubmissionReader.read(MemoryByteSource(bytes), encoding: "windows-1258")
        #expect(parsed.comments.map(\.personal.author) == ["Nguyễn Văn Mẫu", nil])
        // Read as UTF-8 instead, the same bytes are not well-formed.
        #expect(throws: FileProblem.self) { try XMLSubmissionReader.read(MemoryByteSource(bytes)) }
    }

    @Test(arguments: [1, 3, 64])
    func smallReadsGiveTheSameResult(chunk: Int) throws {
        let bytes = Array(Self.submission.utf8)
        #expect(try XMLSubmissionReader.read(ChunkedXMLByteSource(bytes: bytes, chunk: chunk)) == parse(Self.submission))
    }

    @Test func aFailingReadRejectsTheFile() {
        let problem = #expect(throws: FileProblem.self) {
            try XMLSubmissionReader.read(ChunkedXMLByteSource(bytes: Array(Self.submission.utf8), chunk: 16, failAfter: 40))
        }
        #expect(problem?.reason.hasPrefix("could not read the file") == true)
    }
}

/// Bytes delivered a few at a time, optionally failing part-way.
private struct ChunkedXMLByteSource: ByteSource {
    var bytes: [UInt8]
    var chunk: Int
    var failAfter: Int? = nil

    struct Failure: Error {}

    struct Stream: ByteStream {
        var source: ChunkedXMLByteSource
        var offset = 0

        mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            if let limit = source.failAfter, offset >= limit { throw Failure() }
            let count = min(source.chunk, buffer.count, source.bytes.count - offset)
            for index in 0..<count { buffer[index] = source.bytes[offset + index] }
            offset += count
            return count
        }
    }

    func open() throws -> any ByteStream { Stream(source: self) }
}
