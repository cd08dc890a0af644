/// What was done to a comment's text to make it from another one (the labels' `edits`).
struct TextEdits: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// A letter swapped, doubled or dropped in one word, or one word's diacritics left out.
    static let typo = TextEdits(rawValue: 1 << 0)
    static let wordDropped = TextEdits(rawValue: 1 << 1)
    static let wordAdded = TextEdits(rawValue: 1 << 2)
    /// Two neighbouring words swapped.
    static let wordsSwapped = TextEdits(rawValue: 1 << 3)
    /// A double space, a space before a comma or none after it.
    static let spacing = TextEdits(rawValue: 1 << 4)
    /// Tone marks moved to the other style (hòa ↔ hoà, Ủy ↔ Uỷ).
    static let toneStyle = TextEdits(rawValue: 1 << 5)
    /// A long form written as its abbreviation or the other way round (Ủy ban nhân dân ↔ UBND).
    static let abbreviation = TextEdits(rawValue: 1 << 6)
    /// Written in lower case (wholly or its first letter).
    static let letterCase = TextEdits(rawValue: 1 << 7)
    /// Every diacritic left out (typed without a Vietnamese input method).
    static let unaccented = TextEdits(rawValue: 1 << 8)
    /// A campaign letter with the sender's own opening ("Kính gửi Ban soạn thảo, tôi là …").
    static let opening = TextEdits(rawValue: 1 << 9)
    /// … with a closing ("Trân trọng cảm ơn.").
    static let closing = TextEdits(rawValue: 1 << 10)
    /// … with a substantial addition of the sender's own (sentences of their own).
    static let addition = TextEdits(rawValue: 1 << 11)

    static let named: [(TextEdits, String)] = [
        (.typo, "typo"), (.wordDropped, "word-dropped"), (.wordAdded, "word-added"), (.wordsSwapped, "words-swapped"),
        (.spacing, "spacing"), (.toneStyle, "tone-style"), (.abbreviation, "abbreviation"), (.letterCase, "case"),
        (.unaccented, "unaccented"), (.opening, "opening"), (.closing, "closing"), (.addition, "addition"),
    ]

    /// The names, in a fixed order: ["typo", "abbreviation"].
    var names: [String] { Self.named.filter { contains($0.0) }.map(\.1) }

    /// Edits after which the matching key is the same as before.
    static let keyPreserving: TextEdits = [.spacing, .toneStyle, .abbreviation, .letterCase]
}
