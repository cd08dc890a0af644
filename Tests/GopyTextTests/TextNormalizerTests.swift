import GopyTestSupport
import Testing

@testable import GopyText

@Suite("NFC and display cleaning")
struct TextNormalizerTests {
    /// Fully decomposed "Cộng hòa xã hội chủ nghĩa Việt Nam", dot below before the circumflex.
    let nfd = "C\u{006F}\u{0323}\u{0302}ng ho\u{0300}a xa\u{0303} ho\u{0302}\u{0323}i chu\u{0309} nghi\u{0303}a Vie\u{0323}\u{0302}t Nam"
    let nfc = "Cộng hòa xã hội chủ nghĩa Việt Nam"

    @Test func nfdBecomesNFC() {
        let result = TextNormalizer.nfc(nfd)
        #expect(Array(result.utf8) == Array(nfc.utf8))
    }

    @Test func marksInEitherOrderComposeTheSame() {
        // ệ: dot below then circumflex (canonical), or circumflex then dot below.
        let canonical = TextNormalizer.nfc("e\u{0323}\u{0302}")
        let swapped = TextNormalizer.nfc("e\u{0302}\u{0323}")
        #expect(Array(canonical.unicodeScalars) == ["\u{1EC7}"])
        #expect(Array(swapped.unicodeScalars) == ["\u{1EC7}"])
        // Only the tone decomposed (Windows-1258 style): ê + acute.
        #expect(Array(TextNormalizer.nfc("Vi\u{00EA}\u{0301}t").unicodeScalars) == ["V", "i", "\u{1EBF}", "t"])
    }

    @Test func nfcTextIsReturnedUnchanged() {
        let samples = [nfc, "“Đổi mới” – 2025… ■ ❖ ✓ €5 👍", "Ordinary ASCII", "Ｆｕｌｌ\u{FEFF}"]
        for sample in samples {
            #expect(TextNormalizer.isKnownNFC(sample), "\(sample)")
            #expect(Array(TextNormalizer.nfc(sample).utf8) == Array(sample.utf8))
        }
    }

    @Test func doubtfulTextGoesThroughTheNormaliser() {
        // Singletons that NFC replaces, and Hangul jamo that compose.
        #expect(!TextNormalizer.isKnownNFC("\u{2126}"))  // OHM SIGN → Ω
        #expect(TextNormalizer.nfc("\u{2126}").unicodeScalars.first == "\u{03A9}")
        #expect(TextNormalizer.nfc("\u{2000}").unicodeScalars.first == "\u{2002}")
        #expect(TextNormalizer.nfc("\u{1100}\u{1161}").unicodeScalars.count == 1)
        #expect(!TextNormalizer.isKnownNFC(nfd))
    }

    /// The fast path's promise: every scalar it lets through is NFC on its own, never
    /// reordered (combining class 0), and never composed with a neighbouring letter.
    @Test func everyScalarTheFastPathTrustsIsStable() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x02FF, 0x1E00...0x1EFF, 0x2002...0x20BF, 0x2500...0x27FF,
                                             0xFE00...0xFE0F, 0xFEFF...0xFEFF, 0xFF00...0xFF7F, 0x1F000...0x1FFFF]
        var checked = 0
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let alone = String(scalar)
                guard TextNormalizer.isKnownNFC(alone) else { continue }
                checked += 1
                #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
                #expect(Array(alone._nfcCodeUnits) == Array(alone.utf8), "U+\(String(value, radix: 16))")
                for neighbour in ["a", "o", "\u{1EA1}"] {
                    for pair in [neighbour + alone, alone + neighbour] {
                        #expect(Array(pair._nfcCodeUnits) == Array(pair.utf8), "U+\(String(value, radix: 16))")
                    }
                }
            }
        }
        #expect(checked > 4000)
    }

    @Test func scalarTestAgreesWithTheByteTest() {
        // The matching-key lexer asks scalar by scalar what isKnownNFC asks of bytes.
        for value in stride(from: UInt32(0), through: 0x2FFFF, by: 1) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TextNormalizer.isNFCSafe(value) == TextNormalizer.isKnownNFC(String(scalar)), "U+\(String(value, radix: 16))")
        }
    }

    // MARK: display

    @Test func displayCleansInvisibleAndSpaceCharacters() {
        #expect(TextNormalizer.display("  Đề\u{00A0}nghị\u{202F}bổ sung\t\tnội dung \r\n về   giáo dục  ")
            == "Đề nghị bổ sung nội dung về giáo dục")
        #expect(TextNormalizer.display("phát\u{200B}triển bền\u{00AD}vững\u{2060}, \u{FEFF}kinh\u{200D} tế") == "pháttriển bềnvững, kinh tế")
        #expect(TextNormalizer.display("\u{FEFF}Mở đầu") == "Mở đầu")
        #expect(TextNormalizer.display("a\u{0007}b\u{0000}c\u{0085}d\u{007F}e") == "a b c d e")
        #expect(TextNormalizer.display("x\u{2003}y\u{3000}z\u{2028}w") == "x y z w")
    }

    @Test func displayReplacesLookAlikeLetters() {
        #expect(TextNormalizer.display("ðồng chí Ðảng viên") == "đồng chí Đảng viên")
    }

    @Test func displayComposesDecomposedText() {
        let result = TextNormalizer.display("  " + nfd + "\n")
        #expect(Array(result.utf8) == Array(nfc.utf8))
        // A zero-width space between a letter and its mark: removed, then composed.
        #expect(Array(TextNormalizer.display("Vie\u{200B}\u{0323}\u{0302}t").unicodeScalars) == ["V", "i", "\u{1EC7}", "t"])
    }

    @Test func displayWritesTheHouseToneStyle() {
        // Old style by default (`tone_style` defaults to old): "Ủy ban", as laws write it.
        #expect(TextNormalizer.display("Uỷ ban nhân dân tỉnh") == "Ủy ban nhân dân tỉnh")
        #expect(TextNormalizer.display("Cấp uỷ, hoà bình\u{00A0}và sức khoẻ") == "Cấp ủy, hòa bình và sức khỏe")
        #expect(TextNormalizer.display("Cấp uỷ", toneStyle: .old) == "Cấp ủy")
        #expect(TextNormalizer.display("Cấp ủy, hòa bình", toneStyle: .new) == "Cấp uỷ, hoà bình")
        #expect(TextNormalizer.display("Cấp uỷ và Ủy ban", toneStyle: .keep) == "Cấp uỷ và Ủy ban")
        // Both styles in one comment come out in one.
        #expect(TextNormalizer.display("Ủy ban và cấp uỷ; hoà hợp, hòa giải") == "Ủy ban và cấp ủy; hòa hợp, hòa giải")
        // Cleaning and restyling together: a zero-width space inside a word, NFD, a look-alike ð.
        #expect(Array(TextNormalizer.display("\u{FEFF}ðồng chí  thu\u{200B}y\u{0309} lợi\u{00AD}").utf8) == Array("đồng chí thủy lợi".utf8))
        // Closed syllables and qu/gi are the same in both styles.
        #expect(TextNormalizer.display("hoàn toàn, quý, giữa, khuya", toneStyle: .new) == "hoàn toàn, quý, giữa, khuya")
    }

    @Test func displayLeavesWordsAlone() {
        let text = "Tại mục I.1, trang 5: “tăng trưởng GRDP 6,5%/năm” – đề nghị sửa (30/2020/NĐ-CP)."
        #expect(TextNormalizer.display(text) == text)
        #expect(TextNormalizer.display("") == "")
        #expect(TextNormalizer.display(" \n\t ") == "")
    }
}

@Suite("Display cleaning against a plain reference")
struct DisplayReferenceTests {
    /// The cleaning rules of ``TextNormalizer/display(_:toneStyle:)`` written the slow, obvious way.
    static func reference(_ text: String) -> String {
        let dropped: Set<UInt32> = [0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF,
                                    0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if dropped.contains(v) { continue }
            if v < 0x21 || (0x7F...0xA0).contains(v) || scalar.properties.isWhitespace {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
                continue
            }
            current.append(v == 0xF0 ? "\u{0111}" : v == 0xD0 ? "\u{0110}" : scalar)
        }
        if !current.isEmpty { words.append(String(current)) }
        return String(decoding: words.joined(separator: " ")._nfcCodeUnits, as: UTF8.self)
    }

    @Test func randomTextsAgreeWithTheReference() {
        let alphabet: [String] = [
            "a", "Đ", "ð", "Ð", "ệ", "ổ", "à", "ý", " ", "  ", "\t", "\n", "\r\n", "\u{00A0}", "\u{202F}", "\u{2003}",
            "\u{3000}", "\u{1680}", "\u{2028}", "\u{0085}", "\u{0007}", "\u{0000}", "\u{007F}", "\u{200B}", "\u{200D}",
            "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{200E}", "\u{0301}", "\u{0323}", "\u{0302}", "e", "o", ",", "“",
            "–", "👍", "\u{2126}", "x", "1", ".",
        ]
        var generator = SplitMix64(seed: 20251)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let expected = Self.reference(text)
            let actual = TextNormalizer.display(text, toneStyle: .keep)
            #expect(Array(actual.utf8) == Array(expected.utf8), "\(Array(text.unicodeScalars))")
            // The default also writes the old tone style, as ToneStyle does on its own.
            let old = ToneStyle.old.apply(to: expected)
            #expect(Array(TextNormalizer.display(text).utf8) == Array(old.utf8), "\(Array(text.unicodeScalars))")
        }
    }
}

