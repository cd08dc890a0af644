import GopyModel
import Yams

/// Reads `config/` into a validated ``Configuration``.
///
/// ``load(directory:)`` is the only function that reads files; the others take YAML text and
/// the path to name in errors, so they can be used (and tested) without a file system. Every
/// problem is a ``ConfigError`` naming the file and, where it has one, the line and column.
public enum ConfigLoader {
    /// The settings of `gopy.yaml`. An empty file means every default.
    public static func parseSettings(_ yaml: String, file: String) throws(ConfigError) -> Settings {
        try readSettings(yaml, file: file).settings
    }

    /// The sources and routes of `sources.yaml`. An empty file declares none.
    ///
    /// Fails on a missing `id`, `name` or `kind`, an unknown kind, a duplicate id, a name or
    /// alias that also names another source, and a route to a source the file does not declare.
    public static func parseSources(_ yaml: String, file: String) throws(ConfigError) -> SourceCatalog {
        try readSources(yaml, file: file)
    }

    /// The draft of `drafts/<id>.yaml`: its id must be the file's name without `.yaml`.
    ///
    /// Fails on a missing `id`, `title` or `sections`, a `round` that is not a positive
    /// integer, and a section id that is a duplicate or not its parent's id plus one component.
    public static func parseDraft(_ yaml: String, file: String) throws(ConfigError) -> Draft {
        try readDraft(yaml, file: file).draft
    }

    /// A whole configuration from the texts of its files, checked across files too: at least
    /// one draft, no two drafts with one id, and `default_draft` naming a draft.
    ///
    /// - Parameters:
    ///   - settings: `gopy.yaml`.
    ///   - sources: `sources.yaml`, or nil when there is none (no sources, no routes).
    ///   - drafts: the files of `drafts/`.
    public static func load(settings: ConfigFile, sources: ConfigFile?, drafts: [ConfigFile]) throws(ConfigError) -> Configuration {
        let (parsedSettings, defaultDraftNode) = try readSettings(settings.text, file: settings.path)
        let catalog = try sources.map { file throws(ConfigError) in try readSources(file.text, file: file.path) } ?? SourceCatalog()

        guard !drafts.isEmpty else {
            throw ConfigError(file: draftsFolder(besides: settings.path), message: "no draft: the drafts folder holds no .yaml file")
        }
        var parsedDrafts: [Draft] = []
        var firstFile: [String: String] = [:]
        for file in drafts {
            let (draft, idNode) = try readDraft(file.text, file: file.path)
            if let first = firstFile[draft.id] {
                throw YAMLReader(file: file.path).error("duplicate draft id \"\(draft.id)\" (also in \(first))", at: idNode)
            }
            firstFile[draft.id] = file.path
            parsedDrafts.append(draft)
        }

        let configuration = Configuration(
            settings: parsedSettings, sources: catalog.sources, routes: catalog.routes, drafts: parsedDrafts)
        if let id = parsedSettings.defaultDraft, configuration.draft(id: id) == nil {
            let known = configuration.drafts.map(\.id).joined(separator: ", ")
            throw YAMLReader(file: settings.path).error(
                "default_draft \"\(id)\" names no draft (drafts: \(known))", at: defaultDraftNode)
        }
        return configuration
    }

    /// `<folder of gopy.yaml>/drafts`, for errors about the drafts folder.
    static func draftsFolder(besides settingsPath: String) -> String {
        guard let slash = settingsPath.lastIndex(of: "/") else { return "drafts" }
        return String(settingsPath[...slash]) + "drafts"
    }
}
