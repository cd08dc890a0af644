/// The keys comments are compared by.
///
/// A key is the text's words in lower case, one space apart, punctuation dropped, with the
/// spelling variants that do not change what a comment says folded away:
/// - Unicode form (NFC, NFD, tone alone decomposed): ``make(_:)`` composes first.
/// - Tone-mark style: the old style (hòa, khỏe, thủy, Ủy), as ``ToneStyle/old``.
/// - i/y: kĩ/kỹ, lí/lý, qui/quy are written with `y` (``SpellingVariants``).
/// - Abbreviations: every unambiguous abbreviation of the reference table, its variants and its
///   long form become one token, written in capitals: "UBND tỉnh", "Ủy ban nhân dân tỉnh" and
///   "ubnd tỉnh" all give "UBND tỉnh"; "KT-XH", "KT - XH", "KTXH" and "kinh tế - xã hội" give
///   "KTXH"; "BCHTW" and "Ban Chấp hành Trung ương" give "BCH TW". Ambiguous ones (TU, CB, ĐV,
///   BTC, CT …) stay words. How spellings are recognised: ``AbbreviationIndex``.
///
/// Tokens are the only capitals in a key, so a token never equals a word ("DA", Dự án, is not
/// "da"). A key depends only on the words a text stands for, so every spelling of the same
/// comment gets the same key, and keys are stable: `make(make(x)) == make(x)`. Long forms are
/// read longest first from the left, and never from inside a two-syllable word such as "đề nghị"
/// ("đề nghị quyết liệt" keeps its words; ``AbbreviationIndex/compounds``).
public enum MatchingKey {
    /// The key with diacritics: "Đề nghị UBND tỉnh quan tâm sức khoẻ, kĩ năng" →
    /// "đề nghị UBND tỉnh quan tâm sức khỏe kỹ năng".
    public static func make(_ text: String) -> String {
        var lexed = Lexer.lex(text, form: .marked)
        return AbbreviationIndex.marked.key(of: &lexed)
    }

    /// The key without diacritics, for text typed without them: lower case, no marks, `đ` as `d`,
    /// with the same i/y folding and abbreviation tokens as ``make(_:)``: "De nghi uy ban nhan
    /// dan tinh" and "Đề nghị UBND tỉnh" → "de nghi UBND tinh". Tokens keep their `Đ` ("HĐND"):
    /// they are names, not text.
    public static func diacriticFree(_ text: String) -> String {
        var lexed = Lexer.lex(text, form: .folded)
        return AbbreviationIndex.folded.key(of: &lexed)
    }

    /// The key dedup compares: ``diacriticFree(_:)`` for a comment typed without diacritics
    /// (``isTypedWithoutDiacritics(_:)``), ``make(_:)`` otherwise.
    ///
    /// Two comments typed the same way with the same words get the same comparison key. A comment
    /// typed without diacritics and one typed with them get keys of different kinds; to match
    /// such a pair, compare ``diacriticFree(_:)`` of both.
    public static func comparisonKey(_ text: String) -> String {
        isTypedWithoutDiacritics(text) ? diacriticFree(text) : make(text)
    }

    /// Whether a comment was typed without diacritics: fewer than one in five of its syllables
    /// carries a mark (tone, shaped vowel or `đ`).
    ///
    /// Syllables are the words with a vowel and no digit; words in capitals are left out (mostly
    /// abbreviations and Roman numerals) unless the whole text is in capitals. Text typed with
    /// diacritics has marks on most syllables (three in four or more in the comments seen so far),
    /// so a few unmarked words among many marked ones do not count; a comment with none, or a stray
    /// accented name among unmarked words, does. Text without any syllable is not "typed without
    /// diacritics".
    public static func isTypedWithoutDiacritics(_ text: String) -> Bool {
        var text = text
        let counts = text.withUTF8 { SyllableCounts(utf8: $0) }
        let (syllables, marked) = counts.mixedCase.syllables > 0
            ? counts.mixedCase : (counts.mixedCase.syllables + counts.capitals.syllables, counts.mixedCase.marked + counts.capitals.marked)
        return syllables > 0 && marked * 5 < syllables
    }
}
