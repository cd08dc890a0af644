import GopyText

/// The draft's own wording, as runs of syllables: a comment's runs that the draft holds too
/// are quotations, and are left out before comments are compared (two comments that quote
/// the same passage must not look alike because of it).
struct QuotationMask: Sendable {
    /// How many syllables in a row make a quotation.
    let syllables: Int
    var runs: UInt64Set

    /// An empty mask.
    init(syllables: Int = 8) {
        self.syllables = syllables
        runs = UInt64Set(capacity: 0)
    }

    /// The runs of `syllables` syllables of each text, by its matching key and by its
    /// diacritic-free key (so that comments typed without diacritics are masked too).
    init(draftTexts: [String], syllables: Int = 8) {
        self.syllables = syllables
        var shingler = Shingler()
        var hashes: [UInt64] = []
        for text in draftTexts {
            for key in [MatchingKey.make(text), MatchingKey.diacriticFree(text)] {
                shingler.load(key)
                shingler.forEachSyllableRun(length: syllables) { hashes.append($0) }
            }
        }
        runs = UInt64Set(capacity: hashes.count)
        for hash in hashes { runs.insert(hash) }
    }

    var isEmpty: Bool { runs.count == 0 }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { runs.contains(hash) }
}
