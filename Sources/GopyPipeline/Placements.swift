import GopyConfig
import GopyModel
import GopySynthesis

/// Applies the drafters' placements (`config/placements.yaml`) to the night's comments.
enum Placements {
    struct Applied {
        /// The placement that moved each comment.
        var byComment: [String: Placement] = [:]
        /// Each placement with how many comments it moved, for the run manifest.
        var manifest: [JSONValue] = []
    }

    /// A comment placement moves that comment; a point placement moves every comment the point
    /// would hold without placements (the point id is the one the outbox showed). The section
    /// becomes the placed one with basis `explicit`, or for the whole document none, with the
    /// comment in `wholeDocument`; the comment carries who placed it. A section outside the
    /// comment's draft is not applied.
    static func apply(
        _ placements: [Placement], to comments: inout [Comment], grouping: PointGrouping, wholeDocument: inout Set<String>, drafts: [Draft]
    ) -> Applied {
        var applied = Applied()
        guard !placements.isEmpty else { return applied }
        var byComment: [String: Placement] = [:]
        var byPoint: [String: Placement] = [:]
        for p in placements {
            switch p.target {
            case .comment(let id): byComment[id] = p
            case .point(let id): byPoint[id] = p
            }
        }
        let sectionsOf = Dictionary(uniqueKeysWithValues: drafts.map { ($0.id, Set($0.allSections.map(\.id))) })
        var counts: [String: Int] = [:]
        for i in comments.indices {
            let c = comments[i]
            var placement = byComment[c.id]
            if placement == nil, !byPoint.isEmpty, !c.general {
                let known = c.section.flatMap { sectionsOf[c.draft]?.contains($0) == true ? $0 : nil }
                let whole = known == nil && wholeDocument.contains(c.id)
                placement = byPoint[PointGrouping.pointID(draft: c.draft, section: known, wholeDocument: whole, group: grouping.group(of: c.id))]
            }
            guard let placement else { continue }
            if let section = placement.section, sectionsOf[c.draft]?.contains(section) != true { continue }
            comments[i].section = placement.section
            comments[i].sectionBasis = placement.section == nil ? .none : .explicit
            comments[i].sectionScore = nil
            if placement.section == nil { wholeDocument.insert(c.id) } else { wholeDocument.remove(c.id) }
            applied.byComment[c.id] = placement
            counts[placement.target.id, default: 0] += 1
        }
        applied.manifest = placements.map { p in
            let (kind, id): (String, String) = switch p.target {
            case .comment(let id): ("comment", id)
            case .point(let id): ("point", id)
            }
            return .object([
                (kind, .string(id)), ("section", .string(p.section ?? ConfigLoader.wholeDocument)),
                ("by", .string(p.by)), ("at", .string(p.at)), ("comments_moved", .int(counts[id] ?? 0)),
            ])
        }
        return applied
    }
}
