import GopyText

/// Copies of one long comment sent by five senders or more: a campaign too, by gopy's
/// definition (CONTRACT: "copies of one long letter by 5 senders are a campaign"), though
/// nobody planned it. The copies of a comment are drawn independently (``CommentFactory``),
/// so whether a group reaches five senders is known only once the whole round is made: the
/// labels get these campaigns in a pass over all comments ("o" and the group's 16 hex digits).
package enum OrganicCampaigns {
    /// One comment, as the pass sees it.
    package struct Member: Sendable {
        var group: UInt64
        /// The sender as gopy counts senders: a citizen by e-mail, an organisation by source.
        var sender: UInt64
        var number: Int32
        /// Neither general agreement nor already in a planned campaign.
        var eligible: Bool
    }

    /// As in GopyDedup's `CampaignConfiguration`: senders and syllables of a template.
    static let minSenders = 5
    static let minSyllables = 40

    /// The groups that are campaigns: eligible, with at least five senders, and at least 40
    /// syllables in the key of `text(number)` of one of their comments.
    static func find(_ members: some Sequence<Member>, text: (Int) -> String) -> Set<UInt64> {
        var senders: [UInt64: Set<UInt64>] = [:]
        var ineligible = Set<UInt64>()
        var example: [UInt64: Int32] = [:]
        for member in members {
            guard member.eligible else {
                ineligible.insert(member.group)
                continue
            }
            senders[member.group, default: []].insert(member.sender)
            if example[member.group] == nil { example[member.group] = member.number }
        }
        var found = Set<UInt64>()
        for (group, set) in senders where set.count >= minSenders && !ineligible.contains(group) {
            let key = MatchingKey.make(text(Int(example[group]!)))
            if key.utf8.reduce(1, { $1 == 0x20 ? $0 + 1 : $0 }) >= minSyllables { found.insert(group) }
        }
        return found
    }

    /// "o" and 16 hexadecimal digits: how the labels name such a campaign.
    static func label(_ group: UInt64) -> String { "o" + TextHash.label(group).dropFirst() }

    static func member(_ comment: GeneratedComment, file: PlannedFile) -> Member {
        let sender = file.kind.isCitizen ? "e:" + comment.author.email.lowercased() : "o:" + file.source.id
        return Member(
            group: comment.group, sender: TextHash.of(sender), number: Int32(comment.number),
            eligible: !comment.general && comment.campaign == nil)
    }
}
