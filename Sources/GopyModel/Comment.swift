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
///
/// The fields only the ledger, `trace` and sender counting read (original text, matching
/// key, external id, personal data, date received) are kept out of line in one shared,
/// immutable box: a night holds a million comments, most of them with none of these (they
/// are left out of the working set, and most citizens give no personal data), and the box
/// costs one pointer instead of eight strings each.
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
    /// NFC, cleaned, personal data masked: what the outbox shows.
    public var text: String
    /// True for general agreement with no substantive content.
    public var general: Bool
    private var details: Details

    /// The text as it stood in the file (personal data included): ledger and trace only.
    public var originalText: String {
        get { details.fields.originalText }
        set { self[detail: \.originalText] = newValue }
    }
    /// The key comparisons use: lower case, one tone-mark style, no punctuation.
    public var matchingKey: String {
        get { details.fields.matchingKey }
        set { self[detail: \.matchingKey] = newValue }
    }
    public var externalID: String? {
        get { details.fields.externalID }
        set { self[detail: \.externalID] = newValue }
    }
    public var personal: PersonalData {
        get { details.fields.personal }
        set { self[detail: \.personal] = newValue }
    }
    public var received: String? {
        get { details.fields.received }
        set { self[detail: \.received] = newValue }
    }

    /// Sets one out-of-line field (the box is shared, so it is replaced, never changed).
    private subscript<Value>(detail field: WritableKeyPath<Details.Fields, Value>) -> Value {
        get { details.fields[keyPath: field] }
        set {
            var fields = details.fields
            fields[keyPath: field] = newValue
            details = .make(fields)
        }
    }

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
        self.text = text
        self.general = general
        self.details = Details.make(
            Details.Fields(originalText: originalText, matchingKey: matchingKey, externalID: externalID, personal: personal, received: received)
        )
    }

    /// The comment without what only the ledger and `trace` read (original text, matching key,
    /// external id, date received): what a night's clustering and synthesis hold.
    public var withoutLedgerFields: Comment {
        var light = self
        light.details = Details.make(Details.Fields(personal: personal))
        return light
    }

    /// The out-of-line fields; one shared value when they are all empty.
    private final class Details: Sendable, Hashable {
        struct Fields: Sendable, Hashable {
            var originalText = ""
            var matchingKey = ""
            var externalID: String? = nil
            var personal = PersonalData()
            var received: String? = nil

            var isEmpty: Bool { originalText.isEmpty && matchingKey.isEmpty && externalID == nil && personal.isEmpty && received == nil }
        }

        let fields: Fields

        static let empty = Details(Fields())

        private init(_ fields: Fields) {
            self.fields = fields
        }

        static func make(_ fields: Fields) -> Details {
            fields.isEmpty ? empty : Details(fields)
        }

        static func == (a: Details, b: Details) -> Bool { a === b || a.fields == b.fields }

        func hash(into hasher: inout Hasher) { hasher.combine(fields) }
    }
}
