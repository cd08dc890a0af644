import Foundation
import GopyIngest
import GopyModel
import Testing

@Suite("CSVCommentReader")
struct CSVCommentReaderTests {
    /// Reads `text` as a CSV file delivered in chunks of `chunkSize` bytes.
    static func read(_ text: String, chunkSize: Int = 1 << 16) throws(FileProblem) -> ParsedFile {
        var stream = MemoryUTF8ChunkStream(text, chunkSize: chunkSize)
        return try CSVCommentReader.read(&stream)
    }

    // MARK: Header names

    @Test(
        "Vietnamese headers are found whatever their case, diacritics, spacing or punctuation",
        arguments: [
            "STT,NỘI DUNG GÓP Ý,Họ và tên,Số điện thoại",
            "stt,noi dung gop y,ho va ten,so dien thoai",
            "Stt , Nội  dung   góp ý: ,HỌ VÀ TÊN,\"Số điện thoại (*)\"",
            "S.T.T,Noi-dung_gop-y,Ho  Va  Ten,SO DIEN THOAI",
            "Mã,Ý kiến,Họ tên,Điện thoại",
            "id,text,author,phone",
        ])
    func headerVariants(header: String) throws {
        let parsed = try Self.read(header + "\n7,Đề nghị làm rõ khái niệm,Nguyễn Văn An,0912 000 111\n")
        #expect(parsed.problems.isEmpty)
        let comment = try #require(parsed.comments.first)
        #expect(comment.externalID == "7")
        #expect(comment.text == "Đề nghị làm rõ khái niệm")
        #expect(comment.personal == PersonalData(author: "Nguyễn Văn An", phone: "0912 000 111"))
    }

    @Test("every header name in the contract reads as its field, NFD spellings included")
    func contractAliases() {
        let contract: [(CSVField, [String])] = [
            (.text, ["text", "Nội dung", "Nội dung góp ý", "Ý kiến", "Ý kiến góp ý"]),
            (.section, ["section", "Mục", "Phần/mục góp ý", "Phần, mục"]),
            (.id, ["id", "STT", "Mã"]),
            (.author, ["author", "Họ và tên", "Họ tên"]),
            (.address, ["address", "Địa chỉ"]),
            (.phone, ["phone", "Số điện thoại", "Điện thoại"]),
            (.email, ["email", "Thư điện tử"]),
            (.received, ["received", "Ngày gửi", "Ngày"]),
            (.source, ["source", "Đơn vị", "Nguồn"]),
        ]
        for (field, names) in contract {
            for name in names {
                #expect(CSVColumns.field(named: name) == field, "\(name)")
                #expect(CSVColumns.field(named: name.uppercased()) == field, "\(name.uppercased())")
                #expect(CSVColumns.field(named: name.decomposedForTest) == field, "NFD \(name)")
            }
        }
        #expect(CSVColumns.field(named: "Nội dung ý kiến") == .text)
        #expect(CSVColumns.field(named: "Họ và tên người góp ý") == .author)
        #expect(CSVColumns.field(named: "SĐT") == .phone)
        #expect(CSVColumns.field(named: "E-mail") == .email)
        #expect(CSVColumns.field(named: "Ngày sinh") == nil)
        #expect(CSVColumns.field(named: "Ghi chú") == nil)
    }

    @Test("no header name reads as two fields")
    func aliasesAreUnambiguous() {
        for field in CSVField.allCases {
            for alias in field.aliases {
                #expect(CSVColumns.field(named: alias) == field, "\(alias) is listed for \(field)")
            }
        }
    }

    // MARK: Whole files

    @Test("a semicolon-delimited Excel-style file: BOM, CRLF, commas in unquoted text, quoted semicolons")
    func excelSemicolonFile() throws {
        let text =
            "\u{FEFF}STT;Họ và tên;Địa chỉ;Nội dung góp ý;Phần, mục\r\n"
            + "1;Trần Thị Bình;Xã Ea Phê, huyện Krông Pắc;Đề nghị bổ sung, làm rõ vai trò kinh tế tư nhân;Phần thứ nhất, mục I.1\r\n"
            + "2;Lê Văn Cường;;\"Nhất trí; đề nghị thêm \"\"chuyển đổi số\"\"\";\r\n"
        let parsed = try Self.read(text)
        #expect(parsed.problems.isEmpty)
        #expect(
            parsed.comments.map(\.text) == [
                "Đề nghị bổ sung, làm rõ vai trò kinh tế tư nhân",
                "Nhất trí; đề nghị thêm \"chuyển đổi số\"",
            ])
        #expect(parsed.comments.map(\.externalID) == ["1", "2"])
        #expect(parsed.comments.map(\.sectionReference) == ["Phần thứ nhất, mục I.1", nil])
        #expect(parsed.comments.map(\.personal.address) == ["Xã Ea Phê, huyện Krông Pắc", nil])
        #expect(parsed.comments.map(\.locator) == [Locator(line: 2, row: 1), Locator(line: 3, row: 2)])
    }

    @Test("a tab-delimited file")
    func tabFile() throws {
        let parsed = try Self.read("Nội dung\tNguồn\nCần nhấn mạnh, cụ thể hơn\tBáo Đắk Lắk\n")
        #expect(parsed.comments.map(\.text) == ["Cần nhấn mạnh, cụ thể hơn"])
        #expect(parsed.comments.map(\.sourceHint) == ["Báo Đắk Lắk"])
    }

    @Test("personal columns land in PersonalData; the other fields in theirs; empty values are nil")
    func fields() throws {
        let text = """
            Mã,Họ và tên,Địa chỉ,Số điện thoại,Thư điện tử,Ngày gửi,Đơn vị,Phần/mục góp ý,Ý kiến góp ý,Ghi chú
            PB-01,  Phạm Minh Đức ,"12 Lê Duẩn, Buôn Ma Thuột",0987 654 321,duc.pm@example.org,28/3/2020,Cổng thông tin,Mục I.1,"  Nhất trí.  ",x
            ,,,,,,,,Cần bổ sung.,

            """
        let parsed = try Self.read(text)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.comments.count == 2)
        let first = parsed.comments[0]
        #expect(first.externalID == "PB-01")
        #expect(
            first.personal
                == PersonalData(
                    author: "Phạm Minh Đức", address: "12 Lê Duẩn, Buôn Ma Thuột", phone: "0987 654 321",
                    email: "duc.pm@example.org"))
        #expect(first.received == "28/3/2020")
        #expect(first.sourceHint == "Cổng thông tin")
        #expect(first.sectionReference == "Mục I.1")
        // The text is passed through as decoded, spaces and all.
        #expect(first.text == "  Nhất trí.  ")
        #expect(first.headings.isEmpty)
        let second = parsed.comments[1]
        #expect(second == RawComment(locator: Locator(line: 3, row: 2), text: "Cần bổ sung."))
    }

    @Test("white space of every kind around a value is dropped; text of only white space is empty")
    func unicodeWhiteSpace() throws {
        let text =
            "Nội dung;Họ tên;Địa chỉ;Đơn vị\n"
            + "Một;\u{00A0}Ngô Thị Hà\u{00A0};\u{3000}Thôn 3, xã Ea Kao\u{2003}\t;Đoàn 👍\n"
            + "\u{00A0}\u{3000}\u{2028} ;B;;\n"
        let parsed = try Self.read(text)
        #expect(parsed.comments.count == 1)
        #expect(parsed.comments.first?.personal.author == "Ngô Thị Hà")
        #expect(parsed.comments.first?.personal.address == "Thôn 3, xã Ea Kao")
        #expect(parsed.comments.first?.sourceHint == "Đoàn 👍")
        #expect(parsed.problems == [RecordProblem(line: 3, row: 2, reason: "empty text")])
    }

    @Test("text is not normalised: NFD stays NFD")
    func textAsDecoded() throws {
        let nfd = "Nhất trí".decomposedForTest
        let parsed = try Self.read("text\n\(nfd)\n")
        #expect(parsed.comments.map { Array($0.text.unicodeScalars) } == [Array(nfd.unicodeScalars)])
    }

    // MARK: Problems

    @Test("a header without a text column makes the file unusable, naming the headers found")
    func missingTextColumn() {
        let problem = #expect(throws: FileProblem.self) {
            try Self.read("STT;Họ và tên;Địa chỉ\n1;Nguyễn Văn An;Hà Nội\n")
        }
        #expect(problem?.line == 1)
        #expect(problem?.reason.hasPrefix("no text column") == true)
        #expect(problem?.reason.contains("\"Họ và tên\"") == true)
    }

    @Test("a row with empty text is rejected with its line and row; the other rows are kept")
    func emptyText() throws {
        let text = "STT,Nội dung,Họ tên\n1,Ý kiến một,A\n2,   ,B\n3,Ý kiến ba,C\n4\n"
        let parsed = try Self.read(text)
        #expect(parsed.comments.map(\.text) == ["Ý kiến một", "Ý kiến ba"])
        #expect(parsed.comments.map(\.locator.row) == [1, 3])
        #expect(
            parsed.problems == [
                RecordProblem(line: 3, row: 2, reason: "empty text"),
                RecordProblem(line: 5, row: 4, reason: "empty text (the row has 1 field, the header 3 fields)"),
            ])
    }

    @Test("rows with every field empty are skipped silently, but keep their row number")
    func blankRows() throws {
        let parsed = try Self.read("Nội dung;Họ tên\nMột;A\n;\n  ;\nHai;B\n\n\nBa;C\n")
        #expect(parsed.problems.isEmpty)
        #expect(parsed.comments.map(\.text) == ["Một", "Hai", "Ba"])
        #expect(
            parsed.comments.map(\.locator) == [
                Locator(line: 2, row: 1), Locator(line: 5, row: 4), Locator(line: 8, row: 5),
            ])
    }

    @Test("an unterminated quote mid-file is a problem for its record; the rows before it are kept")
    func unterminatedQuote() throws {
        let text = "STT,Nội dung\n1,\"Một\nhai\"\n2,Ba\n3,\"Bốn, năm\n4,Sáu\n5,Bảy\n"
        for size in [1, 7, 1 << 16] {
            let parsed = try Self.read(text, chunkSize: size)
            #expect(parsed.comments.map(\.text) == ["Một\nhai", "Ba"])
            #expect(
                parsed.problems == [
                    RecordProblem(line: 5, row: 3, reason: "unterminated quoted field from line 5 to end of file")
                ])
        }
    }

    @Test(
        "a record longer than the size limit (a quote left open up to a later quote) is not read; the rows around it are"
    )
    func overlongRecord() throws {
        var stream = MemoryUTF8ChunkStream(
            "STT,Nội dung\n1,Một\n2,\"Hai (trích, rồi\nba, bốn, năm, sáu, bảy, tám\n3,Ba \"x\"\n4,Bốn\n", chunkSize: 5)
        let parsed = try CSVCommentReader.read(&stream, maximumRecordSize: 30)
        #expect(parsed.comments.map(\.text) == ["Một", "Bốn"])
        #expect(parsed.comments.map(\.locator) == [Locator(line: 2, row: 1), Locator(line: 6, row: 3)])
        #expect(parsed.problems.map(\.line) == [3])
        #expect(parsed.problems.map(\.row) == [2])
        #expect(parsed.problems.first?.reason.hasPrefix("record longer than 30 bytes") == true)
    }

    @Test("an unterminated quote in the header makes the file unusable")
    func unterminatedHeader() {
        #expect(
            throws: FileProblem(line: 1, reason: "unterminated quoted field from line 1 to end of file (in the header)")
        ) {
            try Self.read("STT,\"Nội dung\n1,Một\n")
        }
    }

    @Test("a row with more fields than the header is read by position, with a warning only when data is lost")
    func fieldCounts() throws {
        let text = "STT,Nội dung,Họ tên\n1,Đề nghị bổ sung, làm rõ,Nguyễn Văn An\n2,Nhất trí,B,,\n3,Chỉ có nội dung\n"
        let parsed = try Self.read(text)
        #expect(parsed.comments.map(\.text) == ["Đề nghị bổ sung", "Nhất trí", "Chỉ có nội dung"])
        #expect(parsed.comments.map(\.personal.author) == ["làm rõ", "B", nil])
        #expect(
            parsed.problems == [
                RecordProblem(
                    line: 2, row: 1,
                    reason: "values past the last column were ignored (the row has 4 fields, the header 3 fields)",
                    isWarning: true)
            ])
    }

    @Test("two columns naming the same field: the first is used, with a warning")
    func duplicateColumns() throws {
        let parsed = try Self.read("Nội dung,Ý kiến góp ý\nMột,Hai\n")
        #expect(parsed.comments.map(\.text) == ["Một"])
        #expect(parsed.problems.count == 1)
        #expect(parsed.problems.first?.isWarning == true)
        #expect(parsed.problems.first?.line == 1)
    }

    @Test("an empty file, or one with only a header, has no comments")
    func emptyFiles() throws {
        #expect(try Self.read("") == ParsedFile())
        #expect(try Self.read("\n\n") == ParsedFile())
        #expect(try Self.read("STT;Nội dung;Họ tên\r\n") == ParsedFile())
        #expect(try Self.read("Nội dung") == ParsedFile())
    }

    // MARK: Locators

    @Test("locators stay right across multi-line quoted fields, whatever the chunk size")
    func locatorsAcrossMultiLineFields() throws {
        let text =
            "Ý kiến,Họ tên\r\n\"Thứ nhất:\r\n- ý a;\r\n- ý b.\",A\r\nNgắn,B\r\n\"Dòng một\ndòng hai\",C\r\n\r\nCuối,D"
        let whole = try Self.read(text)
        #expect(
            whole.comments.map(\.locator) == [
                Locator(line: 2, row: 1), Locator(line: 5, row: 2), Locator(line: 6, row: 3), Locator(line: 9, row: 4),
            ])
        #expect(whole.comments.first?.text == "Thứ nhất:\r\n- ý a;\r\n- ý b.")
        for size in [1, 2, 3, 5, 8] {
            #expect(try Self.read(text, chunkSize: size) == whole, "chunk size \(size)")
        }
    }

    @Test("delimiter detection looks past a short first chunk")
    func detectionAcrossChunks() throws {
        let parsed = try Self.read("Nội dung;Họ tên\nMột, hai;A\nBa;B\n", chunkSize: 1)
        #expect(parsed.comments.map(\.text) == ["Một, hai", "Ba"])
    }
}

extension String {
    /// The canonical decomposition (NFD), as some Mac and web exports write Vietnamese.
    fileprivate var decomposedForTest: String { decomposedStringWithCanonicalMapping }
}
