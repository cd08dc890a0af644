import GopyModel

extension Comment {
    /// The comment as a night's clustering, synthesis and outbox use it: without the fields
    /// only the ledger and `trace` read (the original text, the matching key, the external id
    /// and the received date), as ``GopyLedger/Ledger/workingComments()`` gives them.
    var forSynthesis: Comment {
        var light = self
        light.originalText = ""
        light.matchingKey = ""
        light.externalID = nil
        light.received = nil
        return light
    }
}

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
