/// The settings of `config/gopy.yaml`. Every key is optional; unknown keys are an error.
public struct Settings: Sendable, Hashable {
    /// `default_draft`: the draft a comment belongs to when its file does not say.
    public var defaultDraft: String?
    /// `tone_style`: the tone-mark placement of displayed text.
    public var toneStyle: ToneStyleSetting
    /// `ledger`: the ledger database, relative to the project root.
    public var ledger: String
    /// `inference_margin`: how far the best section must lead the next, as a share of its
    /// score, for a comment without a reference to be placed there from its content.
    public var inferenceMargin: Double

    /// The path of the ledger when `gopy.yaml` does not name one.
    public static let defaultLedger = "ledger/gopy.sqlite"

    /// Settings with the given values; the defaults are what an empty `gopy.yaml` means.
    public init(defaultDraft: String? = nil, toneStyle: ToneStyleSetting = .old, ledger: String = Settings.defaultLedger, inferenceMargin: Double = Settings.defaultInferenceMargin) {
        self.defaultDraft = defaultDraft
        self.toneStyle = toneStyle
        self.ledger = ledger
        self.inferenceMargin = inferenceMargin
    }

    /// The inference margin when `gopy.yaml` does not set one.
    public static let defaultInferenceMargin = 0.2

    /// The keys `gopy.yaml` may hold, in the order error messages list them.
    static let keys = ["default_draft", "tone_style", "ledger", "inference_margin"]
}

/// `tone_style` in `gopy.yaml`: where displayed text puts the tone mark in the open syllables
/// with `oa`, `oe`, `uy` ("hòa"/"hoà", "Ủy"/"Uỷ").
public enum ToneStyleSetting: String, Sendable, Hashable, CaseIterable {
    /// On the first vowel: hòa, khỏe, thủy, Ủy (the style of most legal texts). The default.
    case old
    /// On the second vowel: hoà, khoẻ, thuỷ, Uỷ.
    case new
    /// As each comment wrote it.
    case keep
}
