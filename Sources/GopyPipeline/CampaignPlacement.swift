import GopyDedup
import GopyModel
import GopySynthesis

/// Places each form-letter campaign once, so that it is one point in one part of the synthesis.
///
/// The campaign's section is the one its members name (their own reference or a heading above
/// them), by majority, ties to the smallest id; when none names one, the section inferred from
/// the template as its most typical member wrote it (or the whole document, or none). Members
/// elsewhere move there with basis `inferred` (or `none` when the campaign has no section).
enum CampaignPlacement {
    struct Applied {
        /// Members moved, with the campaign that moved them.
        var moved: [String: String] = [:]
        /// Members of campaigns about the whole document.
        var wholeDocument: Set<String> = []
    }

    static func apply(_ campaigns: [Campaign], to comments: inout [Comment], assembler: CommentAssembler) -> Applied {
        var applied = Applied()
        guard !campaigns.isEmpty else { return applied }
        var index: [String: Int] = [:]
        index.reserveCapacity(comments.count)
        for (i, c) in comments.enumerated() { index[c.id] = i }
        for campaign in campaigns {
            let members = campaign.members.compactMap { index[$0] }
            guard !members.isEmpty else { continue }
            var votes: [String: Int] = [:]
            for i in members where comments[i].sectionBasis == .explicit || comments[i].sectionBasis == .context {
                if let section = comments[i].section { votes[section, default: 0] += 1 }
            }
            var section: String?
            var whole = false
            if let best = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                section = best.key
            } else {
                let representative = index[campaign.representative].map { comments[$0] } ?? comments[members[0]]
                let template = KeyExcerpt.display(campaign.template, in: representative.text) ?? representative.text
                let inference = assembler.infer(template, draft: representative.draft)
                section = inference?.isWholeDocument == true ? nil : inference?.section
                whole = inference?.isWholeDocument == true
            }
            for i in members {
                if whole { applied.wholeDocument.insert(comments[i].id) }
                guard comments[i].section != section else { continue }
                comments[i].section = section
                comments[i].sectionBasis = section == nil ? .none : .inferred
                comments[i].sectionScore = nil
                applied.moved[comments[i].id] = campaign.id
            }
        }
        return applied
    }
}
