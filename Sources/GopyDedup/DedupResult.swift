/// What ``NearDuplicateClusterer`` finds.
public struct DedupResult: Sendable, Hashable {
    /// Every input in exactly one cluster; sorted by id.
    public var clusters: [Cluster]
    /// Sorted by id.
    public var campaigns: [Campaign]

    public init(clusters: [Cluster], campaigns: [Campaign]) {
        self.clusters = clusters
        self.campaigns = campaigns
    }

    /// The cluster id of every comment.
    public var clusterOf: [String: String] {
        var result: [String: String] = [:]
        result.reserveCapacity(clusters.reduce(0) { $0 + $1.members.count })
        for cluster in clusters { for member in cluster.members { result[member] = cluster.id } }
        return result
    }

    /// The campaign id of every comment that belongs to one.
    public var campaignOf: [String: String] {
        var result: [String: String] = [:]
        for campaign in campaigns { for member in campaign.members { result[member] = campaign.id } }
        return result
    }
}
