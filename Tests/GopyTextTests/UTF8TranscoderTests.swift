import GopyModel
import Testing

@testable import GopyText

@Suite("Transcoding to UTF-8")
struct UTF8TranscoderTests {
    /// Text with Vietnamese letters, an emoji (a surrogate pair in UTF-16) and CJK.
    let text = "Ủy ban MTTQ tỉnh 👍🏽 góp ý\nDòng 2: 中文 và ký tự 𝔸\n"

    /// Pushes `bytes` through a transcoder in chunks of `chunkSize` and returns the result.
    func transcode(_ bytes: [UInt8], _ detection: EncodingDetection, chunkSize: Int) throws(FileProblem) -> [UInt8] {
        var transcoder = UTF8Transcoder(detection)
        var out: [UInt8] = []
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunkSize)
            out += try transcoder.push(Array(bytes[offset..<end]))
            offset = end
        }
        out += try transcoder.finish()
        return out
    }

    func problem(_ body: () throws(FileProblem) -> [UInt8]) -> FileProblem? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    static let chunkSizes = [1, 2, 3, 5, 7, 64, 1 << 16]

    @Test(arguments: chunkSizes)
    func utf8WithBOMIsStripped(chunkSize: Int) throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let out = try transcode(bytes, EncodingDetection(encoding: .utf8, hasBOM: true, confidence: 1), chunkSize: chunkSize)
        #expect(out == Array(text.utf8))
    }

    @Test(arguments: chunkSizes)
    func utf8WithoutBOMPassesThrough(chunkSize: Int) throws {
        let out = try transcode(Array(text.utf8), EncodingDetection(encoding: .utf8, hasBOM: false, confidence: 1), chunkSize: chunkSize)
        #expect(out == Array(text.utf8))
    }

    @Test func anEmptyFirstChunkDoesNotHideTheBOM() throws {
        var transcoder = UTF8Transcoder(EncodingDetection(encoding: .utf8, hasBOM: true, confidence: 1))
        #expect(try transcoder.push([]) == [])
        #expect(try transcoder.push([0xEF, 0xBB]) == [])
        #expect(try transcoder.push([0xBF, 0x41]) == [0x41])
        #expect(try transcoder.finish() == [])
    }

    @Test func aTextStartingWithBOMLikeBytesIsKept() throws {
        // U+FEC0 (EF BB 80) shares two bytes with the byte-order mark.
        let sample = "\u{FEC0}abc"
        for size in [1, 2, 64] {
            #expect(try transcode(Array(sample.utf8), EncodingDetection(encoding: .utf8, hasBOM: false, confidence: 1), chunkSize: size)
                == Array(sample.utf8))
        }
    }

    @Test(arguments: chunkSizes)
    func utf16LittleEndian(chunkSize: Int) throws {
        let bytes = [0xFF, 0xFE] + utf16(text, bigEndian: false)
        let out = try transcode(bytes, EncodingDetection(encoding: .utf16LE, hasBOM: true, confidence: 1), chunkSize: chunkSize)
        #expect(String(decoding: out, as: UTF8.self) == text)
        #expect(out == Array(text.utf8))
    }

    @Test(arguments: chunkSizes)
    func utf16BigEndian(chunkSize: Int) throws {
        let bytes = [0xFE, 0xFF] + utf16(text, bigEndian: true)
        let out = try transcode(bytes, EncodingDetection(encoding: .utf16BE, hasBOM: true, confidence: 1), chunkSize: chunkSize)
        #expect(out == Array(text.utf8))
    }

    @Test func invalidUTF8LaterInTheFileNamesItsLine() {
        var bytes = Array(String(repeating: "Góp ý về mục I.1\n", count: 500).utf8)
        bytes += Array("dòng hỏng: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        for size in [1, 4, 1000, 1 << 16] {
            let found = problem { () throws(FileProblem) in
                try transcode(bytes, EncodingDetection(encoding: .utf8, hasBOM: false, confidence: 1), chunkSize: size)
            }
            #expect(found == FileProblem(line: 501, reason: UTF8Transcoder.mixedEncodingReason), "chunk size \(size)")
        }
    }

    @Test func invalidByteAfterOnlyASCIIBlamesALegacyEncoding() {
        let bytes = Array("line 1\nline 2\nTh".utf8) + [0xB8] + Array("nh\n".utf8)
        let found = problem { () throws(FileProblem) in
            try transcode(bytes, EncodingDetection(encoding: .utf8, hasBOM: false, confidence: 0.9), chunkSize: 3)
        }
        #expect(found == FileProblem(line: 3, reason: EncodingDetector.legacyEncodingReason))
    }

    @Test func utf8EndingInsideACharacter() {
        let bytes = Array("ab\ncd ".utf8) + [0xE1, 0xBB]
        let found = problem { () throws(FileProblem) in
            try transcode(bytes, EncodingDetection(encoding: .utf8, hasBOM: false, confidence: 1), chunkSize: 1)
        }
        #expect(found == FileProblem(line: 2, reason: UTF8Transcoder.truncatedUTF8Reason))
    }

    @Test func utf16OddTrailingByte() {
        let bytes = [0xFF, 0xFE] + utf16("a\nb\nc", bigEndian: false) + [0x41]
        let found = problem { () throws(FileProblem) in
            try transcode(bytes, EncodingDetection(encoding: .utf16LE, hasBOM: true, confidence: 1), chunkSize: 2)
        }
        #expect(found == FileProblem(line: 3, reason: UTF8Transcoder.oddUTF16Reason))
    }

    @Test func utf16LoneSurrogates() {
        let detection = EncodingDetection(encoding: .utf16BE, hasBOM: true, confidence: 1)
        // A high surrogate followed by a letter, on line 2.
        let high = [0xFE, 0xFF] + utf16("x\n", bigEndian: true) + [0xD8, 0x3D, 0x00, 0x41]
        #expect(problem { () throws(FileProblem) in try transcode(high, detection, chunkSize: 1) }
            == FileProblem(line: 2, reason: UTF8Transcoder.unpairedSurrogateReason))
        // A low surrogate alone.
        let low: [UInt8] = [0xFE, 0xFF, 0xDC, 0x00]
        #expect(problem { () throws(FileProblem) in try transcode(low, detection, chunkSize: 1) }
            == FileProblem(line: 1, reason: UTF8Transcoder.unpairedSurrogateReason))
        // A high surrogate at the very end.
        let end: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x3D]
        #expect(problem { () throws(FileProblem) in try transcode(end, detection, chunkSize: 3) }
            == FileProblem(line: 1, reason: UTF8Transcoder.unpairedSurrogateReason))
    }

    @Test(arguments: [1, 2, 3, 1 << 16])
    func chunkStreamJoinsReaderAndTranscoder(chunkSize: Int) throws {
        let bytes = [0xFF, 0xFE] + utf16(text, bigEndian: false)
        let source = MemoryByteSource(bytes)
        let detection = try EncodingDetector.detect(try source.prefix(1 << 16), isWholeFile: true).get()
        var stream = DecodingChunkStream(try source.open(), detection: detection, chunkSize: chunkSize)
        var out: [UInt8] = []
        while let chunk = try stream.nextChunk() {
            #expect(!chunk.isEmpty)
            out += chunk
        }
        #expect(out == Array(text.utf8))
        #expect(try stream.nextChunk() == nil)
    }

    @Test func chunkStreamReportsTheProblem() throws {
        let bytes = Array("ổn\nổn\n".utf8) + [0xFF]
        var stream = DecodingChunkStream(MemoryByteStream(bytes: bytes), detection: EncodingDetection(encoding: .utf8, hasBOM: false, confidence: 1), chunkSize: 4)
        #expect(throws: FileProblem(line: 3, reason: UTF8Transcoder.mixedEncodingReason)) {
            while try stream.nextChunk() != nil {}
        }
    }
}
