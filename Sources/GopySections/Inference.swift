/// Where ``SectionInferrer`` places a comment that names no section, and how sure it is.
///
/// `section` is set only when the best leaf section leads clearly (see
/// ``SectionInferrer/margin`` and ``SectionInferrer/minimumScore``) or the comment names it by
/// its title ("phần hạn chế"); `candidate` is the best leaf whether or not it was assigned, for
/// people checking the inference. A remark about the document as a whole (its length, layout,
/// wording, spelling) has `isWholeDocument` and no section.
public struct Inference: Sendable, Hashable {
    /// The leaf section the comment is about, or nil (whole document, or no clear leader).
    public var section: String?
    /// The best-scoring leaf section, assigned or not; nil when no leaf scored at all.
    public var candidate: String?
    /// The candidate's score (BM25, summed over the comment's terms); 0 when none scored.
    public var score: Double
    /// The second-best leaf section, if any other scored.
    public var runnerUp: String?
    /// The runner-up's score; 0 when there is none.
    public var runnerUpScore: Double
    /// Whether the comment is a remark about the whole document rather than one section.
    public var isWholeDocument: Bool
    /// Whether the comment named the section by its title ("Đề nghị bổ sung vào phần hạn
    /// chế: …"): then `section` needs no lead over the others.
    public var isNamedByTitle: Bool

    /// An inference; see the properties.
    public init(
        section: String?, candidate: String?, score: Double, runnerUp: String?, runnerUpScore: Double,
        isWholeDocument: Bool, isNamedByTitle: Bool = false
    ) {
        self.section = section
        self.candidate = candidate
        self.score = score
        self.runnerUp = runnerUp
        self.runnerUpScore = runnerUpScore
        self.isWholeDocument = isWholeDocument
        self.isNamedByTitle = isNamedByTitle
    }

    /// The candidate's lead over the runner-up, as a share of its own score: 1 when nothing
    /// else scored, 0 on a tie or when nothing scored.
    public var lead: Double {
        score > 0 ? (score - runnerUpScore) / score : 0
    }
}
