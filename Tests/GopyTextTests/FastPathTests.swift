import GopyModel
import GopyTestSupport
import Testing

@testable import GopyText

/// The byte-level fast paths of display normalisation, UTF-8 validation, the byte survey of
/// detection and restyling give what the plain ways of doing the same give, byte for byte.
@Suite("Fast paths agree with the slow ones")
struct FastPathTests {
    // MARK: Display

    /// Every style, and the default.
    func expectDisplayAsTheCleaningPass(_ text: String, _ comment: @autoclosure () -> String = "") {
        for style in ToneStyle.allCases {
            let fast = TextNormalizer.display(text, toneStyle: style)
            let slow = TextNormalizer.cleanedForDisplay(text, toneStyle: style)
            #expect(Array(fast.utf8) == Array(slow.utf8), "\(style) \(Array(text.unicodeScalars)) \(comment())")
        }
        #expect(Array(TextNormalizer.display(text).utf8) == Array(TextNormalizer.cleanedForDisplay(text, toneStyle: .old).utf8))
    }

    @Test func asciiLines() {
        for text in [
            "", " ", "\r", "\t\t", "x", "Plain ASCII line.", "  indented", "trailing  ", "CRLF line\r", "a  b", "a \t b",
            "a\u{0}b", "a\u{7F}b", " a b c d e f g h i j k l m n o p ", "<comment id=\"7\">ok</comment>", "no-space-at-all-over-8-bytes",
        ] {
            expectDisplayAsTheCleaningPass(text)
        }
        #expect(TextNormalizer.display("  Ủy ban  nhân dân\r") == "Ủy ban nhân dân")
        #expect(TextNormalizer.display("\tCấp uỷ  và hoà bình ", toneStyle: .old) == "Cấp ủy và hòa bình")
        #expect(TextNormalizer.display("\tCấp ủy  và hòa bình ", toneStyle: .new) == "Cấp uỷ và hoà bình")
    }

    @Test func cleanTextComesBackAsItIs() {
        let text = "Đề nghị bổ sung “chuyển đổi số” – nội dung 2025… ✓ 👍"
        #expect(Array(text.utf8).withUnsafeBufferPointer { TextNormalizer.displayTrouble($0) } == 0)
        #expect(TextNormalizer.display(text, toneStyle: .keep) == text)
        #expect(TextNormalizer.display(text) == text)
    }

    @Test func invisibleSpacesAndLookAlikesGoTheLongWay() {
        for special in ["\u{200B}", "\u{00AD}", "\u{00A0}", "ð", "Ð", "\u{FEFF}", "\u{2060}", "\u{202F}", "\u{3000}", "\u{0301}", "\u{2126}", "\u{0085}"] {
            let text = "Góp ý" + special + "về  hoà" + special
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { TextNormalizer.displayTrouble($0) } & ~DisplayScreen.asciiSpace != 0, "\(special.unicodeScalars.first!)")
            expectDisplayAsTheCleaningPass(text)
            expectDisplayAsTheCleaningPass(special + " " + text + " " + special)
        }
    }

    /// The screen's tables against the cleaning pass, scalar by scalar: alone, between letters,
    /// and next to spaces.
    @Test func everyScalarTheScreenPassesIsKeptByTheCleaningPass() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x0700, 0x1680...0x1680, 0x180E...0x180E, 0x1E00...0x1F00, 0x2000...0x2BFF,
                                             0x3000...0x3010, 0xD7F0...0xD7FF, 0xE000...0xE010, 0xFE00...0xFFFF, 0x1F000...0x1F0FF,
                                             0x1F300...0x1F64F, 0x10FFF0...0x10FFFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let character = String(scalar)
                for text in [character, "a" + character + "b", "ho" + character, character + "a", "x " + character + "  y\t"] {
                    for style in [ToneStyle.keep, .old] {
                        let fast = TextNormalizer.display(text, toneStyle: style)
                        let slow = TextNormalizer.cleanedForDisplay(text, toneStyle: style)
                        if Array(fast.utf8) != Array(slow.utf8) {
                            Issue.record("U+\(String(value, radix: 16)) in \(Array(text.unicodeScalars)), \(style)")
                        }
                    }
                }
            }
        }
    }

    @Test func randomLinesAgreeWithTheCleaningPass() {
        let pieces: [String] = [
            "a", "o", "u", "y", "e", "h", "th", "ng", "qu", "gi", "Đ", "đ", "ệ", "ổ", "à", "ý", "ỷ", "ò", "ủ", "Ọ", "ẹ", "ả", "ơ", "ư",
            " ", " ", " ", "  ", "\t", "\r", "\n", "\r\n", ",", ".", "1", "?", "_", "<b>", "“", "”", "–", "…", "°", "«", "✓", "👍",
            "\u{00A0}", "\u{200B}", "\u{00AD}", "\u{FEFF}", "\u{200E}", "\u{2003}", "\u{2028}", "\u{0085}", "\u{0007}", "\u{007F}",
            "ð", "Ð", "\u{0301}", "\u{0323}", "\u{2126}", "中", "\u{FE0F}", "Ａ",
        ]
        var generator = SplitMix64(seed: 3_2025)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            // Mostly the common pieces (letters and single spaces), as real comments are.
            let text = (0..<length).map { _ in
                pieces[Int.random(in: 0..<(Bool.random(using: &generator) ? 28 : pieces.count), using: &generator)]
            }.joined()
            expectDisplayAsTheCleaningPass(text)
        }
    }

    // MARK: UTF-8 validation

    /// Unicode Table 3-7, one sequence at a time.
    static func referenceValidation(_ bytes: [UInt8], from start: Int) -> UTF8Validation.Scan {
        var i = start
        var sawMultiByte = false
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let (length, low, high): (Int, UInt8, UInt8)
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return .init(outcome: .invalid(at: i), sawMultiByte: sawMultiByte)
            }
            for k in 1..<length {
                guard i + k < bytes.count else { return .init(outcome: .truncated(at: i), sawMultiByte: sawMultiByte) }
                let (min, max) = k == 1 ? (low, high) : (0x80, 0xBF)
                guard bytes[i + k] >= min && bytes[i + k] <= max else { return .init(outcome: .invalid(at: i), sawMultiByte: sawMultiByte) }
            }
            sawMultiByte = true
            i += length
        }
        return .init(outcome: .valid, sawMultiByte: sawMultiByte)
    }

    static let sequences: [[UInt8]] = [
        Array("a".utf8), Array(" ".utf8), Array("\n".utf8), Array("Việt".utf8), Array("ữ".utf8), Array("đ".utf8), Array("“".utf8),
        Array("中".utf8), Array("😀".utf8), Array("\u{10FFFF}".utf8), Array("\u{D7FF}".utf8), Array("\u{E000}".utf8),
        Array("\u{0800}".utf8), Array("\u{10000}".utf8), Array("plain ascii text".utf8),
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE1, 0xBA], [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0x80, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xF8], [0xE2, 0x28, 0xA1], [0xF0, 0x9F, 0x98],
    ]

    @Test func validationAgreesWithTheReference() {
        var generator = SplitMix64(seed: 7_3)
        for round in 0..<4000 {
            // Mostly valid pieces; every few rounds, one or two bad ones somewhere.
            let pieceCount = Int.random(in: 0...30, using: &generator)
            let validPieces = 15
            var bytes: [UInt8] = []
            for _ in 0..<pieceCount {
                let bad = round % 3 == 0 && Int.random(in: 0..<12, using: &generator) == 0
                let index = bad ? Int.random(in: validPieces..<Self.sequences.count, using: &generator) : Int.random(in: 0..<validPieces, using: &generator)
                bytes += Self.sequences[index]
            }
            if round % 5 == 0, !bytes.isEmpty { bytes.removeLast(Int.random(in: 0...min(3, bytes.count), using: &generator)) }
            for start in Set([0, min(bytes.count, 1), bytes.count / 2].filter { $0 <= bytes.count }) {
                let expected = Self.referenceValidation(bytes, from: start)
                let actual = bytes.withUnsafeBufferPointer { UTF8Validation.validate($0, from: start) }
                #expect(actual.outcome == expected.outcome, "\(bytes) from \(start)")
                #expect(actual.sawMultiByte == expected.sawMultiByte, "\(bytes) from \(start)")
            }
        }
    }

    @Test func lineFeedsAreCounted() {
        var generator = SplitMix64(seed: 10)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...50, using: &generator)).map { _ in [0x0A, 0x0B, 0x8A, 0x61, 0x0A][Int.random(in: 0..<5, using: &generator)] as UInt8 }
            let lower = Int.random(in: 0...bytes.count, using: &generator)
            let upper = Int.random(in: lower...bytes.count, using: &generator)
            let expected = bytes[lower..<upper].filter { $0 == 0x0A }.count
            #expect(bytes.withUnsafeBufferPointer { UTF8Validation.lineFeeds(in: $0, lower..<upper) } == expected)
        }
    }

    /// A bad sequence anywhere, the file pushed in chunks of any size: the same error on the
    /// same line as in one chunk, and text before it delivered unchanged.
    @Test func invalidUTF8AcrossChunkBoundaries() {
        let line = Array("Ủy ban nhân dân tỉnh 👍 góp ý\n".utf8)
        let text = Array(Array(repeating: line, count: 4).joined())
        let detection = EncodingDetection(encoding: .utf8, hasBOM: false, confidence: 1)
        for bad: [UInt8] in [[0xFF], [0xC3], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF0, 0x9F, 0x98]] {
            for position in stride(from: 0, through: text.count, by: 3) {
                let bytes = Array(text[..<position]) + bad + Array(text[position...])
                let expectedLine = 1 + text[..<position].filter { $0 == 0x0A }.count
                for chunkSize in [1, 2, 3, 5, 8, 9, 16, 1 << 16] {
                    var transcoder = UTF8Transcoder(detection)
                    var out: [UInt8] = []
                    var failure: FileProblem?
                    var offset = 0
                    do throws(FileProblem) {
                        while offset < bytes.count {
                            let end = min(bytes.count, offset + chunkSize)
                            out += try transcoder.push(Array(bytes[offset..<end]))
                            offset = end
                        }
                        out += try transcoder.finish()
                    } catch {
                        failure = error
                    }
                    #expect(failure?.line == expectedLine, "\(bad) at \(position), chunks of \(chunkSize)")
                    #expect(Array(text[..<out.count]) == out, "\(bad) at \(position), chunks of \(chunkSize)")
                }
            }
        }
    }

    @Test func validTextSplitAnywhereComesThroughWhole() throws {
        let text = Array("Đồng chí 👍🏽 中文 𝔸 “hoà” ữ\nx".utf8)
        let detection = EncodingDetection(encoding: .utf8, hasBOM: false, confidence: 1)
        for cut in 0...text.count {
            var transcoder = UTF8Transcoder(detection)
            let out = try transcoder.push(Array(text[..<cut])) + transcoder.push(Array(text[cut...])) + transcoder.finish()
            #expect(out == text, "cut at \(cut)")
        }
    }

    // MARK: Byte survey

    /// The survey byte by byte, as it was first written.
    static func referenceSurvey(_ bytes: [UInt8]) -> ByteSurvey {
        var survey = [UInt8]().withUnsafeBufferPointer { ByteSurvey($0) }
        for (i, byte) in bytes.enumerated() {
            let second: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
            let third: UInt8 = i + 2 < bytes.count ? bytes[i + 2] : 0
            switch byte {
            case 0x00: survey.hasNUL = true
            case 0x09...0x0D, 0x1A: break
            case 0x01...0x1F, 0x7F: survey.controls += 1
            case 0x3F, 0x5F: survey.hasHoleCharacters = true
            default: break
            }
            if byte >= 0x80 { survey.hasNonASCII = true }
            if byte == 0xCC || (byte == 0xCD && second <= 0xAF) { survey.hasCombiningMarks = true }
            if MojibakeSignals.isSignal(lead: byte, second, third) { survey.hasMojibakeSignals = true }
        }
        return survey
    }

    @Test func byteSurveyAgreesWithTheReference() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array(" ".utf8), Array("Việt Nam ".utf8), Array("plain words ".utf8), Array("ờ".utf8), Array("µ".utf8),
            Array("ø".utf8), Array("à".utf8), Array("Ã".utf8), Array("†".utf8), Array("…".utf8), Array("ƒ".utf8), Array("˜".utf8),
            Array("Œ".utf8), Array("\u{0301}".utf8), Array("\u{0340}".utf8), Array("\u{0370}".utf8), Array("\u{00A0}".utf8),
            Array("°".utf8), [0x00], [0x01], [0x1B], [0x7F], [0x09], [0x0D, 0x0A], [0x1A], [0x3F], [0x5F], [0xC2], [0xC3], [0xCD],
            [0xCD, 0x41], [0xE2], [0xE2, 0x80], [0xC5, 0x92], [0xCB, 0x86], [0xEC], [0xD2], [0xFF],
        ]
        var generator = SplitMix64(seed: 5_0)
        for _ in 0..<4000 {
            let bytes = (0..<Int.random(in: 0...24, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            let actual = bytes.withUnsafeBufferPointer { ByteSurvey($0) }
            let expected = Self.referenceSurvey(bytes)
            #expect(actual.hasNUL == expected.hasNUL, "\(bytes)")
            #expect(actual.controls == expected.controls, "\(bytes)")
            #expect(actual.hasNonASCII == expected.hasNonASCII, "\(bytes)")
            #expect(actual.hasCombiningMarks == expected.hasCombiningMarks, "\(bytes)")
            #expect(actual.hasMojibakeSignals == expected.hasMojibakeSignals, "\(bytes)")
            #expect(actual.hasHoleCharacters == expected.hasHoleCharacters, "\(bytes)")
        }
    }

    // MARK: Restyling

    /// Long texts, so that the places to restyle fall anywhere in the eight-byte words read at once.
    @Test func restylingLongTextsAgreesWithTheWordByWordRule() {
        let pieces = ["o", "u", "O", "U", "a", "e", "y", "à", "ả", "ẹ", "ỷ", "ý", "ò", "ủ", "Ọ", "Ũ", "h", "ng", "q", "gi", "t",
                      " ", ",", "2", "“", "ê", "ơ", "–", "n", "x", "hoà", "thuỷ", "khoẻ", "Uỷ", "hòa", "thủy", "khỏe", "Ủy"]
        var generator = SplitMix64(seed: 8_8)
        for _ in 0..<2000 {
            let length = Int.random(in: 1...60, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for style in [ToneStyle.old, .new] {
                let expected = ToneStyleTests.reference(text, style)
                #expect(Array(style.apply(to: text).utf8) == Array(expected.utf8), "\(style) \(text)")
            }
        }
    }
}
