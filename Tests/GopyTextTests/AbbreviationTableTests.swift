import Testing

@testable import GopyText

/// The generated table against the TSV it was made from, and every row through the keys.
@Suite("Abbreviation table")
struct AbbreviationTableTests {
    struct TSVRow {
        var abbreviation: String
        var variants: [String]
        var expansion: String
        var ambiguity: String
    }

    static let tsv: [TSVRow] = AbbreviationsTSV.text.split(separator: "\n").dropFirst().map { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return TSVRow(
            abbreviation: fields[0],
            variants: fields[1].split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty },
            expansion: fields[2], ambiguity: fields[3]
        )
    }

    static let unambiguous = AbbreviationRow.table.filter(\.isUnambiguous)
    static let ambiguous = AbbreviationRow.table.filter { !$0.isUnambiguous }

    /// The variant as a spelling: without a trailing note such as "(Party)".
    static func spelling(_ variant: String) -> String {
        String(variant.prefix { $0 != "(" }).trimmingSpaces()
    }

    @Test func tableHasEveryRowOfTheTSVVerbatim() {
        #expect(Self.tsv.count == 95)
        #expect(AbbreviationRow.table.count == Self.tsv.count)
        for (row, line) in zip(AbbreviationRow.table, Self.tsv) {
            #expect(row.abbreviation == line.abbreviation)
            #expect(row.variants == line.variants, "\(line.abbreviation)")
            #expect(row.expansion == line.expansion, "\(line.abbreviation)")
            #expect(row.ambiguity == line.ambiguity, "\(line.abbreviation)")
            #expect(row.isUnambiguous == line.ambiguity.hasPrefix("low"), "\(line.abbreviation)")
        }
        #expect(Self.unambiguous.count == Self.tsv.filter { $0.ambiguity.hasPrefix("low") }.count)
    }

    @Test func everyUnambiguousRowHasAllItsSpellings() {
        var tokens: Set<String> = []
        for row in Self.unambiguous {
            #expect(row.spellings.contains(row.abbreviation), "\(row.abbreviation)")
            for variant in row.variants {
                #expect(row.spellings.contains(Self.spelling(variant)), "\(row.abbreviation): \(variant)")
            }
            // The token is the abbreviation's letters: one word, with a capital.
            #expect(row.token == String(row.abbreviation.filter(\.isLetter)))
            #expect(MatchingKey.make(row.token) == row.token, "\(row.token)")
            #expect(tokens.insert(row.token).inserted, "token \(row.token) twice")
            // The long form is the expansion, less what is in parentheses.
            #expect(!row.longForm.isEmpty && !row.longForm.contains("("), "\(row.abbreviation)")
            #expect(row.expansion.hasPrefix(row.longForm), "\(row.abbreviation)")
        }
    }

    /// The abbreviation, every variant and the long form give the same key: the token, plus what a
    /// variant says beyond the long form ("BCHTW": "BCH TW").
    @Test(arguments: unambiguous)
    func spellingsAndLongFormShareTheToken(_ row: AbbreviationRow) {
        #expect(MatchingKey.make(row.abbreviation) == row.token, "\(row.abbreviation)")
        #expect(MatchingKey.make(row.longForm) == row.token, "\(row.longForm)")
        #expect(MatchingKey.make(row.longForm.uppercased()) == row.token, "\(row.longForm)")
        #expect(MatchingKey.make(ToneStyle.new.apply(to: row.longForm)) == row.token, "\(row.longForm)")
        for spelling in row.spellings {
            let key = MatchingKey.make(spelling)
            #expect(key == MatchingKey.make(row.meaning(of: spelling)), "\(spelling)")
            #expect(key.split(separator: " ").contains(Substring(row.token)), "\(spelling) → \(key)")
            // In a sentence, between other words.
            let sentence = MatchingKey.make("Đề nghị \(spelling), xem xét")
            #expect(sentence == MatchingKey.make("Đề nghị \(row.meaning(of: spelling)), xem xét"), "\(spelling)")
            #expect(sentence == "đề nghị \(key) xem xét", "\(spelling) → \(sentence)")
        }
    }

    /// Without diacritics too: typed without them, or folded from a text typed with them.
    @Test(arguments: unambiguous)
    func diacriticFreeKeysShareTheTokenToo(_ row: AbbreviationRow) {
        #expect(MatchingKey.diacriticFree(row.longForm) == row.token, "\(row.longForm)")
        #expect(MatchingKey.diacriticFree(Folding.words(row.longForm)) == row.token, "\(row.longForm)")
        for spelling in row.spellings {
            let key = MatchingKey.diacriticFree(spelling)
            #expect(key == MatchingKey.diacriticFree(row.meaning(of: spelling)), "\(spelling)")
            #expect(key.split(separator: " ").contains(Substring(row.token)), "\(spelling) → \(key)")
            #expect(MatchingKey.diacriticFree("De nghi \(spelling), xem xet") == "de nghi \(key) xem xet", "\(spelling)")
        }
    }

    /// Long forms are found in the words the abbreviations stand for, longest first from the left,
    /// so overlapping ones read the same whichever way the comment wrote them.
    @Test func overlappingLongFormsReadTheSameEitherWay() {
        // "chủ nghĩa xã hội chủ nghĩa": CNXH first.
        #expect(MatchingKey.make("CNXH chủ nghĩa") == MatchingKey.make("chủ nghĩa XHCN"))
        #expect(MatchingKey.make("CNXH chủ nghĩa") == "CNXH chủ nghĩa")
        // "Ủy ban MTTQ": the long form of UBMTTQ, once MTTQ is spelled out.
        #expect(MatchingKey.make("Ủy ban MTTQ tỉnh") == "UBMTTQ tỉnh")
        #expect(MatchingKey.make("Nghị quyết định hướng") == "NQ định hướng")
    }

    /// No long form is read from inside a two-syllable word: the words other stages look for stay.
    @Test(arguments: [
        "đề nghị quyết liệt", "kiến nghị định kỳ", "hội nghị định kỳ", "giải quyết định kỳ", "cán bộ chính trị",
        "truyền thông báo chí", "định hướng dẫn dắt", "vấn đề án treo", "địa phương án", "đô thị xã hội",
        "toàn quốc hội tụ", "tổng kết luận điểm", "tham dự án", "xã hội đồng nhân dân",
    ])
    func compoundsAreNotSplit(_ text: String) {
        #expect(MatchingKey.make(text) == text)
    }

    @Test func compoundsBeforeAbbreviations() {
        #expect(MatchingKey.make("Đề nghị QĐ, đề nghị NQ và hội nghị TW") == "đề nghị QĐ đề nghị NQ và hội nghị TW")
        #expect(MatchingKey.make("đề nghị quyết định, đề nghị nghị quyết") == "đề nghị QĐ đề nghị NQ")
        #expect(MatchingKey.diacriticFree("de nghi quyet liet, de nghi nghi quyet") == "de nghi quyet liet de nghi NQ")
        for compound in AbbreviationIndex.compounds {
            #expect(MatchingKey.make(compound) == compound)
        }
    }

    /// ĐA and DA (Đề án, Dự án), TƯ and TU (Trung ương, ambiguous) fold alike: without
    /// diacritics, what tells them apart is whether the text wrote the mark.
    @Test func spellingsThatFoldAlikeAreToldApartByTheirMarks() {
        #expect(MatchingKey.make("ĐA, DA, TƯ và TU") == "ĐA DA TW và tu")
        #expect(MatchingKey.diacriticFree("ĐA, DA, TƯ và TU") == "ĐA DA TW va tu")
        #expect(MatchingKey.diacriticFree("de an, du an, trung uong") == "ĐA DA TW")
        // Typed without diacritics, "DA" is the abbreviation written that way: Dự án.
        #expect(MatchingKey.diacriticFree("cac DA dau tu") == "cac DA dau tu")
        #expect(MatchingKey.diacriticFree(MatchingKey.diacriticFree("đề án và dự án")) == "ĐA va DA")
    }

    /// Ambiguous abbreviations (HIGH or medium) and their readings stay as they are written.
    @Test(arguments: ambiguous)
    func ambiguousAbbreviationsAreNotExpanded(_ row: AbbreviationRow) {
        for spelling in [row.abbreviation] + row.variants.map(Self.spelling) {
            let key = MatchingKey.make(spelling)
            #expect(key == key.lowercased(), "\(spelling) → \(key)")
            #expect(MatchingKey.make("Đề nghị \(spelling) xem xét") == "đề nghị \(key) xem xét", "\(spelling)")
        }
    }

    @Test func ambiguousOnesNamedInTheBrief() {
        #expect(MatchingKey.make("TU") == "tu")
        #expect(MatchingKey.make("Ý kiến của TU và BTC") == "ý kiến của tu và btc")
        #expect(MatchingKey.make("CB") == "cb")
        #expect(MatchingKey.make("các CB trẻ") == "các cb trẻ")
        #expect(MatchingKey.make("ĐV") == "đv")
        #expect(MatchingKey.make("BTC") == "btc")
        #expect(MatchingKey.make("BTCTW") == "btctw")
        #expect(MatchingKey.make("Ban Tổ chức Trung ương") == "ban tổ chức TW")
        #expect(MatchingKey.make("Tỉnh ủy, chi bộ, cán bộ, đảng viên") == "tỉnh ủy chi bộ CBĐV")
        #expect(MatchingKey.diacriticFree("TU, BTC, CB và DV") == "tu btc cb va dv")
    }
}

extension AbbreviationRow: CustomTestStringConvertible {
    public var testDescription: String { abbreviation }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
