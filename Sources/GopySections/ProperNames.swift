/// Proper names in the draft's own wording: "Đắk Lắk", "Tây Nguyên", "Buôn Ma Thuột",
/// "Nhân dân", "Bộ Chính trị".
///
/// A section's text names places and bodies for reasons other than its topic, and comments
/// name the same places for theirs ("cao tốc Buôn Ma Thuột - Nha Trang … kết nối Tây
/// Nguyên"): ``SectionInferrer`` weighs such words down in the `text` of a section (never in
/// its title or keywords, which the drafters chose). A name is a word in title case (an upper-
/// case letter, then a lower-case one) that does not open a sentence; words in capitals
/// ("GRDP") are abbreviations, not names.
enum ProperNames {
    /// The syllable hashes (of the key of the given kind) of the names in `text`.
    static func syllables(in text: String, folded: Bool) -> Set<UInt64> {
        var names = Set<UInt64>()
        var word = ""
        var opensSentence = true
        var afterStop = true
        func flush() {
            guard !word.isEmpty else { return }
            let scalars = word.unicodeScalars
            if !opensSentence, let first = scalars.first, first.properties.isUppercase,
                scalars.dropFirst().contains(where: { $0.properties.isLowercase })
            {
                names.formUnion(SyllableHash.syllables(of: word, folded: folded))
            }
            word = ""
            opensSentence = false
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || (0x0300...0x036F).contains(scalar.value)
            {
                if word.isEmpty {
                    opensSentence = afterStop
                    afterStop = false
                }
                word.unicodeScalars.append(scalar)
                continue
            }
            flush()
            switch scalar {
            case ".", "!", "?", ":", "\n": afterStop = true
            default: break
            }
        }
        flush()
        return names
    }
}
