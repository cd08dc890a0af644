/// A form-letter campaign: many senders sending one template, with their own openings,
/// closings or additions.
public struct Campaign: Sendable, Hashable {
    /// Stable id, from the scope and the most typical member's key.
    public var id: String
    /// The draft and round the campaign belongs to.
    public var scope: ClusterScope
    /// The most typical member (a comment id): the template as someone sent it.
    public var representative: String
    /// The shared core as words of the representative's matching key; parts of it that are
    /// not contiguous are joined by " … ".
    public var template: String
    /// Syllables in the template.
    public var templateSyllables: Int
    /// Member comment ids, sorted.
    public var members: [String]
    /// The near-duplicate clusters the members belong to (a cluster is wholly in or out).
    public var clusters: [String]
    /// Distinct senders among the members.
    public var distinctSenders: Int
    /// Each member's own words beyond the template, in matching-key spelling, runs joined by
    /// " … "; members that add nothing are absent.
    public var additions: [String: String]
    /// Members whose own words are substantial: they also stand as their own point, linked
    /// to the campaign. Sorted.
    public var standalone: [String]

    public init(
        id: String, scope: ClusterScope, representative: String, template: String, templateSyllables: Int,
        members: [String], clusters: [String], distinctSenders: Int, additions: [String: String], standalone: [String]
    ) {
        self.id = id
        self.scope = scope
        self.representative = representative
        self.template = template
        self.templateSyllables = templateSyllables
        self.members = members
        self.clusters = clusters
        self.distinctSenders = distinctSenders
        self.additions = additions
        self.standalone = standalone
    }
}
