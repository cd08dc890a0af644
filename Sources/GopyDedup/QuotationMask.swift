import GopyText

/// The draft's own wording, as runs of syllables: a comment's runs that the draft holds too
/// are quotations, and are left out before comments are compared (two comments that quote
/// the same passage must not look alike because of it).
struct QuotationMask: Sendable {
    /// How many syllables in a row make a quotation.
    let syllables: Int
    /// The runs' hashes (``Shingler/syllableRunHash(start:length:)``).
    var runs: UInt64Set
    /// A filter on the runs' polynomials (one bit per value of their upper 16 bits): most runs
    /// of a comment are not in the draft, and are told so by one bit.
    private var filter: [UInt64]

    /// An empty mask.
    init(syllables: Int = 8) {
        self.syllables = syllables
        runs = UInt64Set(capacity: 0)
        filter = []
    }

    /// The runs of `syllables` syllables of each text, by its matching key and by its
    /// diacritic-free key (so that comments typed without diacritics are masked too).
    init(draftTexts: [String], syllables: Int = 8) {
        self.syllables = syllables
        var shingler = Shingler()
        var polynomials: [UInt64] = []
        for text in draftTexts {
            for key in [MatchingKey.make(text), MatchingKey.diacriticFree(text)] {
                shingler.load(key)
                shingler.forEachSyllableRun(length: syllables) { polynomials.append($0) }
            }
        }
        runs = UInt64Set(capacity: polynomials.count)
        filter = [UInt64](repeating: 0, count: 1 << 10)
        for polynomial in polynomials {
            runs.insert(StableHash.mix(polynomial))
            filter[Int(polynomial >> 54)] |= 1 << ((polynomial >> 48) & 63)
        }
    }

    var isEmpty: Bool { runs.count == 0 }

    /// Whether the draft holds the run whose hash is `hash`.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { runs.contains(hash) }

    /// Whether the draft holds the run whose polynomial
    /// (``Shingler/syllableRunPolynomial(start:length:)``) is `polynomial`.
    @inline(__always)
    func contains(polynomial: UInt64) -> Bool {
        guard !filter.isEmpty, filter[Int(polynomial >> 54)] & (1 << ((polynomial >> 48) & 63)) != 0 else { return false }
        return runs.contains(StableHash.mix(polynomial))
    }
}
