import GopyModel
import GopyText

/// Places comments that name no section, from their content: each comment is scored against
/// each leaf section of a draft's outline, and the best leaf is assigned only when it leads
/// clearly.
///
/// How a leaf is described: its title and `keywords` (weighted up), the draft's own `text`
/// when the config holds it, and, with lower weights, the titles, keywords and text of the
/// sections above it.
///
/// How a comment is scored: BM25 over matching-key terms, the syllables of
/// ``MatchingKey/make(_:)`` and the bigrams of adjacent syllables. Most Vietnamese words have
/// two syllables, so a bigram is a word and a syllable alone weighs less (unless a keyword is
/// that one syllable: "rừng"). No word is dropped; words that say nothing about a section
/// are weighed down instead, since over a dozen leaves inverse document frequency cannot know
/// them: grammatical words (của, và, các; never `không`, `cần`, `phải`, `nên`, which change a
/// comment's meaning), the stock verbs of policy writing (tăng cường, đẩy mạnh), the words of
/// the draft's title, and place names in a section's text. A comment typed without diacritics
/// is scored on ``MatchingKey/diacriticFree(_:)`` against the outline folded the same way.
/// On top of the terms:
/// - a keyword of three syllables or more that the comment holds whole adds to its leaf, the
///   longest first ("bảo hiểm y tế" is not "tỷ lệ bảo hiểm y tế"; "giao thông" inside "tai nạn
///   giao thông" does not count apart): ``KeywordPhrases``;
/// - the words that name the comment's topic count double: the first few words of its own at
///   its start and after its first request ("Cần quan tâm làm đường …, mùa mưa trẻ em đi học
///   vất vả" is about roads);
/// - abbreviation tokens the key writes for words a leaf lists apart ("cán bộ, đảng viên" →
///   `CBĐV`) are read as those words: ``TokenExpansions``.
///
/// A political report judges the past term in one part and sets the next one's tasks in
/// another, on the same topics: a comment that proposes ("Đề nghị có chính sách …"), or that
/// only describes a problem, weighs down the leaves whose titles judge ("Đánh giá kết quả …"),
/// and one that judges ("Đề nghị đánh giá rõ hơn kết quả …") those whose titles set tasks
/// ("Nhiệm vụ, giải pháp"): see ``Stance``.
///
/// When is a leaf assigned:
/// - its score is at least ``minimumScore``, and
/// - it leads the runner-up by at least ``margin`` of its own score
///   (`(best − second) / best ≥ margin`);
/// - and the comment is not a remark about the whole document (length, layout, wording,
///   spelling: see ``Inference/isWholeDocument``), nor mere agreement with the document
///   ("Tôi nhất trí với dự thảo").
///
/// A comment that names a section by its title ("Đề nghị bổ sung vào phần hạn chế: …",
/// "bổ sung chỉ tiêu") competes only among that section's leaves, and a leaf named alone is
/// taken whatever its lead.
///
/// Everything is prepared in `init` (about 10 ms for a 16-leaf outline); inference is pure,
/// safe to call from many threads, and takes about 10 µs for a comment of a few sentences.
public struct SectionInferrer: Sendable {
    /// The share of its own score by which the best leaf must lead the runner-up
    /// (config `inference_margin`).
    public let margin: Double
    /// The lowest score a leaf may be assigned with.
    public let minimumScore: Double

    /// The default ``margin``: the runner-up scores at most four fifths of the best.
    public static let defaultMargin = 0.2
    /// The default ``minimumScore``: about one distinctive keyword matched.
    public static let defaultMinimumScore = 3.0

    /// Leaf section ids, in outline order.
    let leaves: [String]
    /// Each section's leaves, as a range of indices into ``leaves`` (leaves of a subtree are
    /// contiguous in outline order).
    let leafRanges: [String: Range<Int>]
    /// Everything for comments typed with diacritics, and without.
    let marked: Side
    let folded: Side
    let weights: Weights

    /// An inferrer for `draft`'s outline. `margin` and `minimumScore`: see the properties.
    public init(draft: Draft, margin: Double = defaultMargin, minimumScore: Double = defaultMinimumScore) {
        self.init(draft: draft, margin: margin, minimumScore: minimumScore, weights: Weights())
    }

    /// An inferrer with other weights: for tuning.
    init(draft: Draft, margin: Double, minimumScore: Double, weights: Weights) {
        self.weights = weights
        self.margin = margin
        self.minimumScore = minimumScore
        var leaves: [String] = []
        var ranges: [String: Range<Int>] = [:]
        var paths: [[OutlineSection]] = []
        func walk(_ sections: [OutlineSection], trail: [OutlineSection]) {
            for section in sections {
                let start = leaves.count
                if section.sections.isEmpty {
                    leaves.append(section.id)
                    paths.append(trail + [section])
                } else {
                    walk(section.sections, trail: trail + [section])
                }
                ranges[section.id] = start..<leaves.count
            }
        }
        walk(draft.sections, trail: [])
        self.leaves = leaves
        self.leafRanges = ranges
        self.marked = Side(paths: paths, draft: draft, leafRanges: ranges, weights: weights, folded: false)
        self.folded = Side(paths: paths, draft: draft, leafRanges: ranges, weights: weights, folded: true)
    }

    /// The leaf sections, in outline order.
    public var leafSections: [String] { leaves }

    /// Where `text` belongs.
    ///
    /// `typedWithoutDiacritics`: whether the comment was typed without Vietnamese marks ("de
    /// nghi dau tu duong giao thong"); it is then compared without diacritics. `within`: a
    /// section the comment is known to be about (a reference that named only "Phần thứ hai,
    /// mục III"): only its leaves compete, and the comment is not taken for a remark about the
    /// whole document; an id the outline does not have is ignored.
    public func infer(text: String, typedWithoutDiacritics: Bool, within: String? = nil) -> Inference {
        let key = typedWithoutDiacritics ? MatchingKey.diacriticFree(text) : MatchingKey.make(text)
        return infer(key: key, diacriticFree: typedWithoutDiacritics, within: within)
    }

    /// Where a comment belongs, from its matching key (for callers that already have it):
    /// ``MatchingKey/make(_:)`` of its text, or ``MatchingKey/diacriticFree(_:)`` with
    /// `diacriticFree` true. See ``infer(text:typedWithoutDiacritics:within:)``.
    public func infer(key: String, diacriticFree: Bool, within: String? = nil) -> Inference {
        let side = diacriticFree ? folded : marked
        let syllables = side.tokens.expand(SyllableHash.syllables(ofKey: key))
        let scores = score(syllables, side: side)

        // The leaves that compete: those of `within`, narrowed to those the comment names by
        // title ("phần hạn chế") when it does.
        let given = within.flatMap { leafRanges[$0] }
        var candidates = Array(given ?? leaves.indices)
        var named = false
        if let pointed = side.pointers.leaves(in: syllables) {
            let both = candidates.filter(pointed.contains)
            if !both.isEmpty {
                candidates = both
                named = true
            }
        }
        // A single leaf left, named by title or given, needs no lead; others must lead clearly.
        let single = candidates.count == 1 && (named || given != nil)
        var best = -1
        var second = -1
        for leaf in candidates where scores[leaf] > 0 || single {
            if best < 0 || scores[leaf] > scores[best] {
                second = best
                best = leaf
            } else if second < 0 || scores[leaf] > scores[second] {
                second = leaf
            }
        }
        let bestScore = best >= 0 ? scores[best] : 0
        let secondScore = second >= 0 ? scores[second] : 0
        let leads =
            best >= 0 && (single || (bestScore >= minimumScore && bestScore - secondScore >= margin * bestScore))
        let cues = side.remarks.groups(in: side.addressees.blanking(syllables))
        let whole = given == nil && WholeDocumentRemarks.isWholeDocument(cues, pointsToSection: leads)
        let agreement = WholeDocumentRemarks.isAgreementWithDocument(cues)
        return Inference(
            section: leads && !whole && !agreement ? leaves[best] : nil,
            candidate: best >= 0 ? leaves[best] : nil,
            score: bestScore,
            runnerUp: second >= 0 ? leaves[second] : nil,
            runnerUpScore: secondScore,
            isWholeDocument: whole,
            isNamedByTitle: named && single && !whole && !agreement)
    }
}
