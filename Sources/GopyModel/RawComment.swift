/// What a format reader extracts from one record of a file, before normalisation, source
/// resolution and section assignment.
public struct RawComment: Sendable, Hashable, Codable {
    public var locator: Locator
    /// The id the file gives the record (XML `id`, CSV `id`/`STT`/`Mã`), if any.
    public var externalID: String?
    /// The text exactly as decoded from the file (personal data included).
    public var text: String
    /// The record's own section reference (XML `section`, CSV section column, or a
    /// reference at the head of a report item), if any.
    public var sectionReference: String?
    /// The text of the headings above the record in a report, outermost first.
    public var headings: [String]
    /// Who the record itself says it is from (CSV source column), if anything.
    public var sourceHint: String?
    /// Personal data of the commenter, from their own fields.
    public var personal: PersonalData
    /// When it was received, as written in the file.
    public var received: String?

    public init(
        locator: Locator, externalID: String? = nil, text: String, sectionReference: String? = nil,
        headings: [String] = [], sourceHint: String? = nil, personal: PersonalData = PersonalData(),
        received: String? = nil
    ) {
        self.locator = locator
        self.externalID = externalID
        self.text = text
        self.sectionReference = sectionReference
        self.headings = headings
        self.sourceHint = sourceHint
        self.personal = personal
        self.received = received
    }
}

/// What a file says about itself as a whole: its header block, its `<submission>`
/// attributes, or its report heading.
public struct FileMetadata: Sendable, Hashable, Codable {
    /// The draft id the file names, if any.
    public var draft: String?
    public var round: Int?
    /// The sender the file names (XML `<source>`, `Đơn vị:`, the organisation heading).
    public var sourceHint: String?
    /// A source id the file names outright (XML `<source id="…">`).
    public var sourceID: String?
    /// A source kind the file names outright (XML `<source kind="…">`).
    public var sourceKind: SourceKind?
    public var received: String?
    /// The report's title, when the file is an administrative report.
    public var title: String?

    public init(
        draft: String? = nil, round: Int? = nil, sourceHint: String? = nil, sourceID: String? = nil,
        sourceKind: SourceKind? = nil, received: String? = nil, title: String? = nil
    ) {
        self.draft = draft
        self.round = round
        self.sourceHint = sourceHint
        self.sourceID = sourceID
        self.sourceKind = sourceKind
        self.received = received
        self.title = title
    }
}
