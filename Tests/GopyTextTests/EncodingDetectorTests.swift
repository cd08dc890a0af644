import GopyModel
import Testing

@testable import GopyText

@Suite("Encoding detection")
struct EncodingDetectorTests {
    let vietnamese = "Đơn vị: Huyện ủy Krông Pắc\nÝ kiến góp ý về dự thảo.\n"

    func detect(_ bytes: [UInt8], whole: Bool = true) -> Result<EncodingDetection, FileProblem> {
        EncodingDetector.detect(bytes, isWholeFile: whole)
    }

    @Test func utf8WithoutBOM() throws {
        let detection = try detect(Array(vietnamese.utf8)).get()
        #expect(detection.encoding == .utf8)
        #expect(!detection.hasBOM)
        #expect(!detection.isASCII)
        #expect(!detection.hasCombiningMarks)
        #expect(detection.confidence > 0.9)
    }

    @Test func utf8WithBOM() throws {
        let detection = try detect([0xEF, 0xBB, 0xBF] + Array(vietnamese.utf8)).get()
        #expect(detection.encoding == .utf8)
        #expect(detection.hasBOM)
        #expect(detection.bomLength == 3)
        #expect(detection.confidence == 1)
    }

    @Test func utf16WithBOM() throws {
        let le = try detect([0xFF, 0xFE] + utf16(vietnamese, bigEndian: false)).get()
        #expect(le.encoding == .utf16LE && le.hasBOM)
        let be = try detect([0xFE, 0xFF] + utf16(vietnamese, bigEndian: true)).get()
        #expect(be.encoding == .utf16BE && be.hasBOM)
    }

    @Test func nfdTextIsFlagged() throws {
        let nfd = "Vie\u{0323}\u{0302}t Nam"
        let detection = try detect(Array(nfd.utf8)).get()
        #expect(detection.encoding == .utf8)
        #expect(detection.hasCombiningMarks)
    }

    @Test func asciiIsUTF8() throws {
        let detection = try detect(Array("Dong y voi du thao.\n".utf8)).get()
        #expect(detection.encoding == .utf8)
        #expect(detection.isASCII)
    }

    @Test(arguments: [
        [UInt8](),
        [0xEF, 0xBB, 0xBF],
        [0xFF, 0xFE],
        Array(" \n\t\r\n  ".utf8),
        [0xEF, 0xBB, 0xBF] + Array("\n\n".utf8),
        [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00],
        Array("\u{00A0}\u{200B} \n".utf8),
    ])
    func emptyFiles(bytes: [UInt8]) {
        #expect(detect(bytes) == .failure(FileProblem(reason: "empty file")))
    }

    @Test func blankPrefixOfALongerFileIsNotEmpty() {
        #expect((try? detect(Array("    ".utf8), whole: false).get()) != nil)
    }

    @Test func nulBytesMeanBinary() {
        let bytes: [UInt8] = Array("PK".utf8) + [0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array(vietnamese.utf8)
        #expect(detect(bytes) == .failure(FileProblem(reason: "binary file, not text")))
    }

    @Test func utf16WithoutBOMIsBinary() {
        #expect(detect(utf16("Hello world", bigEndian: false)) == .failure(FileProblem(reason: "binary file, not text")))
    }

    @Test func manyControlBytesMeanBinary() {
        var bytes = Array(repeating: Array("abc".utf8), count: 20).flatMap { $0 }
        for i in stride(from: 0, to: bytes.count, by: 5) { bytes[i] = 0x01 }
        #expect(detect(bytes) == .failure(FileProblem(reason: "binary file, not text")))
    }

    @Test func aStrayControlByteIsStillText() throws {
        let bytes = Array(String(repeating: "Góp ý dự thảo. ", count: 20).utf8) + [0x07] + Array("Hết.\n".utf8)
        #expect(try detect(bytes).get().encoding == .utf8)
    }

    @Test func pdfIsBinary() {
        #expect(detect(Array("%PDF-1.7\n%\u{E2}\u{E3}".utf8)) == .failure(FileProblem(reason: "binary file, not text")))
    }

    @Test func utf8MixedWithALegacyEncodingNamesTheLine() {
        // UTF-8, then "Céng hoµ" in TCVN3 (0xE9, 0xB5 are not UTF-8 here): the UTF-8 reading
        // wins, so the file is UTF-8 with another encoding pasted in.
        let bytes = Array("Đơn vị: Tỉnh ủy\nline two\nC".utf8) + [0xE9] + Array("ng ho".utf8) + [0xB5] + Array("\n".utf8)
        #expect(detect(bytes) == .failure(FileProblem(line: 3, reason: UTF8Transcoder.mixedEncodingReason)))
    }

    @Test func windows1258CombiningByteIsDecoded() throws {
        // "Các": base letter then the cp1258 tone byte 0xEC (acute).
        let bytes = Array("Ca".utf8) + [0xEC] + Array("c\n".utf8)
        let detection = try detect(bytes).get()
        #expect(detection.encoding == .windows1258)
        #expect(try UTF8Transcoder.decode(bytes, as: detection.encoding) == Array("Các\n".utf8))
    }

    @Test func overlongAndSurrogateSequencesAreNotUTF8() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF]] {
            // Read as a legacy encoding, or refused; never as UTF-8.
            if case .success(let detection) = detect(Array("ok ".utf8) + bad), detection.encoding.isUTF8Based {
                Issue.record("accepted \(bad) as UTF-8")
            }
        }
    }

    @Test func aSequenceCutByThePrefixEndIsFine() throws {
        let cut = Array("Vi".utf8) + [0xE1, 0xBB]  // "Việ", cut inside ệ (E1 BB 87)
        #expect(try detect(cut, whole: false).get().encoding == .utf8)
        #expect(detect(cut, whole: true) == .failure(FileProblem(line: 1, reason: UTF8Transcoder.truncatedUTF8Reason)))
    }

    @Test func utf32IsRefused() {
        guard case .failure(let problem) = detect([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]) else {
            Issue.record("accepted UTF-32")
            return
        }
        #expect(problem.reason.contains("UTF-32"))
    }
}

/// UTF-16 code units of a string as bytes, without a byte-order mark.
func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { unit -> [UInt8] in
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        return bigEndian ? [high, low] : [low, high]
    }
}
