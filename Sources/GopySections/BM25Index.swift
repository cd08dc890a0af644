/// A BM25 index over a handful of documents (an outline's leaf sections), with every
/// per-document contribution computed up front.
///
/// The documents are fixed and small, so for each term the index stores its whole BM25
/// contribution to each document, `idf · tf·(k1 + 1) / (tf + k1·(1 − b + b·len/avglen))`:
/// scoring a query is one hash lookup per query term and one row of additions. Term
/// frequencies are weighted by field (BM25F): a word of a title counts more than one of the
/// draft's own text.
struct BM25Index: Sendable {
    /// BM25's term-frequency saturation.
    static let k1 = 1.2
    /// BM25's length normalisation. Low: a section's length says how much the config holds
    /// about it, not how diluted its topic is.
    static let b = 0.3

    /// Inverse document frequency of a term `n` of `count` documents hold (BM25's, never
    /// negative).
    static func idf(holding n: Double, of count: Int) -> Double {
        (1 + (Double(count) - n + 0.5) / (n + 0.5)).logValue
    }

    /// How many documents (leaf sections).
    let documentCount: Int
    /// Term → the first index of its row in ``contributions``.
    private let rows: HashedTable<Int32>
    /// `documentCount` contributions per term, term after term.
    private let contributions: [Double]

    /// Collects the weighted terms of each document before the index is built.
    struct Builder {
        private var frequencies: [[UInt64: Double]]
        /// The part of each frequency that comes from names (see ``add(_:weight:to:names:deliberate:)``).
        private var nameFrequencies: [[UInt64: Double]]
        private var lengths: [Double]
        /// Syllables that stand as a word of their own in a document (a one-syllable keyword).
        private var words: [Set<UInt64>]
        /// The syllables of each bigram term.
        private var bigrams: [UInt64: (UInt64, UInt64)] = [:]
        /// Bigrams of phrases added as deliberate (keywords): never generic by their syllables.
        private var deliberate = Set<UInt64>()
        /// How much a bigram counts next to a unigram.
        let bigramWeight: Double
        /// What a name's share of a term's frequency contributes.
        let nameWeight: Double

        init(documentCount: Int, bigramWeight: Double, nameWeight: Double) {
            frequencies = Array(repeating: [:], count: documentCount)
            nameFrequencies = Array(repeating: [:], count: documentCount)
            lengths = Array(repeating: 0, count: documentCount)
            words = Array(repeating: [], count: documentCount)
            self.bigramWeight = bigramWeight
            self.nameWeight = nameWeight
        }

        /// Adds one phrase or passage (its syllables, in order) to `document` with `weight`:
        /// its syllables and the bigrams inside it (bigrams do not cross phrases). A phrase of
        /// one syllable is a word of its own. Syllables in `names`, and bigrams with one,
        /// contribute ``nameWeight`` times as much (their share of a term's frequency does).
        /// `deliberate`: the phrase was chosen as a whole (a keyword), so its bigrams count even
        /// where a syllable is generic ("người có công").
        mutating func add(
            _ syllables: [UInt64], weight: Double, to document: Int, names: Set<UInt64> = [],
            deliberate isDeliberate: Bool = false
        ) {
            guard weight > 0, !syllables.isEmpty else { return }
            if syllables.count == 1 { words[document].insert(syllables[0]) }
            for (i, syllable) in syllables.enumerated() {
                let isName = names.contains(syllable)
                frequencies[document][syllable, default: 0] += weight
                if isName { nameFrequencies[document][syllable, default: 0] += weight }
                if i + 1 < syllables.count {
                    let next = syllables[i + 1]
                    let bigram = SyllableHash.bigram(syllable, next)
                    frequencies[document][bigram, default: 0] += weight * bigramWeight
                    if isName || names.contains(next) {
                        nameFrequencies[document][bigram, default: 0] += weight * bigramWeight
                    }
                    bigrams[bigram] = (syllable, next)
                    if isDeliberate { deliberate.insert(bigram) }
                }
            }
            lengths[document] += weight * Double(syllables.count)
        }

        /// The index: contributions of every term to every document.
        ///
        /// `unigramWeight`: what a syllable counts for, next to a bigram, where it is not a
        /// word of its own (most Vietnamese words have two syllables: "sách" of "chính sách"
        /// is not "ngân sách"). `generic`: syllables and bigrams that say little about which
        /// document, with the factor their contributions are multiplied by; a bigram with a
        /// `grammatical` syllable is generic too ("và các", "của tỉnh"), unless a keyword holds
        /// it ("người có công").
        func build(unigramWeight: Double, generic: [UInt64: Double] = [:], grammatical: Set<UInt64> = []) -> BM25Index {
            let count = frequencies.count
            let average = max(lengths.reduce(0, +) / Double(max(count, 1)), 1)
            // Every term, in a fixed order (Dictionary order changes between processes).
            var terms = Set<UInt64>()
            for document in frequencies { terms.formUnion(document.keys) }
            let sorted = terms.sorted()
            var rows: [(UInt64, Int32)] = []
            rows.reserveCapacity(sorted.count)
            var contributions = [Double](repeating: 0, count: sorted.count * count)
            for (row, term) in sorted.enumerated() {
                rows.append((term, Int32(row * count)))
                let containing = frequencies.reduce(0) { $0 + ($1[term] != nil ? 1 : 0) }
                let n = Double(containing)
                let idf = BM25Index.idf(holding: n, of: count) * scale(of: term, generic, grammatical)
                let isUnigram = bigrams[term] == nil
                for document in 0..<count {
                    guard let tf = frequencies[document][term] else { continue }
                    let norm = BM25Index.k1 * (1 - BM25Index.b + BM25Index.b * lengths[document] / average)
                    var weight = isUnigram && !words[document].contains(term) ? unigramWeight : 1
                    if let names = nameFrequencies[document][term] { weight *= 1 - (1 - nameWeight) * names / tf }
                    contributions[row * count + document] = weight * idf * tf * (BM25Index.k1 + 1) / (tf + norm)
                }
            }
            return BM25Index(documentCount: count, rows: HashedTable(rows), contributions: contributions)
        }

        private func scale(of term: UInt64, _ generic: [UInt64: Double], _ grammatical: Set<UInt64>) -> Double {
            if let factor = generic[term] { return factor }
            guard let (first, second) = bigrams[term], !deliberate.contains(term) else { return 1 }
            if grammatical.contains(first) || grammatical.contains(second) {
                return min(generic[first] ?? 1, generic[second] ?? 1)
            }
            return 1
        }
    }

    /// The row of a term, or nil when no document holds it.
    @inline(__always)
    func row(of term: UInt64) -> Int32? { rows[term] }

    /// Adds `weight` times a term's row to `scores` (one score per document).
    @inline(__always)
    func add(row: Int32, weight: Double, to scores: inout [Double]) {
        let start = Int(row)
        contributions.withUnsafeBufferPointer { values in
            for document in 0..<documentCount {
                scores[document] += weight * values[start + document]
            }
        }
    }
}

extension Double {
    /// Natural logarithm, without Foundation (the module must not import it).
    fileprivate var logValue: Double {
        // ln(x) = 2·atanh((x − 1)/(x + 1)), series in y²; x ≥ 1 here, so y < 1.
        // Scale into [1, 2) first for fast convergence: ln(x) = k·ln 2 + ln(m).
        precondition(self > 0)
        var m = self
        var k = 0.0
        while m >= 2 {
            m /= 2
            k += 1
        }
        while m < 1 {
            m *= 2
            k -= 1
        }
        let y = (m - 1) / (m + 1)
        let y2 = y * y
        var term = y
        var sum = 0.0
        var n = 1.0
        while true {
            let next = sum + term / n
            if next == sum { break }
            sum = next
            term *= y2
            n += 2
        }
        return k * 0.693_147_180_559_945_3 + 2 * sum
    }
}
