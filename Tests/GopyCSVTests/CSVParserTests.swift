import GopyTestSupport
import GopyCSV
import Testing

@Suite("CSVParser: RFC 4180 and the lenient cases")
struct CSVParserTests {
    // MARK: Quoted fields

    @Test("quoted fields hold delimiters, doubled quotes and line breaks of every kind")
    func quotedFields() throws {
        let text = "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"one\ntwo\",\"three\r\nfour\"\n\"five\rsix\",\"\"\"\"\n"
        #expect(
            try rows(text) == [
                ["a", "b"],
                ["x, y", "say \"hi\""],
                ["one\ntwo", "three\r\nfour"],
                ["five\rsix", "\""],
            ])
    }

    @Test("an empty quoted field is an empty field; a line holding only \"\" is a record")
    func emptyQuoted() throws {
        #expect(try rows("a,\"\",c\n\"\"\n") == [["a", "", "c"], [""]])
    }

    @Test("empty fields, including a trailing delimiter, are kept")
    func emptyFields() throws {
        #expect(try rows("a,,b\na,b,\n,\n") == [["a", "", "b"], ["a", "b", ""], ["", ""]])
    }

    @Test("a quoted field ends the input without a line end")
    func quotedAtEnd() throws {
        #expect(try rows("a,\"b\"") == [["a", "b"]])
    }

    // MARK: Line ends

    @Test("records end with LF, CRLF or a lone CR, mixed in one input")
    func lineEnds() throws {
        #expect(try rows("a,b\nc,d\r\ne,f\rg,h\r\n") == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
    }

    @Test("the last record needs no line end")
    func noFinalLineEnd() throws {
        #expect(try rows("a,b\nc,d") == [["a", "b"], ["c", "d"]])
        #expect(try rows("a,b\nc,") == [["a", "b"], ["c", ""]])
    }

    @Test("blank lines are not records and do not take an index")
    func blankLines() throws {
        let all = try records("\n\na,b\n\n\r\n\rc,d\n\n")
        #expect(all.map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(all.map(\.index) == [0, 1])
        #expect(all.map(\.line) == [3, 7])
    }

    @Test("empty input, or only line ends, has no records")
    func emptyInput() throws {
        #expect(try records("").isEmpty)
        #expect(try records("\n\r\n\r").isEmpty)
    }

    // MARK: Where records start

    @Test("each record knows the line it starts on, across multi-line quoted fields")
    func recordLines() throws {
        let text = "id,text\r\n1,\"first\r\nsecond\r\nthird\"\r\n2,plain\r\n3,\"a\rb\nc\"\n4,end"
        let all = try records(text)
        #expect(all.map(\.line) == [1, 2, 5, 6, 9])
        #expect(all.map(\.index) == [0, 1, 2, 3, 4])
        #expect(all[1][1] == "first\r\nsecond\r\nthird")
    }

    // MARK: Byte order mark

    @Test("a leading UTF-8 byte order mark is skipped, even when split across chunks")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Nội dung,b\n1,2\n".utf8)
        for size in [1, 2, 4, bytes.count] {
            #expect(try records(bytes, chunkSize: size).map(\.fields) == [["Nội dung", "b"], ["1", "2"]])
        }
    }

    @Test("a byte order mark that is not at the start is data")
    func byteOrderMarkInside() throws {
        #expect(try rows("a,\u{FEFF}b\n") == [["a", "\u{FEFF}b"]])
    }

    @Test("bytes that only begin like a byte order mark are kept as data")
    func partialByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0x41, 0x2C, 0x42, 0x0A]
        for size in [1, 2, bytes.count] {
            let all = try records(bytes, chunkSize: size)
            #expect(all.count == 1)
            #expect(all.first.map { r in r.withField(0) { Array($0) } } == [0xEF, 0xBB, 0x41])
            #expect(all.first?[1] == "B")
        }
    }

    // MARK: Lenient reading

    @Test("a quote inside an unquoted field is kept literally")
    func strayQuote() throws {
        #expect(try rows("ab\"c,d\n5\" screen,x\n") == [["ab\"c", "d"], ["5\" screen", "x"]])
    }

    @Test("text after a closing quote continues the field")
    func textAfterClosingQuote() throws {
        #expect(try rows("\"ab\"c,d\n") == [["abc", "d"]])
    }

    @Test("leading spaces and a combining mark right after a delimiter are kept as they are")
    func leadingSpacesAndCombiningMarks() throws {
        let all = try records("a, b ,\u{0301}c\n")
        #expect(all.count == 1)
        #expect(Array(all[0][1].utf8) == Array(" b ".utf8))
        #expect(Array(all[0][2].utf8) == Array("\u{0301}c".utf8))
    }

    // MARK: Delimiters

    @Test("semicolon and tab delimiters leave commas in the text")
    func otherDelimiters() throws {
        #expect(try rows("a;b\nx, y;\"p;q\"\n", delimiter: UInt8(ascii: ";")) == [["a", "b"], ["x, y", "p;q"]])
        #expect(
            try rows("a\tb\nx, y;z\t\"t\tu\"\n", delimiter: UInt8(ascii: "\t")) == [["a", "b"], ["x, y;z", "t\tu"]])
    }

    // MARK: Chunks

    @Test("input fed in chunks of any size reads the same as fed whole")
    func chunking() throws {
        let text =
            "\u{FEFF}id,\"text\"\r\n1,\"x \"\"quoted\"\", y\r\nz\"\r\n\r\n2,\"\"\"\"\r3,plain\n\n"
            + "4,\"Ý kiến: tăng trưởng\rkinh tế\"\r\n5,ab\"c,\"\",\"\"\"a\"\"\"\r\n6,last"
        let whole = try records(text)
        #expect(whole.count == 7)
        for size in 1...9 {
            #expect(try records(text, chunkSize: size) == whole, "chunk size \(size)")
        }
    }

    @Test("records are emitted as soon as their line end is seen")
    func streaming() throws {
        var parser = CSVParser(delimiter: UInt8(ascii: ","))
        var seen: [[String]] = []
        Array("a,b\nc,\"d\n".utf8).withUnsafeBytes { parser.consume($0) { seen.append($0.fields) } }
        #expect(seen == [["a", "b"]])
        Array("e\"\nf".utf8).withUnsafeBytes { parser.consume($0) { seen.append($0.fields) } }
        #expect(seen == [["a", "b"], ["c", "d\ne"]])
        try parser.finish { seen.append($0.fields) }
        #expect(seen == [["a", "b"], ["c", "d\ne"], ["f"]])
    }

    @Test("after finish the parser reads a new input from line 1")
    func reuse() throws {
        var parser = CSVParser(delimiter: UInt8(ascii: ","))
        var first: [CSVRecord] = []
        try parser.parse("a\nb\n".utf8) { first.append($0) }
        var second: [CSVRecord] = []
        try parser.parse("c\n".utf8) { second.append($0) }
        #expect(second == [CSVRecord(line: 1, index: 0, fields: ["c"])])
    }

    // MARK: Errors

    @Test("an unterminated quoted field is an error at the line its record starts; the records before are kept")
    func unterminatedQuote() throws {
        let text = "a,b\n1,\"ok\nstill ok\"\n2,x\n3,\"never\nclosed\n4,more\n"
        for size in [1, 5, text.utf8.count] {
            var parser = CSVParser(delimiter: UInt8(ascii: ","))
            var seen: [[String]] = []
            let bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let end = min(bytes.count, offset + size)
                bytes[offset..<end].withUnsafeBytes { parser.consume($0) { seen.append($0.fields) } }
                offset = end
            }
            let error = #expect(throws: CSVError.self) { try parser.finish { seen.append($0.fields) } }
            #expect(error?.line == 5)
            #expect(error?.index == 3)
            #expect(error?.reason.contains("unterminated quoted field") == true)
            #expect(seen == [["a", "b"], ["1", "ok\nstill ok"], ["2", "x"]])
        }
    }

    @Test("a lone quote at the very end is an unterminated field")
    func loneQuoteAtEnd() throws {
        #expect(throws: CSVError(line: 2, index: 1, reason: "unterminated quoted field from line 2 to end of input")) {
            try records("a\n\"")
        }
    }

    // MARK: Memory

    @Test("a record longer than the maximum size is emitted cut short and marked; the next one is whole")
    func maximumRecordSize() throws {
        let text = "a,b\n1,\"0123456789\n0123456789\"\n2,ok\n"
        for size in [1, 4, text.utf8.count] {
            var parser = CSVParser(delimiter: UInt8(ascii: ","), maximumRecordSize: 12)
            var all: [CSVRecord] = []
            let bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let end = min(bytes.count, offset + size)
                bytes[offset..<end].withUnsafeBytes { parser.consume($0) { all.append($0) } }
                offset = end
            }
            try parser.finish { all.append($0) }
            #expect(all.map(\.isTruncated) == [false, true, false])
            #expect(all.map(\.line) == [1, 2, 4])
            #expect(all[1].count == 2)
            #expect(all[1].byteCount(ofField: 0) + all[1].byteCount(ofField: 1) <= 12)
            #expect(all[2].fields == ["2", "ok"])
        }
    }

    // MARK: Records

    @Test("a record gives each field as text and as bytes")
    func recordAccess() throws {
        let record = try #require(try records("tên,\"Đặng Thị X\",,z\n").first)
        #expect(record.count == 4)
        #expect(record[1] == "Đặng Thị X")
        #expect(record.byteCount(ofField: 2) == 0)
        #expect(record.byteCount(ofField: 1) == "Đặng Thị X".utf8.count)
        #expect(record.withField(3) { Array($0) } == [UInt8(ascii: "z")])
        #expect(record == CSVRecord(line: 1, index: 0, fields: ["tên", "Đặng Thị X", "", "z"]))
    }
}

@Suite("CSVParser on random input")
struct CSVParserRandomTests {
    typealias Generator = SplitMix64

    /// The reading rules written plainly, one byte at a time over the whole input: what the
    /// chunked, run-scanning parser must agree with.
    static func plainReading(_ input: [UInt8]) -> (records: [[[UInt8]]], lines: [Int], unterminatedAt: Int?) {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var records: [[[UInt8]]] = []
        var lines: [Int] = []
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var inRecord = false
        var quoted = false
        var afterQuote = false
        var fieldStarted = false
        var line = 1
        var recordLine = 1
        var previous: UInt8 = 0
        func endRecord() {
            fields.append(field)
            records.append(fields)
            lines.append(recordLine)
            fields = []
            field = []
            inRecord = false
            fieldStarted = false
        }
        for b in bytes {
            defer { previous = b }
            let isBreak = b == 0x0A || b == 0x0D
            let newLine = b == 0x0D || (b == 0x0A && previous != 0x0D)
            if quoted {
                if b == 0x22 {
                    quoted = false
                    afterQuote = true
                } else {
                    field.append(b)
                }
                if newLine { line += 1 }
                continue
            }
            if afterQuote {
                afterQuote = false
                if b == 0x22 {
                    field.append(b)
                    quoted = true
                    continue
                }
            }
            if !inRecord {
                if isBreak {
                    if newLine { line += 1 }
                    continue
                }
                inRecord = true
                recordLine = line
            }
            if b == 0x2C {
                fields.append(field)
                field = []
                fieldStarted = false
            } else if isBreak {
                endRecord()
                line += 1
            } else if b == 0x22 && !fieldStarted {
                quoted = true
                fieldStarted = true
            } else {
                field.append(b)
                fieldStarted = true
            }
        }
        if quoted { return (records, lines, recordLine) }
        if inRecord { endRecord() }
        return (records, lines, nil)
    }

    @Test("random input reads the same in random chunks as the plain per-byte rules say")
    func randomInput() throws {
        let alphabet: [[UInt8]] = [
            [0x61], [0x62], [0x2C], [0x22], [0x22, 0x22], [0x0D], [0x0A], [0x0D, 0x0A], [0xC3, 0xA9],
            [0xEF, 0xBB, 0xBF],
        ]
        var generator = Generator(seed: 4180)
        for iteration in 0..<400 {
            var input: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<60, using: &generator) {
                input += alphabet.randomElement(using: &generator)!
            }
            let expected = Self.plainReading(input)
            var parser = CSVParser(delimiter: UInt8(ascii: ","))
            var got: [CSVRecord] = []
            var offset = 0
            while offset < input.count {
                let end = min(input.count, offset + Int.random(in: 1...8, using: &generator))
                input[offset..<end].withUnsafeBytes { chunk in parser.consume(chunk) { got.append($0) } }
                offset = end
            }
            var unterminatedAt: Int?
            do { try parser.finish { got.append($0) } } catch let error as CSVError { unterminatedAt = error.line }
            let fields = got.map { r in (0..<r.count).map { i in r.withField(i) { Array($0) } } }
            #expect(fields == expected.records, "iteration \(iteration): \(input)")
            #expect(got.map(\.line) == expected.lines, "iteration \(iteration): \(input)")
            #expect(got.map(\.index) == Array(0..<got.count))
            #expect(unterminatedAt == expected.unterminatedAt, "iteration \(iteration): \(input)")
        }
    }
}
