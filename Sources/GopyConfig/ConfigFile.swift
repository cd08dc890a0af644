/// The text of one configuration file and the path to name in errors.
public struct ConfigFile: Sendable, Hashable {
    /// The path as errors should show it, e.g. `config/drafts/bcct-xvii.yaml`.
    public var path: String
    /// The file's YAML text.
    public var text: String

    /// A file's text under the path errors name.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
