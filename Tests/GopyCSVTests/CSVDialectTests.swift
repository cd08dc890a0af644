import GopyCSV
import Testing

@Suite("CSVDialect.detectDelimiter")
struct CSVDialectTests {
    static let comma = UInt8(ascii: ",")
    static let semicolon = UInt8(ascii: ";")
    static let tab = UInt8(ascii: "\t")

    func detect(_ text: String) -> UInt8 { CSVDialect.detectDelimiter(Array(text.utf8)) }

    @Test("a comma file")
    func commaFile() {
        #expect(
            detect("STT,Nội dung,Họ tên\n1,Đề nghị bổ sung,Trần Văn B\n2,\"Nhất trí; không ý kiến\",Lê C\n")
                == Self.comma)
    }

    @Test("a semicolon file, as Excel writes it")
    func semicolonFile() {
        #expect(detect("STT;Nội dung;Họ tên\r\n1;Đề nghị bổ sung;Trần Văn B\r\n2;Nhất trí;Lê C\r\n") == Self.semicolon)
    }

    @Test("a tab file")
    func tabFile() {
        #expect(detect("STT\tNội dung\tHọ tên\n1\tĐề nghị, bổ sung\tTrần Văn B\n2\tNhất trí\tLê C\n") == Self.tab)
    }

    @Test("a semicolon file whose unquoted text holds commas")
    func semicolonWithCommas() {
        let text = """
            STT;Nội dung góp ý;Họ và tên
            1;Đề nghị bổ sung, làm rõ vai trò của kinh tế tư nhân, hợp tác xã;Nguyễn Văn A
            2;Nhất trí;Trần Thị B
            3;Về giáo dục, y tế, cần nhấn mạnh hơn;Lê Văn C

            """
        #expect(detect(text) == Self.semicolon)
        // The header line alone holds more commas than semicolons.
        #expect(detect("id;Phần, mục, tiểu mục;text\n1;I.1;a, b\n2;I.2;c\n") == Self.semicolon)
    }

    @Test("delimiters inside quoted fields, line breaks included, are ignored")
    func quotedPartsIgnored() {
        let text = "a,b\n1,\"x;y;z\ntiếp;theo;nữa\"\n2,\"p;q\"\n"
        #expect(detect(text) == Self.comma)
    }

    @Test("a sample cut short in its last line still detects from the lines before")
    func truncatedSample() {
        #expect(detect("a;b;c\n1;2;3\n4;5,6,7,8,9,10") == Self.semicolon)
    }

    @Test("a byte order mark does not disturb detection; a one-column file falls back to comma")
    func edges() {
        #expect(CSVDialect.detectDelimiter([0xEF, 0xBB, 0xBF] + Array("a;b\n1;2\n".utf8)) == Self.semicolon)
        #expect(detect("Nội dung\nNhất trí\n") == Self.comma)
        #expect(detect("") == Self.comma)
    }
}
