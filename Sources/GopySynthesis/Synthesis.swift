import GopyModel

/// The synthesis of one draft's comments.
public struct Synthesis: Sendable, Hashable {
    public var draft: DraftInfo
    public var runID: String
    /// Every section of the outline, in the draft's order (parents before their children).
    public var sections: [SectionSynthesis]
    /// Comments whose section could not be decided (or that speak of the whole document).
    public var unassigned: SectionSynthesis
    /// The point each non-general comment supports.
    public var pointOf: [String: String]

    public init(draft: DraftInfo, runID: String, sections: [SectionSynthesis], unassigned: SectionSynthesis, pointOf: [String: String]) {
        self.draft = draft
        self.runID = runID
        self.sections = sections
        self.unassigned = unassigned
        self.pointOf = pointOf
    }

    /// Marks every point whose comments all belong to one form-letter campaign with it.
    public mutating func markCampaigns(_ campaignOf: [String: String]) {
        guard !campaignOf.isEmpty else { return }
        func mark(_ section: inout SectionSynthesis) {
            for i in section.points.indices {
                let campaigns = Set(section.points[i].comments.map { campaignOf[$0] })
                if campaigns.count == 1, let only = campaigns.first, let campaign = only {
                    section.points[i].campaign = campaign
                }
            }
        }
        for i in sections.indices { mark(&sections[i]) }
        mark(&unassigned)
    }

    /// Total comments of the draft.
    public var commentCount: Int { sections.reduce(unassigned.commentCount) { $0 + $1.commentCount } }
}

/// What the synthesis says about its draft.
public struct DraftInfo: Sendable, Hashable {
    public var id: String
    public var title: String
    public var round: Int?

    public init(id: String, title: String, round: Int?) {
        self.id = id
        self.title = title
        self.round = round
    }
}

/// One section's synthesis.
public struct SectionSynthesis: Sendable, Hashable {
    /// The section id; nil for the unassigned part.
    public var id: String?
    public var title: String
    /// Titles of the enclosing sections, outermost first.
    public var trail: [String]
    public var depth: Int
    public var points: [Point]
    /// Comments of general agreement placed here.
    public var general: Int
    /// All comments placed here (points' comments plus general agreement).
    public var commentCount: Int
    /// Comments placed here, by source kind.
    public var byKind: [SourceKind: Int]

    public init(id: String?, title: String, trail: [String] = [], depth: Int = 0, points: [Point] = [], general: Int = 0, commentCount: Int = 0, byKind: [SourceKind: Int] = [:]) {
        self.id = id
        self.title = title
        self.trail = trail
        self.depth = depth
        self.points = points
        self.general = general
        self.commentCount = commentCount
        self.byKind = byKind
    }
}

/// One distinct thing said about a section, with who said it and how often.
public struct Point: Sendable, Hashable {
    /// Stable id: from the draft, the section and the cluster.
    public var id: String
    /// The representative wording (personal data masked).
    public var text: String
    /// Other wordings among the members, most frequent first (at most a few).
    public var variants: [String]
    public var cluster: String
    /// Member comment ids, sorted.
    public var comments: [String]
    /// How many comments were sent.
    public var submissions: Int
    /// Distinct organisations among the senders.
    public var organisations: Int
    /// Distinct citizens among the senders (a citizen who resubmits counts once).
    public var citizens: Int
    public var sources: [SourceCount]
    /// The form-letter campaign the point stands for, if any.
    public var campaign: String?

    public init(id: String, text: String, variants: [String] = [], cluster: String, comments: [String], submissions: Int, organisations: Int, citizens: Int, sources: [SourceCount], campaign: String? = nil) {
        self.id = id
        self.text = text
        self.variants = variants
        self.cluster = cluster
        self.comments = comments
        self.submissions = submissions
        self.organisations = organisations
        self.citizens = citizens
        self.sources = sources
        self.campaign = campaign
    }
}

/// How many of a point's comments came from one source.
public struct SourceCount: Sendable, Hashable, Comparable {
    public var source: SourceRef
    public var count: Int

    public init(source: SourceRef, count: Int) {
        self.source = source
        self.count = count
    }

    public static func < (lhs: SourceCount, rhs: SourceCount) -> Bool { lhs.source < rhs.source }
}
