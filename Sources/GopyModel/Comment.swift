/// How a comment's section was decided.
public enum SectionBasis: String, Codable, Sendable, Hashable {
    /// The comment's own reference.
    case explicit
    /// A heading above it in its file.
    case context
    /// Its content.
    case inferred
    /// Not decided.
    case none
}

/// The file a comment came from, and where in it.
public struct Provenance: Codable, Sendable, Hashable {
    /// Path relative to `inbox/`, with `/` separators.
    public var file: String
    /// Hex SHA-256 of the file's bytes.
    public var sha256: String
    public var locator: Locator

    public init(file: String, sha256: String, locator: Locator) {
        self.file = file
        self.sha256 = sha256
        self.locator = locator
    }
}

/// A comment once ingested: normalised, attributed, placed in its draft and section.
public struct Comment: Sendable, Hashable {
    /// Stable id: derived from the file's hash and the locator, so the same comment at the
    /// same place in the same file has the same id on every run.
    public var id: String
    public var provenance: Provenance
    public var source: SourceRef
    public var draft: String
    public var round: Int?
    public var section: String?
    public var sectionBasis: SectionBasis
    /// For a section inferred from the content: the inference's score (BM25 of the best
    /// section), kept for people checking the inference; nil otherwise.
    public var sectionScore: Double?
    /// The text as it stood in the file (personal data included): ledger and trace only.
    public var originalText: String
    /// NFC, cleaned, personal data masked: what the outbox shows.
    public var text: String
    /// The key comparisons use: lower case, one tone-mark style, no punctuation.
    public var matchingKey: String
    /// True for general agreement with no substantive content.
    public var general: Bool
    public var externalID: String?
    public var personal: PersonalData
    public var received: String?

    public init(
        id: String, provenance: Provenance, source: SourceRef, draft: String, round: Int?,
        section: String?, sectionBasis: SectionBasis, originalText: String, text: String,
        matchingKey: String, general: Bool, externalID: String? = nil,
        personal: PersonalData = PersonalData(), received: String? = nil, sectionScore: Double? = nil
    ) {
        self.sectionScore = sectionScore
        self.id = id
        self.provenance = provenance
        self.source = source
        self.draft = draft
        self.round = round
        self.section = section
        self.sectionBasis = sectionBasis
        self.originalText = originalText
        self.text = text
        self.matchingKey = matchingKey
        self.general = general
        self.externalID = externalID
        self.personal = personal
        self.received = received
    }
}
