import GopyModel

/// The synthesis of one draft's comments.
public struct Synthesis: Sendable, Hashable {
    public var draft: DraftInfo
    public var runID: String
    /// Every section of the outline, in the draft's order (parents before their children).
    public var sections: [SectionSynthesis]
    /// Remarks about the draft as a whole (its length, layout, wording), and comments a
    /// drafter placed there.
    public var wholeDocument: SectionSynthesis
    /// Comments whose section could not be decided, for a drafter to place.
    public var unassigned: SectionSynthesis
    /// The point each non-general comment supports.
    public var pointOf: [String: String]

    public init(
        draft: DraftInfo, runID: String, sections: [SectionSynthesis],
        wholeDocument: SectionSynthesis = SectionSynthesis(id: nil, part: .wholeDocument, title: SectionSynthesis.wholeDocumentTitle),
        unassigned: SectionSynthesis, pointOf: [String: String]
    ) {
        self.draft = draft
        self.runID = runID
        self.sections = sections
        self.wholeDocument = wholeDocument
        self.unassigned = unassigned
        self.pointOf = pointOf
    }

    /// The sections of the outline, then the whole-document part, then the unassigned part:
    /// every comment of the draft is in exactly one of them.
    public var parts: [SectionSynthesis] { sections + [wholeDocument, unassigned] }

    /// Total comments of the draft.
    public var commentCount: Int { parts.reduce(0) { $0 + $1.commentCount } }
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

/// One section's synthesis (or the whole-document or unassigned part).
public struct SectionSynthesis: Sendable, Hashable {
    /// Which part of the synthesis this is.
    public enum Part: String, Sendable, Hashable {
        /// A section of the outline.
        case section
        /// Remarks about the whole document: section null, `part` "document".
        case wholeDocument = "document"
        /// Comments whose section was not decided: section null, `part` "unassigned".
        case unassigned
    }

    /// Title of the whole-document part.
    public static let wholeDocumentTitle = "Ý kiến về toàn bộ dự thảo"
    /// Title of the unassigned part.
    public static let unassignedTitle = "Ý kiến chưa xác định được phần, mục"

    /// The section id; nil for the whole-document and unassigned parts.
    public var id: String?
    public var part: Part
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

    public init(id: String?, part: Part? = nil, title: String, trail: [String] = [], depth: Int = 0, points: [Point] = [], general: Int = 0, commentCount: Int = 0, byKind: [SourceKind: Int] = [:]) {
        self.id = id
        self.part = part ?? (id == nil ? .unassigned : .section)
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
    /// Member comment ids, sorted: the comments whose `point` this is. A campaign member that
    /// stands as its own point is listed there, not here.
    public var comments: [String]
    /// How many comments were sent (for a campaign, all its members placed here, those that
    /// also stand as their own point included).
    public var submissions: Int
    /// Distinct organisations among the senders.
    public var organisations: Int
    /// Distinct citizens among the senders (a citizen who resubmits counts once).
    public var citizens: Int
    public var sources: [SourceCount]
    /// The form-letter campaign the point stands for, if any.
    public var campaign: String?
    /// For a campaign's point: its template, size, distinct senders and additions.
    public var campaignSummary: CampaignSummary?
    /// For a campaign member whose own addition is substantial: the campaign it also belongs
    /// to (the point stands for the addition; the campaign's point counts the submission).
    public var linkedCampaign: String?

    public init(
        id: String, text: String, variants: [String] = [], cluster: String, comments: [String], submissions: Int,
        organisations: Int, citizens: Int, sources: [SourceCount], campaign: String? = nil,
        campaignSummary: CampaignSummary? = nil, linkedCampaign: String? = nil
    ) {
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
        self.campaignSummary = campaignSummary
        self.linkedCampaign = linkedCampaign
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
