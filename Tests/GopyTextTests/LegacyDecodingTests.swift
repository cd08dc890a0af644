import GopyModel
import Testing

@testable import GopyText

@Suite("Decoding legacy encodings and mojibake")
struct LegacyDecodingTests {
    static let legacy: [TextEncoding] = [.windows1258, .tcvn3, .vni, .tcvn3Mojibake, .vniMojibake, .windows1258Mojibake, .doubleUTF8]

    /// Every letter, each between spaces, then a sentence with capitals and punctuation.
    static let allLetters = VietnameseSamples.letters.joined(separator: " ") + "\n" + VietnameseSamples.sentences[14] + "\n"

    /// What a round trip through `encoding` gives back: TCVN3 has no upper-case toned letters.
    static func expected(_ text: String, _ encoding: TextEncoding) -> String {
        guard encoding == .tcvn3 || encoding == .tcvn3Mojibake else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let value = scalar.value
            // Precomposed letters with a tone (U+00C0… and U+1EA0…), not Ă Â Đ Ê Ô Ơ Ư.
            let toned = (0x1EA0...0x1EF9).contains(value) || [0xC0, 0xC1, 0xC3, 0xC8, 0xC9, 0xCC, 0xCD, 0xD2, 0xD3, 0xD5, 0xD9, 0xDA, 0xDD, 0x128, 0x168].contains(value)
            return toned ? Character(scalar).lowercased().unicodeScalars.first! : scalar
        }))
    }

    func transcode(_ bytes: [UInt8], _ encoding: TextEncoding, chunkSize: Int) throws -> [UInt8] {
        var transcoder = UTF8Transcoder(EncodingDetection(encoding: encoding, hasBOM: false, confidence: 1))
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

    @Test(arguments: legacy)
    func everyLetterRoundTrips(encoding: TextEncoding) throws {
        let bytes = try #require(LegacyEncoder.encode(Self.allLetters, as: encoding))
        let decoded = try transcode(bytes, encoding, chunkSize: 1 << 16)
        #expect(String(decoding: decoded, as: UTF8.self) == Self.expected(Self.allLetters, encoding))
        // NFC, byte for byte: the decoder composes, nothing is left for a later normaliser.
        #expect(decoded == Array(Self.expected(Self.allLetters, encoding).utf8))
        #expect(!decoded.contains(0xCC))
    }

    @Test func tcvn3LosesOnlyTheCaseOfTonedCapitals() throws {
        let bytes = try #require(LegacyEncoder.encode("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", as: .tcvn3))
        #expect(String(decoding: try transcode(bytes, .tcvn3, chunkSize: 64), as: UTF8.self) == "ủY BAN NHÂN DÂN TỉNH ĐắK LắK")
    }

    @Test(arguments: legacy, [1, 2, 3, 5])
    func chunksMaySplitAnywhere(encoding: TextEncoding, chunkSize: Int) throws {
        let bytes = try #require(LegacyEncoder.encode(Self.allLetters, as: encoding))
        let whole = try transcode(bytes, encoding, chunkSize: 1 << 16)
        #expect(try transcode(bytes, encoding, chunkSize: chunkSize) == whole)
    }

    @Test func aVNIPairSplitAcrossChunks() throws {
        var transcoder = UTF8Transcoder(EncodingDetection(encoding: .vni, hasBOM: false, confidence: 1))
        // "Vieä" | "t": the base e is held back until the mark byte arrives.
        #expect(try transcoder.push([0x56, 0x69, 0x65]) == Array("Vi".utf8))
        #expect(try transcoder.push([0xE4]) == Array("ệ".utf8))
        // ơ 0xF4 then 0xF9: ớ, across a chunk boundary; 0xF4 at the very end stays ơ.
        #expect(try transcoder.push([0x74, 0x20, 0x6D, 0xF4]) == Array("t m".utf8))
        #expect(try transcoder.push([0xF9, 0x69, 0x20, 0xF4]) == Array("ới ".utf8))
        #expect(try transcoder.finish() == Array("ơ".utf8))
    }

    @Test func aWindows1258ToneByteSplitFromItsLetter() throws {
        var transcoder = UTF8Transcoder(EncodingDetection(encoding: .windows1258, hasBOM: false, confidence: 1))
        // "Vie^" | dot below | "t": ê waits for its tone.
        #expect(try transcoder.push([0x56, 0x69, 0xEA]) == Array("Vi".utf8))
        // t waits too (t and a dot below compose to ṭ under NFC).
        #expect(try transcoder.push([0xF2, 0x74]) == Array("ệ".utf8))
        // A letter at the end of the file is not lost (glibc's iconv loses it without a flush).
        #expect(try transcoder.push([0x20, 0x61]) == Array("t ".utf8))
        #expect(try transcoder.finish() == Array("a".utf8))
    }

    @Test func windows1258ToneAfterANonLetterStaysACombiningMark() throws {
        let decoded = try UTF8Transcoder.decode([0x31, 0xEC, 0x20, 0xEC], as: .windows1258)
        #expect(decoded == Array("1\u{301} \u{301}".utf8))
    }

    @Test func vniMarkWithoutABaseGivesCombiningMarks() throws {
        // 0xE4 (circumflex and dot below) after `d`, which takes no mark.
        #expect(try UTF8Transcoder.decode([0x64, 0xE4], as: .vni) == Array("d\u{302}\u{323}".utf8))
        // Upper-case base with a lower-case mark byte, and the reverse: the base decides.
        #expect(try UTF8Transcoder.decode([0x45, 0xE4, 0x65, 0xC4], as: .vni) == Array("Ệệ".utf8))
    }

    @Test(arguments: [
        (TextEncoding.tcvn3Mojibake, "Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        (.tcvn3Mojibake, "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        (.vniMojibake, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        (.vniMojibake, "ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"),
        (.doubleUTF8, "Cá»™ng hoÃ  xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        (.windows1258Mojibake, "Viêòt Nam", "Việt Nam"),
    ])
    func mojibakeOfRealSentences(encoding: TextEncoding, mojibake: String, text: String) throws {
        let decoded = try UTF8Transcoder.decode(Array(mojibake.utf8), as: encoding)
        #expect(String(decoding: decoded, as: UTF8.self) == text)
        #expect(decoded == Array(text.utf8))
    }

    @Test(arguments: legacy.filter(\.isMojibake), [1, 2, 3])
    func mojibakeSplitInsideUTF8Sequences(encoding: TextEncoding, chunkSize: Int) throws {
        let text = VietnameseSamples.sentences[1] + "\n" + VietnameseSamples.sentences[2]
        let bytes = try #require(LegacyEncoder.encode(text, as: encoding))
        #expect(String(decoding: try transcode(bytes, encoding, chunkSize: chunkSize), as: UTF8.self) == text)
    }

    @Test func charactersWindows1252CannotHoldPassThroughMojibake() throws {
        // Words typed in Unicode into a TCVN3-mojibake document keep their letters, when these
        // are beyond Latin-1 (a Latin-1 letter such as í is a TCVN3 byte: it becomes ớ).
        let text = "Céng hoµ 👍 Tiếng Việt “dẫn chứng”"
        let decoded = try UTF8Transcoder.decode(Array(text.utf8), as: .tcvn3Mojibake)
        #expect(String(decoding: decoded, as: UTF8.self) == "Cộng hoà 👍 Tiếng Việt “dẫn chứng”")
    }

    @Test func doubleUTF8KeepsWhatWasNeverEncodedTwice() throws {
        let text = "Viá»‡t Nam và Tiếng Việt, café"
        let decoded = try UTF8Transcoder.decode(Array(text.utf8), as: .doubleUTF8)
        #expect(String(decoding: decoded, as: UTF8.self) == "Việt Nam và Tiếng Việt, café")
    }

    @Test func doubleUTF8WithALostByteLeavesAHole() throws {
        // Đ is C4 90; 0x90 has no Windows-1252 character and some tools wrote `?` for it.
        let decoded = try UTF8Transcoder.decode(Array("Ä?á»©c".utf8), as: .doubleUTF8)
        #expect(String(decoding: decoded, as: UTF8.self) == "?ức")
        // Windows itself reads 0x90 as the C1 control U+0090, which decodes back.
        #expect(try UTF8Transcoder.decode(Array("Ä\u{90}á»©c".utf8), as: .doubleUTF8) == Array("Đức".utf8))
    }

    @Test func mojibakeThatIsNotUTF8IsRefused() {
        let bytes = Array("Céng".utf8) + [0xB5]
        #expect(throws: FileProblem.self) { try UTF8Transcoder.decode(bytes, as: .tcvn3Mojibake) }
    }

    @Test func mojibakeWithABOM() throws {
        let bytes = TextEncoding.tcvn3Mojibake.byteOrderMark + Array("Céng hoµ".utf8)
        #expect(String(decoding: try transcode(bytes, .tcvn3Mojibake, chunkSize: 2), as: UTF8.self) == "Cộng hoà")
    }

    @Test(arguments: legacy)
    func chunkStreamDecodesEveryEncoding(encoding: TextEncoding) throws {
        let bytes = try #require(LegacyEncoder.encode(VietnameseSamples.text, as: encoding))
        var stream = DecodingChunkStream(MemoryByteStream(bytes: bytes), detection: EncodingDetection(encoding: encoding, hasBOM: false, confidence: 1), chunkSize: 7)
        var out: [UInt8] = []
        while let chunk = try stream.nextChunk() { out += chunk }
        #expect(String(decoding: out, as: UTF8.self) == Self.expected(VietnameseSamples.text, encoding))
    }

    @Test func encoderRefusesWhatAnEncodingCannotHold() {
        #expect(LegacyEncoder.encode("中文", as: .tcvn3) == nil)
        #expect(LegacyEncoder.encode("señor", as: .vni) == nil)  // ñ is VNI's đ
        #expect(LegacyEncoder.encode("señor", as: .windows1258) == [0x73, 0x65, 0xF1, 0x6F, 0x72])
        #expect(LegacyEncoder.encodeLossyWindows1258("Phần thứ nhất") == Array("Ph?n th? nh?t".utf8))
    }
}
