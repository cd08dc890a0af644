extension SectionInferrer {
    /// How much each part of a leaf's description weighs.
    struct Weights: Sendable {
        var title = 3.0
        var keyword = 3.0
        var text = 1.0
        /// The parent's title and keywords; further ancestors get half of this per level.
        var parentTitle = 1.0
        var parentKeyword = 1.0
        var parentText = 0.5
        /// A bigram against a unigram, with diacritics and without.
        var bigram = 1.0
        var foldedBigram = 2.0
        /// A syllable matched alone, with diacritics and without: weak evidence, since most
        /// Vietnamese words are two syllables ("sách" of "chính sách" is not "ngân sách").
        var unigram = 0.25
        var foldedUnigram = 0.2
        /// Proper names in a section's text ("Tây Nguyên"): see ``ProperNames``.
        var name = 0.2
        /// The stock verbs and modifiers of policy writing ("tăng cường", "chặt chẽ").
        var policy = 0.2
        /// Words that say nothing about a section: grammatical words and the draft's title.
        var generic = 0.1
        /// What a leaf's score is multiplied by when the comment looks the other way (back at
        /// the past term, and the leaf is in the half about the next, or the reverse).
        var otherHalf = 0.5
        /// A whole keyword phrase of three syllables or more in a comment (``KeywordPhrases``):
        /// what its inverse document frequency is multiplied by.
        var phrase = 2.0
        /// What the words that name a comment's topic count for, above 1: the first
        /// ``focusLength`` of its own words (grammatical words, stock verbs and cue words
        /// skipped) at its start and after its first request ("đề nghị …").
        var focus = 1.0
        var focusLength = 4
    }
}
