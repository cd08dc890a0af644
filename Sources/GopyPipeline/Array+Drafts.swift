import GopyModel

extension [Comment] {
    /// The comments of each draft, in their order. With one draft (the usual round) the
    /// array is shared rather than copied.
    func groupedByDraft() -> [String: [Comment]] {
        guard let first = self.first?.draft else { return [:] }
        if allSatisfy({ $0.draft == first }) { return [first: self] }
        var byDraft: [String: [Comment]] = [:]
        for comment in self { byDraft[comment.draft, default: []].append(comment) }
        return byDraft
    }
}
