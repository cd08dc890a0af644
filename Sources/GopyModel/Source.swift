/// One known commenter, as `config/sources.yaml` declares it.
public struct Source: Codable, Sendable, Hashable {
    /// Stable id, e.g. `hu-krong-pac`.
    public var id: String
    /// Display name, e.g. "Huyện ủy Krông Pắc".
    public var name: String
    public var kind: SourceKind
    /// Other spellings a file may use for this source.
    public var aliases: [String]

    public init(id: String, name: String, kind: SourceKind, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
    }
}

/// A default source for files under a path of the inbox (`routes:` in `config/sources.yaml`).
public struct Route: Codable, Sendable, Hashable {
    /// A glob relative to `inbox/`: `*` within a path component, `**` across components, `?` one character.
    public var match: String
    /// The id of a ``Source``.
    public var source: String

    public init(match: String, source: String) {
        self.match = match
        self.source = source
    }
}

/// The source a comment is attributed to, as written to the outbox (never personal data).
public struct SourceRef: Codable, Sendable, Hashable, Comparable {
    public var id: String
    public var kind: SourceKind
    public var name: String

    public init(id: String, kind: SourceKind, name: String) {
        self.id = id
        self.kind = kind
        self.name = name
    }

    public init(_ source: Source) {
        self.init(id: source.id, kind: source.kind, name: source.name)
    }

    public static func < (lhs: SourceRef, rhs: SourceRef) -> Bool {
        (lhs.kind.rank, lhs.id) < (rhs.kind.rank, rhs.id)
    }
}
