import GopyModel

/// One line of `comments.jsonl`: a comment as the outbox shows it, personal data left out.
public struct CommentRecord: Sendable, Hashable {
    public var comment: Comment
    public var cluster: String
    public var point: String?
    public var campaign: String?
    /// Who placed the comment by hand (`config/placements.yaml`), when someone did.
    public var placement: PlacementNote?
    /// With no section: whether it speaks of the whole document (rather than not being placed).
    public var wholeDocument: Bool

    /// A drafter's placement, as comments.jsonl shows it.
    public struct PlacementNote: Sendable, Hashable {
        public var by: String
        public var at: String
        public init(by: String, at: String) {
            self.by = by
            self.at = at
        }
    }

    public init(comment: Comment, cluster: String, point: String?, campaign: String? = nil, wholeDocument: Bool = false, placement: PlacementNote? = nil) {
        self.wholeDocument = wholeDocument
        self.comment = comment
        self.cluster = cluster
        self.point = point
        self.campaign = campaign
        self.placement = placement
    }

    /// The contract's fields, in the contract's order, then `placement` (a drafter's placement
    /// or null), `whole_document` (true when the comment, with no section, speaks of the
    /// whole document) and `section_score` (the inference's score when the basis is `inferred`
    /// from the comment's own content, else null); `source` holds no personal data and `text` is the masked text.
    public var jsonValue: JSONValue {
        let c = comment
        var locator: [(String, JSONValue)] = [("line", .int(c.provenance.locator.line))]
        if let row = c.provenance.locator.row { locator.append(("row", .int(row))) }
        if let record = c.provenance.locator.record { locator.append(("record", .int(record))) }
        return .object([
            ("id", .string(c.id)),
            ("file", .string(c.provenance.file)),
            ("sha256", .string(c.provenance.sha256)),
            ("locator", .object(locator)),
            ("source", .object([("id", .string(c.source.id)), ("kind", .string(c.source.kind.rawValue)), ("name", .string(c.source.name))])),
            ("draft", .string(c.draft)),
            ("round", .int(c.round)),
            ("section", .string(c.section)),
            ("section_basis", .string(c.sectionBasis.rawValue)),
            ("cluster", .string(cluster)),
            ("point", .string(point)),
            ("general", .bool(c.general)),
            ("campaign", .string(campaign)),
            ("text", .string(c.text)),
            ("placement", placement.map { .object([("by", .string($0.by)), ("at", .string($0.at))]) } ?? .null),
            ("whole_document", .bool(wholeDocument)),
            ("section_score", c.sectionScore.map { .double(($0 * 1000).rounded() / 1000) } ?? .null),
        ])
    }
}
