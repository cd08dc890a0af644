/// One row of the reference table of abbreviations (`abbreviations.tsv`), with what the
/// matching keys take from it. ``table`` is generated from the TSV (AbbreviationTable.swift).
struct AbbreviationRow: Sendable {
    /// The `abbr` column as written: "UBND", "KT-XH", "CB, ĐV".
    let abbreviation: String
    /// The `variants` column, split at ";": "KTXH", "KT - XH", "KT–XH".
    let variants: [String]
    /// The `expansion` column as written, parentheses and notes included.
    let expansion: String
    /// The `ambiguous` column as written: "low", "medium (đại học)", "HIGH (chủ tịch; chương trình)".
    let ambiguity: String
    /// The word keys write for this row: the abbreviation's letters ("KTXH", "TTg"). Empty unless
    /// ``isUnambiguous``.
    let token: String
    /// The expansion as it is looked for in text: "Ban Chấp hành" for "Ban Chấp hành (Trung ương)".
    let longForm: String
    /// Every spelling that stands for this row: the abbreviation, the variants without their
    /// notes, and the token.
    let spellings: [String]
    /// What the spellings that say more than ``longForm`` stand for ("BCHTW": "Ban Chấp hành
    /// Trung ương"). Every other spelling stands for ``longForm``.
    let spelledOut: [String: String]

    /// Whether the table calls the abbreviation unambiguous (`low`, or `low (as a pair)`):
    /// only these are mapped to their tokens.
    var isUnambiguous: Bool { ambiguity.hasPrefix("low") }

    /// The text a spelling stands for.
    func meaning(of spelling: String) -> String { spelledOut[spelling] ?? longForm }
}
