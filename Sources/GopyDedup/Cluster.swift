/// Comments that say the same thing.
public struct Cluster: Sendable, Hashable {
    /// Stable id, derived from the scope and the representative's matching key.
    public var id: String
    /// The draft and round the cluster belongs to.
    public var scope: ClusterScope
    /// Member comment ids, sorted.
    public var members: [String]
    /// The most typical member (a comment id).
    public var representative: String
    /// Distinct senders among the members: a sender who resubmits counts once.
    public var distinctSenders: Int
    /// The form-letter campaign the cluster belongs to, if any.
    public var campaign: String?

    /// - Parameters: `representative` defaults to the first member, `distinctSenders` to the
    ///   number of members.
    public init(
        id: String, scope: ClusterScope, members: [String], representative: String? = nil,
        distinctSenders: Int? = nil, campaign: String? = nil
    ) {
        self.id = id
        self.scope = scope
        self.members = members
        self.representative = representative ?? members.first ?? ""
        self.distinctSenders = distinctSenders ?? members.count
        self.campaign = campaign
    }
}
