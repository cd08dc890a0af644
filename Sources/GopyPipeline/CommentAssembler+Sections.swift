import GopyModel
import GopySections
import GopyText

extension CommentAssembler {
    /// Where the draft's inference places a text: a section, the whole document, or neither.
    func infer(_ text: String, draft: String) -> Inference? {
        inferrers[draft]?.infer(text: text, typedWithoutDiacritics: MatchingKey.isTypedWithoutDiacritics(text))
    }

    /// Whether a comment with no section is a remark about the whole document (its length,
    /// layout, wording). Decided each night from the text, as the ledger keeps the section only.
    func isAboutWholeDocument(_ comment: Comment) -> Bool {
        guard comment.section == nil, !comment.general else { return false }
        return infer(comment.text, draft: comment.draft)?.isWholeDocument ?? false
    }
}
