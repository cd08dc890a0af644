import GopyModel

/// Builds a draft's ``Synthesis`` from its comments and their clusters.
public enum SynthesisBuilder {
    /// - Parameters:
    ///   - draft: the draft and its outline.
    ///   - runID: the run the synthesis belongs to.
    ///   - comments: the draft's comments, sections decided, text masked.
    ///   - clusterOf: the cluster id of every comment.
    public static func build(draft: Draft, runID: String, comments: [Comment], clusterOf: [String: String]) -> Synthesis {
        let known = Set(draft.allSections.map(\.id))
        var bySection: [String?: [Comment]] = [:]
        for comment in comments {
            let section = comment.section.flatMap { known.contains($0) ? $0 : nil }
            bySection[section, default: []].append(comment)
        }

        var pointOf: [String: String] = [:]
        func synthesise(id: String?, title: String, trail: [String], depth: Int) -> SectionSynthesis {
            let members = bySection[id] ?? []
            var byKind: [SourceKind: Int] = [:]
            var general = 0
            var groups: [String: [Comment]] = [:]
            for comment in members {
                byKind[comment.source.kind, default: 0] += 1
                if comment.general {
                    general += 1
                } else {
                    groups[clusterOf[comment.id] ?? comment.id, default: []].append(comment)
                }
            }
            let points = groups.map { cluster, group in
                makePoint(draft: draft.id, section: id, cluster: cluster, members: group)
            }
            .sorted(by: weightOrder)
            for point in points {
                for comment in point.comments { pointOf[comment] = point.id }
            }
            return SectionSynthesis(
                id: id, title: title, trail: trail, depth: depth, points: points,
                general: general, commentCount: members.count, byKind: byKind
            )
        }

        var sections: [SectionSynthesis] = []
        func walk(_ list: [OutlineSection], trail: [String], depth: Int) {
            for section in list {
                sections.append(synthesise(id: section.id, title: section.title, trail: trail, depth: depth))
                walk(section.sections, trail: trail + [section.title], depth: depth + 1)
            }
        }
        walk(draft.sections, trail: [], depth: 0)
        let unassigned = synthesise(id: nil, title: "Ý kiến chưa xác định được phần, mục", trail: [], depth: 0)

        return Synthesis(
            draft: DraftInfo(id: draft.id, title: draft.title, round: draft.round),
            runID: runID, sections: sections, unassigned: unassigned, pointOf: pointOf
        )
    }

    /// Distinct organisations first, then distinct citizens, ties broken by id.
    public static func weightOrder(_ a: Point, _ b: Point) -> Bool {
        if a.organisations != b.organisations { return a.organisations > b.organisations }
        if a.citizens != b.citizens { return a.citizens > b.citizens }
        return a.id < b.id
    }

    static func makePoint(draft: String, section: String?, cluster: String, members: [Comment]) -> Point {
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

        var perSource: [SourceRef: Int] = [:]
        var organisations = Set<String>()
        var citizens = Set<String>()
        for comment in sorted {
            perSource[comment.source, default: 0] += 1
            if comment.source.kind.isOrganisation {
                organisations.insert(comment.source.id)
            } else {
                citizens.insert(SenderIdentity.citizenKey(comment))
            }
        }
        return Point(
            id: StableID.make("P", [draft, section ?? "-", cluster]),
            text: wordings.first ?? "",
            variants: Array(wordings.dropFirst().prefix(3)),
            cluster: cluster,
            comments: sorted.map(\.id),
            submissions: sorted.count,
            organisations: organisations.count,
            citizens: citizens.count,
            sources: perSource.map { SourceCount(source: $0.key, count: $0.value) }.sorted()
        )
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
    /// as its own sender).
    static func citizenKey(_ comment: Comment) -> String {
        let p = comment.personal
        if let email = p.email?.lowercased(), !email.isEmpty { return "e:" + email }
        if let phone = p.phone, !phone.isEmpty { return "p:" + String(phone.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init)) }
        if let author = p.author, !author.isEmpty {
            return "a:" + author.lowercased() + "|" + (p.address?.lowercased() ?? "")
        }
        return "c:" + comment.id
    }
}
