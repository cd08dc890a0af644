/// Comments that say the same thing.
public struct Cluster: Sendable, Hashable {
    /// Stable id, derived from the scope and the shared key.
    public var id: String
    public var scope: ClusterScope
    /// Member comment ids, sorted.
    public var members: [String]

    public init(id: String, scope: ClusterScope, members: [String]) {
        self.id = id
        self.scope = scope
        self.members = members
    }
}
