/// The keyword phrases of three syllables or more of an outline's leaves, matched whole in a
/// comment: "bảo hiểm y tế", "tai nạn giao thông", "an ninh nông thôn".
///
/// Bigrams tell a leaf's words apart, but not its phrases: "bảo hiểm y tế" holds every bigram
/// of "tỷ lệ bảo hiểm y tế" but one, and "tai nạn giao thông" holds "giao thông". A drafter
/// chose each keyword as a whole, so a comment that holds one whole says more about its leaf
/// than one that holds pieces of it. (A keyword of two syllables is its bigram, which the
/// index already weighs as a keyword.) Phrases are matched longest first: a phrase inside a
/// longer one the comment holds does not count on its own.
///
/// What a phrase adds to a leaf: its inverse document frequency over the leaves, times the
/// weight of where the leaf holds it (its own keywords, or an ancestor's, weighed down by
/// depth), as a share of a leaf keyword's weight.
struct KeywordPhrases: Sendable {
    /// Shorter phrases are left to the bigrams.
    static let shortest = 3
    /// Longer phrases are not looked for.
    static let longest = 8

    /// How many documents (leaf sections).
    let documentCount: Int
    /// The hash of each phrase → the first index of its row in ``contributions``, and of each
    /// start of a phrase (two syllables or more) that is not a phrase itself → -1: a comment's
    /// words are followed only as long as some phrase starts with them.
    private let rows: HashedTable<Int32>
    /// `documentCount` contributions per phrase.
    private let contributions: [Double]

    /// Collects each document's phrases before the table is built.
    struct Builder {
        /// Phrase hash → its weight in each document that holds it.
        private var phrases: [UInt64: [Int: Double]] = [:]
        /// The hashes of the starts of phrases, from two syllables.
        private var starts = Set<UInt64>()
        let documentCount: Int

        init(documentCount: Int) { self.documentCount = documentCount }

        /// Adds a phrase (its syllables) to `document` with `weight` (1 for a leaf's own
        /// keyword); a document keeps the highest weight it was given for a phrase.
        mutating func add(_ syllables: [UInt64], weight: Double, to document: Int) {
            guard weight > 0, (KeywordPhrases.shortest...KeywordPhrases.longest).contains(syllables.count) else {
                return
            }
            var hash = syllables[0]
            for syllable in syllables.dropFirst() {
                hash = SyllableHash.bigram(hash, syllable)
                starts.insert(hash)
            }
            phrases[hash, default: [:]][document] = max(phrases[hash]?[document] ?? 0, weight)
        }

        /// The table; `scale` multiplies every contribution.
        func build(scale: Double) -> KeywordPhrases {
            let count = documentCount
            var rows: [(UInt64, Int32)] = []
            var contributions: [Double] = []
            for hash in starts.subtracting(phrases.keys).sorted() { rows.append((hash, -1)) }
            for hash in phrases.keys.sorted() {
                let weights = phrases[hash]!
                let idf = BM25Index.idf(holding: Double(weights.count), of: count)
                rows.append((hash, Int32(contributions.count)))
                for document in 0..<count {
                    contributions.append(scale * idf * (weights[document] ?? 0))
                }
            }
            return KeywordPhrases(documentCount: count, rows: HashedTable(rows), contributions: contributions)
        }
    }

    /// A phrase is hashed as its syllables chained like bigrams: "a b c" is
    /// `bigram(bigram(a, b), c)`.
    /// The phrases `syllables` holds, longest first: at each start the longest phrase, and none
    /// that lies inside a longer one found before it. Each is its row and its span.
    func matches(in syllables: [UInt64]) -> [(row: Int32, span: Range<Int>)] {
        var found: [(row: Int32, span: Range<Int>)] = []
        var reach = 0
        for start in syllables.indices {
            var hash = syllables[start]
            var best: (row: Int32, span: Range<Int>)?
            var end = start + 1
            while end < syllables.count {
                hash = SyllableHash.bigram(hash, syllables[end])
                end += 1
                guard let row = rows[hash] else { break }
                if row >= 0 { best = (row, start..<end) }
            }
            guard let match = best, match.span.upperBound > reach else { continue }
            found.append(match)
            reach = match.span.upperBound
        }
        return found
    }

    /// Adds `weight` times a phrase's row to `scores`.
    func add(row: Int32, weight: Double, to scores: inout [Double]) {
        let start = Int(row)
        for document in 0..<documentCount {
            scores[document] += weight * contributions[start + document]
        }
    }
}
