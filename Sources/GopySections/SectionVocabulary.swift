/// A word the parser looks for, folded and as properly written.
///
/// A token matches when its folded form is the same and it is either written without any
/// diacritic ("muc", typed without marks) or with exactly these ("mục", in any case,
/// NFC or NFD). A token with other marks does not match: "mức" (level) is not "mục",
/// "phấn đấu" is not "phần đầu".
struct VocabularyWord: Sendable {
    /// The folded spelling as a ``FoldedCode``.
    let code: UInt64
    let marked: String

    init(_ marked: String, _ folded: String) {
        self.marked = marked
        self.code = FoldedCode.of(folded)
    }
}

/// The words of section references, and the neighbours that make them something else.
enum SectionVocabulary {
    /// A unit and its words ("tiểu mục" is two).
    struct UnitEntry: Sendable {
        let unit: SectionUnit
        let words: [VocabularyWord]
    }

    /// Unit entries, those of several words first; a token's code is compared with each
    /// entry's first word (a dozen integer comparisons, cheaper than hashing every token).
    static let units: [UnitEntry] = {
        let entries: [UnitEntry] = [
            UnitEntry(unit: .phan, words: [.init("phần", "phan")]),
            UnitEntry(unit: .chuong, words: [.init("chương", "chuong")]),
            UnitEntry(unit: .muc, words: [.init("mục", "muc")]),
            UnitEntry(unit: .tieuMuc, words: [.init("tiểu", "tieu"), .init("mục", "muc")]),
            UnitEntry(unit: .dieu, words: [.init("điều", "dieu")]),
            UnitEntry(unit: .khoan, words: [.init("khoản", "khoan")]),
            UnitEntry(unit: .diem, words: [.init("điểm", "diem")]),
            UnitEntry(unit: .tiet, words: [.init("tiết", "tiet")]),
            UnitEntry(unit: .y, words: [.init("ý", "y")]),
            UnitEntry(unit: .gachDauDong, words: [.init("gạch", "gach"), .init("đầu", "dau"), .init("dòng", "dong")]),
            UnitEntry(unit: .trang, words: [.init("trang", "trang")]),
            UnitEntry(unit: .doan, words: [.init("đoạn", "doan")]),
            UnitEntry(unit: .dong, words: [.init("dòng", "dong")]),
            UnitEntry(unit: .cau, words: [.init("câu", "cau")]),
        ]
        return entries.sorted { $0.words.count > $1.words.count }
    }()

    /// The codes of the units' first words, for a quick first test of every token.
    static let unitFirstCodes: [UInt64] = units.map(\.words[0].code)

    /// "thứ", which makes the next word an ordinal.
    static let ordinalMarker = VocabularyWord("thứ", "thu")

    /// Ordinal words after "thứ" (by folded spelling; several marked spellings may share one).
    static let ordinals: [(VocabularyWord, Int)] = table([
        ("nhất", "nhat", 1), ("nhì", "nhi", 2), ("hai", "hai", 2), ("ba", "ba", 3), ("tư", "tu", 4),
        ("bốn", "bon", 4), ("năm", "nam", 5), ("sáu", "sau", 6), ("bảy", "bay", 7), ("bẩy", "bay", 7),
        ("tám", "tam", 8), ("chín", "chin", 9), ("mười", "muoi", 10),
    ])

    /// "mười" then one of these: "thứ mười hai" = 12.
    static let afterTen: [(VocabularyWord, Int)] = table([
        ("một", "mot", 1), ("mốt", "mot", 1), ("hai", "hai", 2), ("ba", "ba", 3), ("bốn", "bon", 4),
        ("tư", "tu", 4), ("lăm", "lam", 5), ("năm", "nam", 5), ("sáu", "sau", 6), ("bảy", "bay", 7),
        ("bẩy", "bay", 7), ("tám", "tam", 8), ("chín", "chin", 9),
    ])

    static let ten = VocabularyWord("mười", "muoi")

    /// "đầu" (first, opening) and "cuối" (last, closing) as positions.
    static let first = VocabularyWord("đầu", "dau")
    static let last = VocabularyWord("cuối", "cuoi")

    /// Words after "đầu" that make it another word: "đầu tư" (investment), "đầu vào" …
    static let notAfterFirst: Set<UInt64> = codes([
        "tu", "vao", "ra", "moi", "co", "nao", "to", "nguon", "thau", "hang",
    ])

    /// Words that may stand between two components of one reference: "ý 3 của mục 2.3".
    static let connectors: [VocabularyWord] = [
        .init("của", "cua"), .init("thuộc", "thuoc"), .init("trong", "trong"), .init("tại", "tai"), .init("ở", "o"),
    ]

    /// Words that introduce the end of a range: "mục 3 đến mục 4".
    static let rangeWords: [VocabularyWord] = [.init("đến", "den"), .init("tới", "toi")]

    /// Folded words that, right before a unit word, make it part of another word or a
    /// quantity: "giai đoạn", "quan điểm", "một phần", "lưu ý", "chi tiết", "tình trạng" …
    /// Checked only where a reference starts, not between the components of one.
    static let notAfter: [SectionUnit: Set<UInt64>] = notAfterWords.mapValues(codes)

    private static let notAfterWords: [SectionUnit: Set<String>] = [
        .phan: cardinals.union(["thanh", "co", "nua", "bo", "tung"]),
        .chuong: ["huy", "van", "hien", "ky"],
        .muc: ["danh", "hang", "muc"],
        .dieu: ["nhieu", "nhung", "cac", "moi"],
        .khoan: ["tai", "dieu", "cac", "nhung"],
        .diem: [
            "quan", "dac", "dia", "thoi", "uu", "nhuoc", "trong", "luan", "khoi", "xuat", "giao", "tieu", "hoi",
            "cuc", "diem", "de",
        ],
        .tiet: ["chi", "thoi", "tinh", "mat", "tiet"],
        .y: ["luu", "chu", "dong", "tuy", "co", "hoi", "thien", "tinh", "y", "gop", "nhat"],
        .trang: ["thoi", "tinh", "hien", "thuc", "trang"],
        .doan: ["giai", "cong", "tap", "su", "lien", "phai", "doan"],
        .dong: cardinals.union([
            "trieu", "ty", "ti", "nghin", "ngan", "tram", "van", "cong", "hoi", "hop", "lao", "hoat", "tac", "chu",
            "dao", "bat", "tu", "hanh", "song", "luu",
        ]),
        .cau: ["yeu", "nhu", "cung", "co", "ket", "toan", "nhip", "cat"],
    ]

    /// Folded words after a number that make it a quantity: "mức 2 triệu", "5 lần", "3 ha".
    static let measures: Set<UInt64> = codes([
        "trieu", "ty", "ti", "nghin", "ngan", "tram", "chuc", "nguoi", "lan", "ha", "km", "kg", "tan", "usd",
        "vnd",
    ])

    /// "phần trăm" (per cent) after a number.
    static let percentFirst = FoldedCode.of("phan")
    static let percentSecond = FoldedCode.of("tram")

    /// Units a preceding number turns into a quantity: "2 phần 3", "5 dòng".
    static let notAfterNumber: Set<SectionUnit> = [.phan, .dong]

    static let cardinals: Set<String> = [
        "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "tram", "nghin", "ngan",
    ]

    private static func table(_ rows: [(String, String, Int)]) -> [(VocabularyWord, Int)] {
        rows.map { (VocabularyWord($0.0, $0.1), $0.2) }
    }

    private static func codes(_ words: Set<String>) -> Set<UInt64> {
        Set(words.map(FoldedCode.of))
    }
}
