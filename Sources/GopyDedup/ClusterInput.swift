/// One comment as the clusterer sees it.
public struct ClusterInput: Sendable, Hashable {
    /// The comment's id.
    public var commentID: String
    /// Comments are never merged across scopes (draft and round).
    public var scope: ClusterScope
    /// The comment's matching key (lower case, one tone-mark style, no punctuation).
    public var matchingKey: String

    public init(commentID: String, scope: ClusterScope, matchingKey: String) {
        self.commentID = commentID
        self.scope = scope
        self.matchingKey = matchingKey
    }
}

/// What clusters never cross: a draft and a round of comments.
public struct ClusterScope: Sendable, Hashable, Comparable {
    /// The draft id.
    public var draft: String
    /// The round of comments, when known.
    public var round: Int?

    public init(draft: String, round: Int?) {
        self.draft = draft
        self.round = round
    }

    /// By draft, then round (no round counts as 0).
    public static func < (lhs: ClusterScope, rhs: ClusterScope) -> Bool {
        (lhs.draft, lhs.round ?? 0) < (rhs.draft, rhs.round ?? 0)
    }

    var idParts: [String] { [draft, round.map(String.init) ?? "-"] }
}
