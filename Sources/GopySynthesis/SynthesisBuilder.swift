import GopyDedup
import GopyModel

/// Builds a draft's ``Synthesis`` from its comments, their clusters and campaigns.
public enum SynthesisBuilder {
    /// How many of a campaign's additions its summary quotes.
    public static let quotedAdditions = 5

    /// - Parameters:
    ///   - draft: the draft and its outline.
    ///   - runID: the run the synthesis belongs to.
    ///   - comments: the draft's comments, sections decided, text masked.
    ///   - grouping: each comment's cluster and campaign (``PointGrouping``).
    ///   - wholeDocument: comments with no section that speak of the draft as a whole (general
    ///     agreement with no section goes there too).
    public static func build(
        draft: Draft, runID: String, comments: [Comment], grouping: PointGrouping, wholeDocument: Set<String> = []
    ) -> Synthesis {
        let known = Set(draft.allSections.map(\.id))
        // Positions in `comments`, not copies of the comments: a night of a million comments
        // holds them once.
        var byPart: [PartKey: [Int]] = [:]
        var representatives: [String: Int] = [:]   // a campaign's most typical member → its position
        for (index, comment) in comments.enumerated() {
            let section = comment.section.flatMap { known.contains($0) ? $0 : nil }
            // General agreement that names no section agrees with the draft as a whole.
            let part: SectionSynthesis.Part =
                section != nil ? .section : (comment.general || wholeDocument.contains(comment.id)) ? .wholeDocument : .unassigned
            byPart[PartKey(section: section, part: part), default: []].append(index)
            if let campaign = grouping.campaign(of: comment.id), grouping.campaign(id: campaign)?.representative == comment.id {
                representatives[comment.id] = index
            }
        }

        var pointOf: [String: String] = [:]
        func synthesise(id: String?, part: SectionSynthesis.Part, title: String, trail: [String], depth: Int) -> SectionSynthesis {
            let members = byPart[PartKey(section: id, part: part)] ?? []
            var byKind: [SourceKind: Int] = [:]
            var general = 0
            var groupIndices: [String: [Int]] = [:]
            for index in members {
                let comment = comments[index]
                byKind[comment.source.kind, default: 0] += 1
                if comment.general {
                    general += 1
                } else {
                    groupIndices[grouping.group(of: comment.id), default: []].append(index)
                }
            }
            // One group's comments at a time, while its point is made.
            let groups = LazyGroups(indices: groupIndices, comments: comments)
            let whole = part == .wholeDocument
            var points: [Point] = []
            var linked: [String: [String]] = [:]  // campaign → its standalone points here
            for (group, list) in groups.all where grouping.campaign(id: group) == nil {
                var point = makePoint(id: PointGrouping.pointID(draft: draft.id, section: id, wholeDocument: whole, group: group), cluster: group, members: list)
                if let campaign = grouping.campaign(of: list[0].id), grouping.standsAlone(list[0].id) {
                    point.linkedCampaign = campaign
                    point.text = addition(of: list.min { $0.id < $1.id }!, in: grouping.campaign(id: campaign)) ?? point.text
                    linked[campaign, default: []].append(point.id)
                }
                points.append(point)
            }
            // A campaign's point counts all its members placed here, those standing alone too.
            var standaloneMembers: [String: [Comment]] = [:]
            for (group, list) in groups.all where grouping.campaign(id: group) == nil {
                if let campaign = grouping.campaign(of: list[0].id), grouping.standsAlone(list[0].id) {
                    standaloneMembers[campaign, default: []] += list
                }
            }
            let campaignIDs = Set(groupIndices.keys.filter { grouping.campaign(id: $0) != nil }).union(standaloneMembers.keys)
            for campaignID in campaignIDs {
                let campaign = grouping.campaign(id: campaignID)!
                let listed = groups[campaignID] ?? []
                let all = listed + (standaloneMembers[campaignID] ?? [])
                points.append(campaignPoint(
                    campaign, id: PointGrouping.pointID(draft: draft.id, section: id, wholeDocument: whole, group: campaignID),
                    listed: listed, all: all, standalonePoints: (linked[campaignID] ?? []).sorted(),
                    representative: representatives[campaign.representative].map { comments[$0] }
                ))
            }
            points.sort(by: weightOrder)
            for point in points {
                for comment in point.comments { pointOf[comment] = point.id }
            }
            return SectionSynthesis(
                id: id, part: part, title: title, trail: trail, depth: depth, points: points,
                general: general, commentCount: members.count, byKind: byKind
            )
        }

        var sections: [SectionSynthesis] = []
        func walk(_ list: [OutlineSection], trail: [String], depth: Int) {
            for section in list {
                sections.append(synthesise(id: section.id, part: .section, title: section.title, trail: trail, depth: depth))
                walk(section.sections, trail: trail + [section.title], depth: depth + 1)
            }
        }
        walk(draft.sections, trail: [], depth: 0)
        let document = synthesise(id: nil, part: .wholeDocument, title: SectionSynthesis.wholeDocumentTitle, trail: [], depth: 0)
        let unassigned = synthesise(id: nil, part: .unassigned, title: SectionSynthesis.unassignedTitle, trail: [], depth: 0)

        return Synthesis(
            draft: DraftInfo(id: draft.id, title: draft.title, round: draft.round),
            runID: runID, sections: sections, wholeDocument: document, unassigned: unassigned, pointOf: pointOf
        )
    }

    /// Builds a synthesis from clusters alone (no campaigns, no whole-document remarks).
    public static func build(draft: Draft, runID: String, comments: [Comment], clusterOf: [String: String]) -> Synthesis {
        build(draft: draft, runID: runID, comments: comments, grouping: PointGrouping(clusterOf: clusterOf))
    }

    /// Distinct organisations first, then distinct citizens, ties broken by id.
    public static func weightOrder(_ a: Point, _ b: Point) -> Bool {
        if a.organisations != b.organisations { return a.organisations > b.organisations }
        if a.citizens != b.citizens { return a.citizens > b.citizens }
        return a.id < b.id
    }

    /// A part's groups (cluster or campaign → its comments), made from positions one group at
    /// a time.
    struct LazyGroups {
        let indices: [String: [Int]]
        let comments: [Comment]

        subscript(_ group: String) -> [Comment]? { indices[group].map { $0.map { comments[$0] } } }

        var all: LazyMapSequence<[String: [Int]], (String, [Comment])> {
            indices.lazy.map { [comments] in ($0.key, $0.value.map { comments[$0] }) }
        }
    }

    struct PartKey: Hashable {
        var section: String?
        var part: SectionSynthesis.Part
    }

    /// A point for one cluster's members (or a campaign member's addition).
    static func makePoint(id: String, cluster: String, members: [Comment]) -> Point {
        let sorted = members.sorted { $0.id < $1.id }
        // The representative is the wording most members used; ties go to the smallest id.
        var wordingCount: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (index, comment) in sorted.enumerated() {
            wordingCount[comment.text, default: 0] += 1
            if firstSeen[comment.text] == nil { firstSeen[comment.text] = index }
        }
        let wordings = wordingCount.keys.sorted {
            (wordingCount[$0]!, -firstSeen[$0]!) > (wordingCount[$1]!, -firstSeen[$1]!)
        }
        let senders = Senders(sorted)
        return Point(
            id: id,
            text: wordings.first ?? "",
            variants: Array(wordings.dropFirst().prefix(3)),
            cluster: cluster,
            comments: sorted.map(\.id),
            submissions: sorted.count,
            organisations: senders.organisations,
            citizens: senders.citizens,
            sources: senders.sources
        )
    }

    /// A campaign's point: the template as its most typical member wrote it; every member
    /// placed here counted (`all`), those not standing alone listed (`listed`).
    static func campaignPoint(
        _ campaign: Campaign, id: String, listed: [Comment], all: [Comment], standalonePoints: [String], representative: Comment?
    ) -> Point {
        let representative = representative ?? all.min { $0.id < $1.id }!
        let template = KeyExcerpt.display(campaign.template, in: representative.text) ?? representative.text
        // Additions (openings left out), counted by their key; the most frequent shown as
        // their first sender (by id) wrote them (tracing words back to the text is the costly
        // part, so only those shown are traced).
        var additionCount: [String: Int] = [:]
        var firstSender: [String: Comment] = [:]
        for member in all.sorted(by: { $0.id < $1.id }) {
            guard let own = campaign.additions[member.id], let key = KeyExcerpt.additionKey(own, in: member.text) else { continue }
            additionCount[key, default: 0] += 1
            if firstSender[key] == nil { firstSender[key] = member }
        }
        var quoted: [CampaignSummary.Addition] = []
        for key in additionCount.keys.sorted(by: { (additionCount[$0]!, $1) > (additionCount[$1]!, $0) }) {
            guard quoted.count < quotedAdditions else { break }
            let member = firstSender[key]!
            if let shown = campaign.additions[member.id].flatMap({ KeyExcerpt.addition($0, in: member.text) }) {
                quoted.append(CampaignSummary.Addition(text: shown.display, count: additionCount[key]!))
            }
        }
        let senders = Senders(all)
        return Point(
            id: id, text: template, cluster: campaign.clusters.first ?? campaign.id,
            comments: listed.map(\.id).sorted(), submissions: all.count,
            organisations: senders.organisations, citizens: senders.citizens, sources: senders.sources,
            campaign: campaign.id,
            campaignSummary: CampaignSummary(
                id: campaign.id, template: template, submissions: all.count, distinctSenders: senders.distinct,
                withAdditions: additionCount.values.reduce(0, +), additions: quoted, standalonePoints: standalonePoints
            )
        )
    }

    /// A campaign member's own words (its opening left out), in its own spelling.
    static func addition(of member: Comment, in campaign: Campaign?) -> String? {
        guard let own = campaign?.additions[member.id] else { return nil }
        return KeyExcerpt.addition(own, in: member.text)?.display ?? KeyExcerpt.display(own, in: member.text)
    }

    /// Who sent a set of comments: distinct organisations and citizens, and counts per source.
    struct Senders {
        var organisations = 0
        var citizens = 0
        var distinct: Int { organisations + citizens }
        var sources: [SourceCount] = []

        init(_ comments: [Comment]) {
            var perSource: [SourceRef: Int] = [:]
            var organisations = Set<String>()
            var citizens = Set<String>()
            for comment in comments {
                perSource[comment.source, default: 0] += 1
                if comment.source.kind.isOrganisation {
                    organisations.insert(comment.source.id)
                } else {
                    citizens.insert(SenderIdentity.citizenKey(comment))
                }
            }
            self.organisations = organisations.count
            self.citizens = citizens.count
            self.sources = perSource.map { SourceCount(source: $0.key, count: $0.value) }.sorted()
        }
    }
}

/// Who sent a comment, for counting distinct senders without keeping their data.
public enum SenderIdentity {
    /// An organisation is its source; a citizen is ``citizenKey(_:)``.
    public static func key(_ comment: Comment) -> String {
        comment.source.kind.isOrganisation ? "o:" + comment.source.id : citizenKey(comment)
    }

    /// A key for the person behind a citizen's comment: their e-mail, phone or name and
    /// address when the file gave them, else the comment itself (an anonymous comment counts
    /// as its own sender): its id, which holds no colon and so cannot be taken for one of the
    /// prefixed keys (and costs no new string for each of a million anonymous comments).
    static func citizenKey(_ comment: Comment) -> String {
        let p = comment.personal
        if let email = p.email?.lowercased(), !email.isEmpty { return "e:" + email }
        if let phone = p.phone, !phone.isEmpty { return "p:" + String(phone.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init)) }
        if let author = p.author, !author.isEmpty {
            return "a:" + author.lowercased() + "|" + (p.address?.lowercased() ?? "")
        }
        return comment.id
    }
}
