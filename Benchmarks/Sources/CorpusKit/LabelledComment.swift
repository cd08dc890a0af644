/// One comment of a round with the truth about it, for measuring a stage without writing
/// files: the same comment, with the same labels, as `gopy-corpus` writes for the same options.
package struct LabelledComment: Sendable {
    /// Its number in the round (the labels' `comment`).
    package var number: Int
    /// The text as its file holds it (before gopy normalises and masks it).
    package var text: String
    /// The source of its file, and whether that is an organisation (else a citizens' channel).
    package var sourceID: String
    package var fromOrganisation: Bool
    /// The made-up sender (citizens' files give these in their columns).
    package var author: String
    package var address: String
    package var phone: String
    package var email: String
    package var general: Bool
    /// The labels' `group`, `campaign` (an index) and `variation`.
    package var group: UInt64
    package var campaign: Int?
    package var variation: String
    /// The labels' `edits`.
    package var edits: [String]
    /// What the pass that finds campaigns of copies needs (``CorpusGenerator/organicCampaigns(_:)``).
    package var organicMember: OrganicCampaigns.Member
}

extension CorpusGenerator {
    /// Comments in the round (exactly `--comments`).
    package var commentCount: Int { plan.totalComments }

    /// Campaigns the round's letters are drawn from.
    package var campaignCount: Int { factory.campaigns.campaigns.count }

    /// The draft's id and the text of its leaves (`text` in config/drafts/<id>.yaml).
    package var draftTexts: (draft: String, texts: [String]) { (outline.draftID, outline.leaves.map(\.wording)) }

    /// Comment `number` of the round and its labels.
    package func labelledComment(_ number: Int) -> LabelledComment {
        let comment = factory.comment(number)
        let file = plan.file(holding: number)
        return LabelledComment(
            number: number, text: comment.text, sourceID: file.source.id, fromOrganisation: !file.kind.isCitizen,
            author: comment.author.name, address: comment.author.address, phone: comment.author.phone,
            email: comment.author.email, general: comment.general, group: comment.group, campaign: comment.campaign,
            variation: comment.variation.rawValue, edits: comment.edits.names,
            organicMember: OrganicCampaigns.member(comment, file: file))
    }

    /// The groups that are campaigns of copies (the labels' "o…" campaigns), from every
    /// comment's ``LabelledComment/organicMember``.
    package func organicCampaigns(_ members: [OrganicCampaigns.Member]) -> Set<UInt64> {
        OrganicCampaigns.find(members) { factory.comment($0).text }
    }

    /// "g0123456789abcdef": how the labels write a group.
    package static func groupLabel(_ group: UInt64) -> String { TextHash.label(group) }
}
