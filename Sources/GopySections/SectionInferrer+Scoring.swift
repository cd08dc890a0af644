import GopyText

extension SectionInferrer {
    /// Every leaf's score for `text`, in outline order: for people tuning keywords.
    public func scores(text: String, typedWithoutDiacritics: Bool) -> [(section: String, score: Double)] {
        let syllables = SyllableHash.syllables(of: text, folded: typedWithoutDiacritics)
        let side = typedWithoutDiacritics ? folded : marked
        return Array(zip(leaves, score(syllables, side: side))).map { ($0, $1) }
    }

    /// Each term of `text` that some leaf holds, with its contribution to every leaf: for
    /// tests and for tuning keywords.
    func explain(text: String, typedWithoutDiacritics: Bool) -> [(term: String, contributions: [Double])] {
        let key = typedWithoutDiacritics ? MatchingKey.diacriticFree(text) : MatchingKey.make(text)
        let words = key.split(separator: " ").map(String.init)
        let side = typedWithoutDiacritics ? folded : marked
        var out: [(term: String, contributions: [Double])] = []
        var terms: [(term: String, parts: [String])] = words.map { ($0, [$0]) }
        for i in words.indices.dropLast() { terms.append((words[i] + " " + words[i + 1], [words[i], words[i + 1]])) }
        var seen = Set<String>()
        for (term, parts) in terms where seen.insert(term).inserted {
            let hashes = parts.map { SyllableHash.syllables(ofKey: $0)[0] }
            let hash = hashes.count == 1 ? hashes[0] : SyllableHash.bigram(hashes[0], hashes[1])
            guard let row = side.index.row(of: hash) else { continue }
            var contributions = [Double](repeating: 0, count: leaves.count)
            side.index.add(row: row, weight: 1, to: &contributions)
            out.append((term, contributions))
        }
        return out
    }

    /// BM25 scores of every leaf for a comment's syllables.
    func score(_ syllables: [UInt64], side: Side) -> [Double] {
        let index = side.index
        // The rows of the comment's terms, unigram rows tagged even and bigram rows odd.
        var matched: [Int64] = []
        matched.reserveCapacity(syllables.count)
        for (i, syllable) in syllables.enumerated() {
            if let row = index.row(of: syllable) { matched.append(Int64(row) << 1) }
            if i + 1 < syllables.count, let row = index.row(of: SyllableHash.bigram(syllable, syllables[i + 1])) {
                matched.append(Int64(row) << 1 | 1)
            }
        }
        var scores = [Double](repeating: 0, count: index.documentCount)
        guard !matched.isEmpty else { return scores }
        // A fixed order of addition, and repeated terms counted with saturation.
        matched.sort()
        var i = 0
        while i < matched.count {
            var j = i + 1
            while j < matched.count && matched[j] == matched[i] { j += 1 }
            let count = Double(j - i)
            index.add(row: Int32(matched[i] >> 1), weight: Self.saturated(count), to: &scores)
            i = j
        }
        if let stance = Stance(side.stance.groups(in: syllables)) {
            for leaf in scores.indices where side.halves[leaf] != nil && side.halves[leaf] != stance {
                scores[leaf] *= weights.otherHalf
            }
        }
        return scores
    }

    /// A query term's weight for `count` occurrences: 1 for one, growing slowly.
    private static func saturated(_ count: Double) -> Double {
        let k3 = 1.5
        return count * (k3 + 1) / (count + k3)
    }
}
