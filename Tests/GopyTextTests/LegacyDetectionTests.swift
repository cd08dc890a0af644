import GopyModel
import Testing

@testable import GopyText

@Suite("Detecting legacy encodings and mojibake")
struct LegacyDetectionTests {
    static let repaired: [TextEncoding] = [.windows1258, .tcvn3, .vni, .tcvn3Mojibake, .vniMojibake, .windows1258Mojibake, .doubleUTF8]

    func detect(_ bytes: [UInt8], whole: Bool = true) -> Result<EncodingDetection, FileProblem> {
        EncodingDetector.detect(bytes, isWholeFile: whole)
    }

    /// Decodes a whole file as the pipeline does: detection on the first 64 KiB, then the chunk
    /// stream, one byte at a time to stress the decoders.
    func ingest(_ bytes: [UInt8], chunkSize: Int = 1) throws -> (String, EncodingDetection) {
        let source = MemoryByteSource(bytes)
        let prefix = try source.prefix(EncodingDetector.sampleLimit)
        let detection = try detect(prefix, whole: prefix.count < EncodingDetector.sampleLimit).get()
        var stream = DecodingChunkStream(try source.open(), detection: detection, chunkSize: chunkSize)
        var out: [UInt8] = []
        while let chunk = try stream.nextChunk() { out += chunk }
        return (String(decoding: out, as: UTF8.self), detection)
    }

    @Test(arguments: repaired)
    func wholeFiles(encoding: TextEncoding) throws {
        let bytes = try #require(LegacyEncoder.encode(VietnameseSamples.text, as: encoding))
        let (text, detection) = try ingest(bytes)
        #expect(detection.encoding == encoding)
        #expect(detection.isLegacy)
        #expect(detection.confidence > 0.95)
        #expect((detection.score ?? 0) > 0.95)
        #expect((detection.runnerUpScore ?? 1) < 0.5)
        #expect(detection.scoredWords > 30)
        #expect(!detection.hasBOM && detection.lossyHoles == 0)
        #expect(text == LegacyDecodingTests.expected(VietnameseSamples.text, encoding))
    }

    @Test(arguments: repaired)
    func filesOfTextTheDetectorWasNotTunedOn(encoding: TextEncoding) throws {
        let original = VietnameseSamples.heldOut.joined(separator: "\r\n")
        let bytes = try #require(LegacyEncoder.encode(original, as: encoding))
        let (text, detection) = try ingest(bytes, chunkSize: 4096)
        #expect(detection.encoding == encoding)
        #expect(text == LegacyDecodingTests.expected(original, encoding))
    }

    @Test(arguments: repaired)
    func largeFilesAreDetectedFromTheirPrefix(encoding: TextEncoding) throws {
        let original = String(repeating: VietnameseSamples.text, count: 12)
        let bytes = try #require(LegacyEncoder.encode(original, as: encoding))
        #expect(bytes.count > EncodingDetector.sampleLimit)
        let (text, detection) = try ingest(bytes, chunkSize: 1 << 16)
        #expect(detection.encoding == encoding)
        #expect(text == LegacyDecodingTests.expected(original, encoding))
    }

    @Test(arguments: [TextEncoding.tcvn3Mojibake, .vniMojibake, .doubleUTF8])
    func mojibakeFilesWithABOM(encoding: TextEncoding) throws {
        let bytes = TextEncoding.utf8.byteOrderMark + (try #require(LegacyEncoder.encode(VietnameseSamples.text, as: encoding)))
        let (text, detection) = try ingest(bytes, chunkSize: 3)
        #expect(detection.encoding == encoding && detection.hasBOM && detection.bomLength == 3)
        #expect(text == LegacyDecodingTests.expected(VietnameseSamples.text, encoding))
    }

    @Test func plainUTF8StaysUTF8EvenWithCharactersSeenInMojibake() throws {
        // « » ½ µ © § and ç are the kind of characters that make the detector compare readings.
        let text = VietnameseSamples.text + "Chỉ tiêu đạt ½ kế hoạch; bụi mịn 2,5 µm; «Nghị quyết» © 2025, § 3; François góp ý.\n"
        let (decoded, detection) = try ingest(Array(text.utf8), chunkSize: 1 << 16)
        #expect(detection.encoding == .utf8)
        #expect(detection.runnerUp != nil)  // readings were compared
        #expect(detection.confidence > 0.9)
        #expect(decoded == text)
    }

    @Test func plainUTF8WithoutSuchCharactersIsNotScored() throws {
        let detection = try detect(Array(VietnameseSamples.text.utf8)).get()
        #expect(detection.encoding == .utf8 && detection.score == nil && !detection.isLegacy)
        #expect(detection.confidence == 0.99)
    }

    /// Fields of `words` words, from `sentences`, in `encoding`: the share that decode right.
    static func fieldAccuracy(_ encoding: TextEncoding, words: ClosedRange<Int>, sentences: [String], count: Int = 200) -> Double {
        var fields = VietnameseSamples.Fields(seed: 11, words: words, from: sentences)
        var right = 0
        for _ in 0..<count {
            let field = fields.next()!
            guard let bytes = LegacyEncoder.encode(field, as: encoding) else { continue }
            let (decoded, _) = EncodingDetector.decodeField(bytes)
            if String(decoding: decoded, as: UTF8.self) == LegacyDecodingTests.expected(field, encoding) { right += 1 }
        }
        return Double(right) / Double(count)
    }

    // Measured (200 fields each): 100% for 5–10 words in every encoding; 3–4 words 99–100%;
    // text the detector was not tuned on 99.5–100%. The floors leave room for other samples.
    @Test(arguments: repaired + [.utf8])
    func shortFieldsOfFiveToTenWords(encoding: TextEncoding) {
        let accuracy = Self.fieldAccuracy(encoding, words: 5...10, sentences: VietnameseSamples.sentences)
        #expect(accuracy >= 0.97, "\(encoding.rawValue): \(accuracy)")
        let heldOut = Self.fieldAccuracy(encoding, words: 5...10, sentences: VietnameseSamples.heldOut)
        #expect(heldOut >= 0.97, "\(encoding.rawValue), held-out sentences: \(heldOut)")
    }

    @Test(arguments: repaired + [.utf8])
    func shortFieldsOfThreeOrFourWords(encoding: TextEncoding) {
        let accuracy = Self.fieldAccuracy(encoding, words: 3...4, sentences: VietnameseSamples.sentences + VietnameseSamples.heldOut)
        #expect(accuracy >= 0.95, "\(encoding.rawValue): \(accuracy)")
    }

    @Test func aFieldOfMojibakeInAUTF8File() {
        let detection = EncodingDetector.detectField(Array("Céng hoµ x· héi".utf8))
        #expect(detection.encoding == .tcvn3Mojibake && detection.runnerUp != nil)
        let (decoded, _) = EncodingDetector.decodeField(Array("Coäng hoøa xaõ hoäi".utf8))
        #expect(decoded == Array("Cộng hòa xã hội".utf8))
        #expect(EncodingDetector.mayHoldMojibake(Array("Céng hoµ x· héi".utf8)))
        #expect(!EncodingDetector.mayHoldMojibake(Array("Cộng hoà xã hội, 30°C".utf8)))
        // A genuine field stays as it is; so does an ASCII one.
        #expect(EncodingDetector.detectField(Array("Tôi có ý kiến".utf8)).encoding == .utf8)
        let ascii = EncodingDetector.detectField(Array("Dong y voi du thao".utf8))
        #expect(ascii.encoding == .utf8 && ascii.isASCII && ascii.confidence == 1)
    }

    @Test func confidenceGrowsWithTheText() throws {
        let field = EncodingDetector.detectField(try #require(LegacyEncoder.encode("Đề nghị bổ sung", as: .tcvn3)))
        let file = try detect(try #require(LegacyEncoder.encode(VietnameseSamples.text, as: .tcvn3))).get()
        #expect(field.encoding == .tcvn3 && file.encoding == .tcvn3)
        #expect(field.confidence < file.confidence)
        #expect(field.confidence > 0.5)
    }

    @Test func excelExportsThatLostLettersAreFlagged() throws {
        // Excel's CSV on a Vietnamese Windows: letters Windows-1258 needs two bytes for become `?`.
        let header = "STT,Nội dung\n"
        let rows = VietnameseSamples.sentences.prefix(20).enumerated().map { "\($0.offset + 1),\"\($0.element)\"" }
        let original = header + rows.joined(separator: "\n") + "\n"
        let bytes = LegacyEncoder.encodeLossyWindows1258(original)
        let (text, detection) = try ingest(bytes, chunkSize: 1 << 16)
        #expect(detection.encoding == .windows1258)
        #expect(detection.isLossy && detection.lossyHoles > 20)
        #expect(detection.firstLossyLine == 1)  // "N?i dung"
        #expect(text.hasPrefix("STT,N?i dung\n1,\"Đ? ngh? b? sung n?i dung v? phát tri?n kinh t? s?"))
    }

    @Test func underscoresAndQuestionMarksInLetters() throws {
        let text = "Qu_c h_i thông qua.\nPh?n th? nh?t, m?c I.\n"
        let detection = try detect(Array(text.utf8)).get()
        #expect(detection.lossyHoles == 5 && detection.firstLossyLine == 1 && detection.isLossy)
    }

    @Test func ordinaryQuestionMarksAndAddressesAreNotHoles() throws {
        let text = "Thế nào là phát triển bền vững? Tại sao?\nLiên hệ: nguyen_van_a@example.com, http://example.com/gop_y?id=3\n_Ghi chú_: (?)\n"
        let detection = try detect(Array(text.utf8)).get()
        #expect(detection.lossyHoles == 0 && !detection.isLossy)
    }

    @Test func aFileNoEncodingReadsAsVietnameseIsRejected() {
        let french = "Le développement économique et social de la région dépend de l’éducation, de la santé et de l’accès à l’énergie. Les élèves étudient très sérieusement à l’école où les maîtres sont dévoués. Après la réunion, le comité a décidé de créer un réseau de coopératives."
        guard case .failure(let problem) = detect(LegacyEncoder.encode(french, as: .windows1258)!) else {
            Issue.record("accepted French in Windows-1252 as Vietnamese")
            return
        }
        #expect(problem.reason.hasPrefix(EncodingDetector.unreadableReason))
        #expect(problem.reason.contains("best reading"))
        #expect(problem.line == 1)
    }

    @Test func aFileWithOnlyWindowsQuotesIsRead() throws {
        // Unaccented Vietnamese with Windows-1252 quotes: every reading agrees on it.
        let bytes = Array("Y kien: ".utf8) + [0x93] + Array("dong y voi du thao".utf8) + [0x94] + Array(".\n".utf8)
        let detection = try detect(bytes).get()
        #expect(detection.isLegacy && detection.scoredWords == 0)
        #expect(try UTF8Transcoder.decode(bytes, as: detection.encoding) == Array("Y kien: “dong y voi du thao”.\n".utf8))
    }

    @Test func detectionLooksAtABoundedSample() throws {
        // 80 KB of ASCII, then TCVN3: the sample holds no legacy byte, so the file reads as UTF-8,
        // and decoding stops with a reason where the TCVN3 text starts.
        let bytes = Array(String(repeating: "Dong y voi du thao.\n", count: 4000).utf8) + LegacyEncoder.encode("Cộng hoà", as: .tcvn3)!
        let detection = try detect(Array(bytes.prefix(EncodingDetector.sampleLimit)), whole: false).get()
        #expect(detection.encoding == .utf8 && detection.isASCII)
        #expect(throws: FileProblem(line: 4001, reason: EncodingDetector.legacyEncodingReason)) {
            try UTF8Transcoder.decode(bytes, as: detection.encoding)
        }
    }
}
