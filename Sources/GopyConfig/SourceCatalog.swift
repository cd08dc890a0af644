import GopyModel

/// What `config/sources.yaml` declares: who comments, and the default source of inbox paths.
public struct SourceCatalog: Sendable, Hashable {
    /// The sources, in the file's order.
    public var sources: [Source]
    /// The routes, in the file's order (the first match wins).
    public var routes: [Route]

    /// A catalog of these sources and routes.
    public init(sources: [Source] = [], routes: [Route] = []) {
        self.sources = sources
        self.routes = routes
    }
}
