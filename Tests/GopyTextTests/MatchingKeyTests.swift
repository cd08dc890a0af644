import GopyTestSupport
import Testing

@testable import GopyText

@Suite("Matching keys")
struct MatchingKeyTests {
    @Test func keyIsLowerCaseOldStyleWithoutPunctuation() {
        #expect(MatchingKey.make("Đề nghị: bổ sung “HOÀ BÌNH”, sức khoẻ & thuỷ lợi!!") == "đề nghị bổ sung hòa bình sức khỏe thủy lợi")
        #expect(MatchingKey.make("  Mục 2.3 — trang 5  ") == "mục 2 3 trang 5")
        #expect(MatchingKey.make("...") == "")
    }

    @Test func sameWordingSameKey() {
        let variants = [
            "Cần nâng cao sức khoẻ nhân dân, hoà bình.",
            "cần nâng cao sức khỏe nhân dân hòa bình",
            "CẦN NÂNG CAO SỨC KHỎE NHÂN DÂN – HOÀ BÌNH",
            "Ca\u{0302}\u{0300}n na\u{0302}ng cao su\u{031B}\u{0301}c kho\u{0309}e nha\u{0302}n da\u{0302}n; ho\u{0300}a bi\u{0300}nh",
            "Cần\tnâng cao\nsức khoẻ  nhân dân (hoà bình)",
        ]
        let keys = Set(variants.map { Array(MatchingKey.make($0).utf8) })
        #expect(keys.count == 1)
        #expect(MatchingKey.make(variants[0]) == "cần nâng cao sức khỏe nhân dân hòa bình")
    }

    @Test func keyKeepsDiacritics() {
        #expect(MatchingKey.make("bán") != MatchingKey.make("bàn"))
        #expect(MatchingKey.make("Quý") == "quý")
    }

    @Test func diacriticFreeKey() {
        #expect(MatchingKey.diacriticFree("Huyện ủy  Krông-Pắc, ĐỒNG Ý!") == "huyen uy krong pac dong y")
        #expect(MatchingKey.diacriticFree("Vie\u{0323}\u{0302}t ðồng") == "viet dong")
        #expect(MatchingKey.diacriticFree("hoà") == MatchingKey.diacriticFree("hòa"))
        #expect(MatchingKey.diacriticFree("Đề nghị UBND, HĐND tỉnh") == "de nghi UBND HĐND tinh")
        #expect(MatchingKey.diacriticFree("de nghi uy ban nhan dan, hoi dong nhan dan tinh") == "de nghi UBND HĐND tinh")
    }

    @Test func abbreviationsAndLongFormsShareATokenInCapitals() {
        #expect(MatchingKey.make("Đề nghị UBND tỉnh") == "đề nghị UBND tỉnh")
        #expect(MatchingKey.make("Đề nghị Ủy ban nhân dân tỉnh") == "đề nghị UBND tỉnh")
        #expect(MatchingKey.make("KT-XH, KT - XH, KT–XH, KTXH, kinh tế - xã hội") == "KTXH KTXH KTXH KTXH KTXH")
        #expect(MatchingKey.make("MTTQ, MTTQVN, Mặt trận Tổ quốc Việt Nam, Mặt trận") == "MTTQ MTTQ việt nam MTTQ việt nam MTTQ")
        #expect(MatchingKey.make("BCH TW, BCHTW, BCH Trung ương, Ban Chấp hành Trung ương, BCH") == "BCH TW BCH TW BCH TW BCH TW BCH")
        #expect(MatchingKey.make("TP.HCM, TP. HCM, TPHCM, TP Hồ Chí Minh, Thành phố Hồ Chí Minh") == "TPHCM TPHCM TPHCM TPHCM TPHCM")
        #expect(MatchingKey.make("CB, CC, VC và cán bộ, công chức, viên chức") == "CBCCVC và CBCCVC")
        #expect(MatchingKey.make("Đoàn TNCS HCM; Đoàn Thanh niên Cộng sản Hồ Chí Minh") == "ĐTN ĐTN")
        #expect(MatchingKey.make("TTg, TTG, Thủ tướng Chính phủ") == "TTg TTg TTg")
    }

    @Test func caseDecidesWhatIsAnAbbreviation() {
        // Lower case counts for spellings of three letters or more that cannot be a syllable.
        #expect(MatchingKey.make("ubnd tỉnh, hđnd xã, mttq, ttg") == "UBND tỉnh HĐND xã MTTQ TTg")
        // Two letters, or a syllable, only as the table writes them or in capitals.
        #expect(MatchingKey.make("da cam, tp, nq, tw, Tw") == "da cam tp nq tw tw")
        #expect(MatchingKey.make("DA, TP, Tp, NQ, TW") == "DA TP TP NQ TW")
        // A spelling that is a syllable is a word among capitals that are words.
        #expect(MatchingKey.make("ĐA DẠNG SINH HỌC") == "đa dạng sinh học")
        #expect(MatchingKey.make("KINH TẾ TƯ NHÂN") == "kinh tế tư nhân")
        #expect(MatchingKey.make("CHẤT ĐỘC DA CAM") == "chất độc da cam")
        #expect(MatchingKey.make("các ĐA, DA của TƯ") == "các ĐA DA của TW")
        #expect(MatchingKey.make("UBND, ĐA") == "UBND ĐA")
        // "Mặt trận" stands for MTTQ only capitalised as the table writes it.
        #expect(MatchingKey.make("trên mặt trận kinh tế") == "trên mặt trận kinh tế")
    }

    /// One comment, written many ways: one key.
    @Test func oneCommentManyWritings() {
        let written = "Đề nghị UBND tỉnh quan tâm hơn đến phát triển KT-XH vùng đồng bào DTTS, nhất là CCHC và kỹ năng số."
        let writings = [
            written,
            "đề nghị Ủy ban nhân dân tỉnh quan tâm hơn đến phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; nhất là cải cách hành chính và kĩ năng số!",
            "Đề nghị Uỷ ban nhân dân tỉnh quan tâm hơn đến phát triển KT–XH vùng ĐBDTTS (nhất là cải cách hành chính) và kĩ năng số",
            MatchingKeyInvariantTests.decomposed(written),
            written.uppercased(),
            "ĐỀ NGHỊ ỦY BAN NHÂN DÂN TỈNH QUAN TÂM HƠN ĐẾN PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ, NHẤT LÀ CẢI CÁCH HÀNH CHÍNH VÀ KỸ NĂNG SỐ",
            "đề nghị ubnd tỉnh quan tâm hơn đến phát triển kinh tế xã hội vùng đồng bào dtts nhất là cchc và kỹ năng số",
            // The tone alone decomposed, as Windows-1258 writes it.
            "Đê\u{0300} nghi\u{0323} UBND ti\u{0309}nh quan tâm hơn đê\u{0301}n phát triê\u{0309}n KT-XH vùng đô\u{0300}ng bào DTTS, nhâ\u{0301}t là CCHC và ky\u{0303} năng sô\u{0301}.",
        ]
        let key = MatchingKey.make(written)
        #expect(key == "đề nghị UBND tỉnh quan tâm hơn đến phát triển KTXH vùng đồng bào DTTS nhất là CCHC và kỹ năng số")
        for text in writings {
            #expect(Array(MatchingKey.make(text).utf8) == Array(key.utf8), "\(text)")
            #expect(MatchingKey.comparisonKey(text) == key, "\(text)")
        }
        // Typed without diacritics: one diacritic-free key, the same as the others'.
        let unaccented = [
            "De nghi UBND tinh quan tam hon den phat trien KT-XH vung dong bao DTTS, nhat la CCHC va ky nang so.",
            "de nghi uy ban nhan dan tinh quan tam hon den phat trien kinh te - xa hoi vung dong bao dan toc thieu so, nhat la cai cach hanh chinh va ki nang so",
        ]
        let free = MatchingKey.diacriticFree(written)
        #expect(free == "de nghi UBND tinh quan tam hon den phat trien KTXH vung dong bao DTTS nhat la CCHC va ky nang so")
        for text in unaccented + writings {
            #expect(MatchingKey.diacriticFree(text) == free, "\(text)")
        }
        for text in unaccented {
            #expect(MatchingKey.comparisonKey(text) == free, "\(text)")
        }
    }
}

@Suite("Comments typed without diacritics")
struct UnaccentedTextTests {
    @Test(arguments: [
        "De nghi bo sung giai phap giai quyet viec lam cho thanh nien.",
        "Nhat tri voi du thao.",
        "dong y",
        "DE NGHI BO SUNG CHI TIEU VE Y TE",
        // A stray accented name among many unmarked words.
        "De nghi tinh co chinh sach ho tro nong dan tai canh ca phe o Đắk Lắk, cho vay von uu dai, thoi han dai hon.",
        "UBND tinh can quan tam hon nua",
    ])
    func typedWithoutDiacritics(_ text: String) {
        #expect(MatchingKey.isTypedWithoutDiacritics(text))
        #expect(MatchingKey.comparisonKey(text) == MatchingKey.diacriticFree(text))
    }

    @Test(arguments: [
        "Đề nghị bổ sung giải pháp giải quyết việc làm cho thanh niên.",
        "Nhất trí",
        "ĐỀ NGHỊ BỔ SUNG CHỈ TIÊU VỀ Y TẾ",
        // A few unmarked words among marked ones.
        "Tham gia ý kiến: đề nghị tăng cường an ninh, quốc phòng và chăm lo đời sống nhân dân.",
        "Cần đầu tư cho tin học, internet và data center ở các xã vùng sâu.",
        // Decomposed marks count.
        "De\u{0302}\u{0300} nghi\u{0323} bo\u{0302}\u{0309} sung",
        // No syllable at all.
        "2025", "", "...",
    ])
    func typedWithDiacritics(_ text: String) {
        #expect(!MatchingKey.isTypedWithoutDiacritics(text))
        #expect(MatchingKey.comparisonKey(text) == MatchingKey.make(text))
    }
}

@Suite("Folding")
struct FoldingTests {
    @Test func words() {
        #expect(Folding.words("Huyện ủy  Krông-Pắc") == "huyen uy krong pac")
        #expect(Folding.words("  Ðảng ủy, 2025: ƯU TIÊN ") == "dang uy 2025 uu tien")
        #expect(Folding.words("Ça va, Straße") == "ça va straße")
        #expect(Folding.words("!!!") == "")
    }

    @Test func compact() {
        #expect(Folding.compact("Phần/mục góp ý") == "phanmucgopy")
        #expect(Folding.compact("Số điện thoại") == "sodienthoai")
    }
}

@Suite("Matching key invariants")
struct MatchingKeyInvariantTests {
    static let syllables = [
        "hoà", "hòa", "khoẻ", "thuỷ", "Uỷ", "quý", "giữa", "hoàn", "toán", "khuya", "Việt", "ĐỔI", "mới", "nghiêng",
        "người", "2025", "I.1", "x", "ạ", "ÝÊ", "Ưu", "Ơn", "Ăn", "Ĩ", "Ũ", "ngụy", "ngoài",
    ]
    static let separators = [" ", ", ", "; ", "\n", " – ", "(", ")", "...", "“", "”", "/"]
    /// Abbreviations and long forms that keep their meaning in capitals.
    static let abbreviations = [
        "UBND", "Ủy ban nhân dân", "ubnd", "KT-XH", "kinh tế - xã hội", "TW", "Trung ương", "BCHTW", "Ban Chấp hành",
        "MTTQ", "Mặt trận Tổ quốc", "UB MTTQ", "TTg", "CB, CC, VC", "cán bộ, công chức, viên chức", "quy định", "QĐ",
        "nghị quyết", "KH&CN", "TP.HCM", "TP", "thành phố", "Hồ Chí Minh", "CNH, HĐH", "hiện đại hoá", "QyĐ",
    ]

    /// A fully decomposed copy of Vietnamese text (NFD: dot below before the other marks).
    static func decomposed(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(contentsOf: Self.nfd[scalar.value] ?? [scalar])
        }
        return String(out)
    }

    /// Precomposed letter → base + marks, built by composing every base + marks spelling.
    static let nfd: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        let bases: [Unicode.Scalar] = ["a", "e", "i", "o", "u", "y", "A", "E", "I", "O", "U", "Y", "d", "D"]
        let shapes: [[Unicode.Scalar]] = [[], ["\u{0302}"], ["\u{0306}"], ["\u{031B}"]]
        let tones: [[Unicode.Scalar]] = [[], ["\u{0323}"], ["\u{0300}"], ["\u{0301}"], ["\u{0309}"], ["\u{0303}"]]
        for base in bases {
            for shape in shapes {
                for tone in tones {
                    let sequence = [base] + (tone == ["\u{0323}"] ? tone + shape : shape + tone)
                    guard sequence.count > 1 else { continue }
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: sequence)
                    let composed = String(decoding: String(view)._nfcCodeUnits, as: UTF8.self).unicodeScalars
                    if composed.count == 1 { table[composed.first!.value] = sequence }
                }
            }
        }
        return table
    }()

    @Test func keyIgnoresFormCaseToneStyleAndPunctuation() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let count = Int.random(in: 1...8, using: &generator)
            var text = ""
            for k in 0..<count {
                if k > 0 { text += Self.separators.randomElement(using: &generator)! }
                text += Self.syllables.randomElement(using: &generator)!
            }
            let key = MatchingKey.make(text)
            #expect(MatchingKey.make(Self.decomposed(text)) == key, "NFD: \(text)")
            #expect(Array(MatchingKey.make(Self.decomposed(text)).utf8) == Array(key.utf8), "NFD bytes: \(text)")
            #expect(MatchingKey.make(text.uppercased()) == key, "upper: \(text)")
            #expect(MatchingKey.make(ToneStyle.new.apply(to: text)) == key, "new style: \(text)")
            #expect(MatchingKey.make(key) == key, "idempotent: \(text)")
            #expect(!key.hasPrefix(" ") && !key.hasSuffix(" ") && !key.contains("  "))
        }
    }

    @Test func keyIgnoresFormToneStyleAndPunctuationAroundAbbreviations() {
        var generator = SplitMix64(seed: 11)
        // Every spelling and long form, but those that a neighbour in capitals makes a word ("ĐA
        // DẠNG") and "Mặt trận", which stands for MTTQ only as the table capitalises it.
        let table = AbbreviationRow.table.filter(\.isUnambiguous).flatMap { $0.spellings + [$0.longForm] }
            .filter { !["ĐA", "DA", "TƯ", "PA", "Mặt trận"].contains($0) }
        let pieces = Self.syllables + Self.abbreviations + table + AbbreviationIndex.compounds
        for _ in 0..<1000 {
            let count = Int.random(in: 1...8, using: &generator)
            var text = ""
            for k in 0..<count {
                if k > 0 { text += Self.separators.randomElement(using: &generator)! }
                text += pieces.randomElement(using: &generator)!
            }
            let key = MatchingKey.make(text)
            #expect(Array(MatchingKey.make(Self.decomposed(text)).utf8) == Array(key.utf8), "NFD: \(text)")
            #expect(MatchingKey.make(text.uppercased()) == key, "upper: \(text)")
            #expect(MatchingKey.make(ToneStyle.new.apply(to: text)) == key, "new style: \(text)")
            #expect(MatchingKey.make(key) == key, "idempotent: \(text)")
            let free = MatchingKey.diacriticFree(text)
            #expect(MatchingKey.diacriticFree(Self.decomposed(text)) == free, "NFD: \(text)")
            #expect(MatchingKey.diacriticFree(free) == free, "idempotent: \(text)")
            #expect(MatchingKey.diacriticFree(key) == free, "from the key: \(text)")
            #expect(!key.hasPrefix(" ") && !key.hasSuffix(" ") && !key.contains("  "))
        }
    }

    @Test func fastLowerCaseAgreesWithUnicode() {
        for value in Array(0..<0x250) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)), let lower = VietnameseLetters.lowercased(scalar) else { continue }
            #expect(String(lower) == scalar.properties.lowercaseMapping, "U+\(String(value, radix: 16))")
        }
    }

    @Test func foldingTablesAgree() {
        for (letter, base) in Folding.baseLetter {
            #expect(Folding.baseASCII(letter) == UInt8(base))
        }
        #expect(Folding.baseASCII(0xE7) == nil)  // ç is not Vietnamese
        #expect(Folding.words("e\u{0323}\u{0302}") == "e")
    }
}
