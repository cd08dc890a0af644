import GopyModel

/// Everything `config/` says, validated: settings, sources, routes and drafts.
public struct Configuration: Sendable, Hashable {
    /// `config/gopy.yaml`.
    public var settings: Settings
    /// `config/sources.yaml`'s sources, in the file's order (none when the file is absent).
    public var sources: [Source]
    /// `config/sources.yaml`'s routes, in the file's order (the first match wins).
    public var routes: [Route]
    /// `config/drafts/*.yaml`, sorted by id.
    public var drafts: [Draft]

    /// A configuration of these parts; the drafts are sorted by id. Does not validate:
    /// ``ConfigLoader`` does that before it builds one.
    public init(settings: Settings = Settings(), sources: [Source] = [], routes: [Route] = [], drafts: [Draft]) {
        self.settings = settings
        self.sources = sources
        self.routes = routes
        self.drafts = drafts.sorted { $0.id < $1.id }
    }

    /// The draft with this id, if there is one.
    public func draft(id: String) -> Draft? {
        drafts.first { $0.id == id }
    }

    /// The source with this id, if there is one.
    public func source(id: String) -> Source? {
        sources.first { $0.id == id }
    }

    /// The draft a comment belongs to when its file does not say: the one `default_draft`
    /// names or, when it names none, the only draft if there is exactly one.
    public var defaultDraft: Draft? {
        if let id = settings.defaultDraft { return draft(id: id) }
        return drafts.count == 1 ? drafts[0] : nil
    }
}
