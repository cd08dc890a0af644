import GopyText

extension SectionInferrer {
    /// Every leaf's score for `text`, in outline order: for people tuning keywords.
    public func scores(text: String, typedWithoutDiacritics: Bool) -> [(section: String, score: Double)] {
        let side = typedWithoutDiacritics ? folded : marked
        let syllables = side.tokens.expand(SyllableHash.syllables(of: text, folded: typedWithoutDiacritics))
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

    /// BM25 scores of every leaf for a comment's syllables, with its whole keyword phrases,
    /// its topic words weighed up and the half of the outline it does not look at weighed down.
    func score(_ syllables: [UInt64], side: Side) -> [Double] {
        let index = side.index
        var scores = [Double](repeating: 0, count: index.documentCount)
        let topic = topicWords(syllables, side: side)
        // The comment's terms in the index: unigram rows tagged even and bigram rows odd.
        var terms: [Term] = []
        terms.reserveCapacity(2 * syllables.count)
        for (i, syllable) in syllables.enumerated() {
            if let row = index.row(of: syllable) { terms.append(Term(key: Int64(row) << 1, isTopic: topic[i])) }
            if i + 1 < syllables.count, let row = index.row(of: SyllableHash.bigram(syllable, syllables[i + 1])) {
                terms.append(Term(key: Int64(row) << 1 | 1, isTopic: topic[i] || topic[i + 1]))
            }
        }
        addOnce(terms, to: &scores) { index.add(row: Int32($0 >> 1), weight: $1, to: &$2) }
        let phrases = side.phrases.matches(in: syllables).map { match in
            Term(key: Int64(match.row), isTopic: match.span.contains { topic[$0] })
        }
        addOnce(phrases, to: &scores) { side.phrases.add(row: Int32($0), weight: $1, to: &$2) }
        let stance = Stance(side.stance.groups(in: syllables))
        for leaf in scores.indices where side.halves[leaf] != nil && side.halves[leaf] != stance {
            scores[leaf] *= weights.otherHalf
        }
        return scores
    }

    /// A term of a comment (a row, tagged), and whether one of its occurrences names the topic.
    private struct Term {
        var key: Int64
        var isTopic: Bool
    }

    /// Adds each distinct term once, in a fixed order: repeated terms with saturation, terms
    /// that name the topic weighed up.
    private func addOnce(
        _ terms: [Term], to scores: inout [Double], add: (Int64, Double, inout [Double]) -> Void
    ) {
        let sorted = terms.sorted { $0.key < $1.key }
        var i = 0
        while i < sorted.count {
            var j = i + 1
            var isTopic = sorted[i].isTopic
            while j < sorted.count && sorted[j].key == sorted[i].key {
                isTopic = isTopic || sorted[j].isTopic
                j += 1
            }
            add(sorted[i].key, Self.saturated(Double(j - i)) * (isTopic ? 1 + weights.focus : 1), &scores)
            i = j
        }
    }

    /// Which syllables name the comment's topic: the first ``Weights/focusLength`` words of
    /// its own at its start and after its first request ("Đề nghị …", "Cần …"), skipping
    /// grammatical words, stock verbs and cue words. What a comment asks for names its topic
    /// ("Cần quan tâm làm đường bê tông …, mùa mưa trẻ em đi học rất vất vả" is about roads),
    /// and so does what it opens with ("Rừng ở huyện tôi bị phá … để trồng cà phê").
    private func topicWords(_ syllables: [UInt64], side: Side) -> [Bool] {
        var topic = [Bool](repeating: false, count: syllables.count)
        guard weights.focus > 0 else { return topic }
        func mark(from start: Int) {
            var left = weights.focusLength
            var position = start
            while left > 0 && position < syllables.count {
                if side.unfocused[syllables[position]] == nil {
                    topic[position] = true
                    left -= 1
                }
                position += 1
            }
        }
        mark(from: 0)
        if let request = side.requests.firstEnd(in: syllables) { mark(from: request) }
        return topic
    }

    /// A query term's weight for `count` occurrences: 1 for one, growing slowly.
    private static func saturated(_ count: Double) -> Double {
        let k3 = 1.5
        return count * (k3 + 1) / (count + k3)
    }
}
