/// What ``EncodingDetector`` found out about a file (or a field) from its first bytes.
public struct EncodingDetection: Codable, Sendable, Hashable {
    /// The encoding to decode the file with.
    public var encoding: TextEncoding
    /// Whether the file starts with the byte-order mark of ``encoding``.
    public var hasBOM: Bool
    /// How sure the detection is, from 0 to 1: 1 for a byte-order mark, slightly less for
    /// UTF-8 recognised from its multi-byte sequences, less again for a prefix that is plain
    /// ASCII (any ASCII-compatible encoding reads it alike). When readings were compared, it
    /// grows with the chosen reading's ``score``, its lead over the ``runnerUp`` and the number
    /// of words the comparison rests on.
    public var confidence: Double
    /// Whether the examined text holds combining diacritical marks (U+0300–U+036F): text in
    /// NFD, or with only the tone marks decomposed. Such text needs NFC before any byte-wise
    /// comparison. For a legacy encoding, judged on the decoded text.
    public var hasCombiningMarks: Bool
    /// Whether the examined bytes (after any byte-order mark) are all ASCII.
    public var isASCII: Bool
    /// When readings were compared: the share (0…1) of the chosen reading's scored words (those
    /// with a letter beyond ASCII) that are well-formed Vietnamese syllables, less characters no
    /// Vietnamese text has. Nil when no comparison was needed (a byte-order mark, ASCII, or UTF-8
    /// with nothing that could be mojibake).
    public var score: Double?
    /// The best of the other readings compared, if any.
    public var runnerUp: TextEncoding?
    /// The ``score`` of ``runnerUp``.
    public var runnerUpScore: Double?
    /// How many words the chosen reading's ``score`` rests on.
    public var scoredWords: Int
    /// How many words of the examined text have a `?` or `_` where a letter should be
    /// (`Ph?n th? nh?t`, `Qu_c h_i`): what Excel and other lossy conversions leave of letters
    /// the target encoding could not hold. The text is still decoded; the letters are lost.
    public var lossyHoles: Int
    /// The 1-based line of the first such word, in the examined text.
    public var firstLossyLine: Int?

    /// Creates a detection result.
    public init(
        encoding: TextEncoding, hasBOM: Bool, confidence: Double, hasCombiningMarks: Bool = false, isASCII: Bool = false,
        score: Double? = nil, runnerUp: TextEncoding? = nil, runnerUpScore: Double? = nil, scoredWords: Int = 0,
        lossyHoles: Int = 0, firstLossyLine: Int? = nil
    ) {
        self.encoding = encoding
        self.hasBOM = hasBOM
        self.confidence = confidence
        self.hasCombiningMarks = hasCombiningMarks
        self.isASCII = isASCII
        self.score = score
        self.runnerUp = runnerUp
        self.runnerUpScore = runnerUpScore
        self.scoredWords = scoredWords
        self.lossyHoles = lossyHoles
        self.firstLossyLine = firstLossyLine
    }

    /// How many bytes the byte-order mark takes at the start of the file (0 without one).
    public var bomLength: Int { hasBOM ? encoding.byteOrderMark.count : 0 }

    /// Whether the text was written in a legacy Vietnamese encoding (directly or as mojibake).
    public var isLegacy: Bool { encoding.isLegacy }

    /// Whether the file lost letters to `?` or `_` (see ``lossyHoles``): at least
    /// ``EncodingDetector/lossyHoleThreshold`` such words in the examined text.
    public var isLossy: Bool { lossyHoles >= EncodingDetector.lossyHoleThreshold }
}
