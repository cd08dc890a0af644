import Yams

extension ConfigLoader {
    /// The settings, and the node of `default_draft` for errors found later.
    static func readSettings(_ yaml: String, file: String) throws(ConfigError) -> (settings: Settings, defaultDraft: Node?) {
        let reader = YAMLReader(file: file)
        guard let root = try reader.root(of: yaml) else { return (Settings(), nil) }
        if reader.isNull(root) { return (Settings(), nil) }
        let fields = try reader.mapping(root, "the settings", allowed: Settings.keys)

        var settings = Settings()
        settings.defaultDraft = try fields.optionalText("default_draft")
        if let node = fields.optional("tone_style"), let value = try reader.text(node, "\"tone_style\"") {
            guard let style = ToneStyleSetting(rawValue: value) else {
                let expected = orList(ToneStyleSetting.allCases.map(\.rawValue))
                throw reader.error("unknown tone_style \"\(value)\" (expected \(expected))", at: node)
            }
            settings.toneStyle = style
        }
        if let ledger = try fields.optionalText("ledger") {
            settings.ledger = ledger
        }
        return (settings, fields.optional("default_draft"))
    }
}
