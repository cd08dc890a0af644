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
        if let node = fields.optional("inference_margin"), let value = try reader.text(node, "\"inference_margin\"") {
            guard let margin = Double(value), margin >= 0, margin < 1 else {
                throw reader.error("inference_margin \"\(value)\" must be a number from 0 to 1 (the lead the best section needs over the next, as a share of its score)", at: node)
            }
            settings.inferenceMargin = margin
        }
        return (settings, fields.optional("default_draft"))
    }
}
