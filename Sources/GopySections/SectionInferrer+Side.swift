import GopyModel

extension SectionInferrer {
    /// What inference needs for one kind of key (with diacritics or without), prepared once.
    struct Side: Sendable {
        /// The leaves' descriptions.
        let index: BM25Index
        /// The leaves' keyword phrases.
        let phrases: KeywordPhrases
        /// Cues of remarks about the whole document (``WholeDocumentRemarks``).
        let remarks: CuePhrases
        /// Names of the bodies comments are addressed to ("Tổ biên tập"): not cues.
        let addressees: CuePhrases
        /// Cues of a comment's stance (``Stance``).
        let stance: CuePhrases
        /// Abbreviation tokens for words a leaf lists apart ("cán bộ, đảng viên" → `CBĐV`).
        let tokens: TokenExpansions
        /// Words that ask for something ("đề nghị", "cần", "mong"): what follows names the topic.
        let requests: CuePhrases
        /// Syllables that name no topic: grammatical words, stock verbs, the draft's title,
        /// requests, and the cues of stance and of remarks about the document ("đánh giá",
        /// "nguyên nhân", "dự thảo"); skipped when looking for the topic.
        let unfocused: HashedTable<Bool>
        /// Sections named by their titles.
        let pointers: TitlePointers
        /// The half of the outline each leaf is in: the stance its titles speak for, if any.
        let halves: [Stance?]

        /// Everything for the leaves at `paths` (each leaf's path from the top, the leaf last)
        /// of `draft`, with keys of one kind: `folded` for keys without diacritics.
        init(
            paths: [[OutlineSection]], draft: Draft, leafRanges: [String: Range<Int>], weights: Weights, folded: Bool
        ) {
            var builder = BM25Index.Builder(
                documentCount: paths.count, bigramWeight: folded ? weights.foldedBigram : weights.bigram,
                nameWeight: weights.name)
            var phraseBuilder = KeywordPhrases.Builder(documentCount: paths.count)
            for (document, path) in paths.enumerated() {
                for (depth, section) in path.reversed().enumerated() {
                    // depth 0: the leaf; 1: its parent; 2: the grandparent (half the parent's) …
                    let scale = depth == 0 ? 1 : 1 / Double(1 << (depth - 1))
                    builder.add(
                        SyllableHash.syllables(of: section.title, folded: folded),
                        weight: depth == 0 ? weights.title : weights.parentTitle * scale, to: document)
                    for phrase in section.keywords {
                        let syllables = SyllableHash.syllables(of: phrase, folded: folded)
                        let weight = depth == 0 ? weights.keyword : weights.parentKeyword * scale
                        builder.add(syllables, weight: weight, to: document, deliberate: true)
                        phraseBuilder.add(syllables, weight: weight / weights.keyword, to: document)
                    }
                    if let text = section.text {
                        builder.add(
                            SyllableHash.syllables(of: text, folded: folded),
                            weight: depth == 0 ? weights.text : weights.parentText * scale, to: document,
                            names: ProperNames.syllables(in: text, folded: folded))
                    }
                }
            }
            let words = GenericWords.Hashes(draftTitle: draft.title, weights: weights, folded: folded)
            index = builder.build(
                unigramWeight: folded ? weights.foldedUnigram : weights.unigram, generic: words.generic,
                grammatical: words.grammatical)
            phrases = phraseBuilder.build(scale: weights.phrase)
            remarks = CuePhrases(groups: WholeDocumentRemarks.groups, folded: folded)
            addressees = CuePhrases(groups: [WholeDocumentRemarks.addressees], folded: folded)
            stance = CuePhrases(groups: Stance.cues, folded: folded)
            requests = CuePhrases(groups: [Self.requestWords], folded: folded)
            tokens = TokenExpansions(
                phrasesByLeaf: paths.map { path in
                    let leaf = path[path.count - 1]
                    return leaf.keywords + TitlePointers.parts(of: leaf.title)
                }, folded: folded)
            var unfocused = Set(words.generic.keys)
            for word in Self.requestWords { unfocused.formUnion(SyllableHash.syllables(of: word, folded: folded)) }
            for word in Stance.cues.flatMap({ $0 }) + WholeDocumentRemarks.groups.flatMap({ $0 }) {
                unfocused.formUnion(SyllableHash.syllables(of: word, folded: folded))
            }
            self.unfocused = HashedTable(unfocused.sorted().map { ($0, true) })
            pointers = TitlePointers(
                draft: draft, leafRanges: leafRanges, grammatical: words.grammatical, stock: words.stock,
                folded: folded)
            halves = Self.halves(of: index, folded: folded)
        }

        /// Words that ask for something; what follows the first of them names the topic.
        static let requestWords = [
            "đề nghị", "kiến nghị", "đề xuất", "cần", "nên", "mong", "phải", "yêu cầu", "chú ý", "sớm",
        ]

        /// The half each leaf is in: the one whose title words (in its own and its parents'
        /// titles and keywords) score it clearly higher than the other's.
        private static func halves(of index: BM25Index, folded: Bool) -> [Stance?] {
            var affinity = [[Double]](repeating: [Double](repeating: 0, count: index.documentCount), count: 2)
            for stance in [Stance.retrospective, .prospective] {
                for phrase in stance.titleWords {
                    let syllables = SyllableHash.syllables(of: phrase, folded: folded)
                    var terms = syllables
                    for i in syllables.indices.dropLast() {
                        terms.append(SyllableHash.bigram(syllables[i], syllables[i + 1]))
                    }
                    for row in terms.compactMap(index.row(of:)) {
                        index.add(row: row, weight: 1, to: &affinity[stance.rawValue])
                    }
                }
            }
            return (0..<index.documentCount).map { leaf in
                let back = affinity[Stance.retrospective.rawValue][leaf]
                let forward = affinity[Stance.prospective.rawValue][leaf]
                if back > 1.5 * forward { return .retrospective }
                if forward > 1.5 * back { return .prospective }
                return nil
            }
        }
    }
}
