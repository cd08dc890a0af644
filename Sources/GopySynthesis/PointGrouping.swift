import GopyDedup
import GopyModel

/// Which point each comment supports, before sections are known: its near-duplicate cluster,
/// or for a member of a form-letter campaign the campaign, unless its own addition is
/// substantial (then its cluster, as a point of its own linked to the campaign).
///
/// The synthesis and the drafters' placements (which pin a point by the id the outbox showed)
/// both use it, so that a point id means the same comments to both.
public struct PointGrouping: Sendable {
    let clusterOf: [String: String]
    let campaignOf: [String: String]
    let standalone: Set<String>
    let campaigns: [String: Campaign]

    /// - Parameters:
    ///   - clusterOf: every comment's cluster id (a comment missing stands alone).
    ///   - campaigns: the form-letter campaigns found.
    public init(clusterOf: [String: String], campaigns: [Campaign] = []) {
        self.clusterOf = clusterOf
        var campaignOf: [String: String] = [:]
        var standalone = Set<String>()
        for campaign in campaigns {
            for member in campaign.members { campaignOf[member] = campaign.id }
            standalone.formUnion(campaign.standalone)
        }
        self.campaignOf = campaignOf
        self.standalone = standalone
        self.campaigns = Dictionary(campaigns.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A comment's cluster id.
    public func cluster(of comment: String) -> String { clusterOf[comment] ?? comment }

    /// The campaign a comment belongs to, standing alone or not.
    public func campaign(of comment: String) -> String? { campaignOf[comment] }

    /// Whether a campaign member stands as its own point.
    public func standsAlone(_ comment: String) -> Bool { standalone.contains(comment) }

    /// A campaign by id.
    public func campaign(id: String) -> Campaign? { campaigns[id] }

    /// What a comment's point is made from: its campaign's id, or its cluster's.
    public func group(of comment: String) -> String {
        if let campaign = campaignOf[comment], !standalone.contains(comment) { return campaign }
        return cluster(of: comment)
    }

    /// The id of the point for `group` in a part of `draft`: stable, from content.
    /// - Parameter section: the section id; nil for the whole-document part (`wholeDocument`)
    ///   or the unassigned part.
    public static func pointID(draft: String, section: String?, wholeDocument: Bool, group: String) -> String {
        StableID.make("P", [draft, section ?? (wholeDocument ? "document" : "-"), group])
    }
}
