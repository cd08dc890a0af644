/// What ``EncodingDetector`` found out about a file from its first bytes.
public struct EncodingDetection: Codable, Sendable, Hashable {
    /// The encoding to decode the file with.
    public var encoding: TextEncoding
    /// Whether the file starts with the byte-order mark of ``encoding``.
    public var hasBOM: Bool
    /// How sure the detection is, from 0 to 1: 1 for a byte-order mark, slightly less for
    /// UTF-8 recognised from its multi-byte sequences, less again for a prefix that is plain
    /// ASCII (any ASCII-compatible encoding reads it alike).
    public var confidence: Double
    /// Whether the examined text holds combining diacritical marks (U+0300–U+036F): text in
    /// NFD, or with only the tone marks decomposed. Such text needs NFC before any byte-wise
    /// comparison.
    public var hasCombiningMarks: Bool
    /// Whether the examined bytes (after any byte-order mark) are all ASCII.
    public var isASCII: Bool

    /// Creates a detection result.
    public init(encoding: TextEncoding, hasBOM: Bool, confidence: Double, hasCombiningMarks: Bool = false, isASCII: Bool = false) {
        self.encoding = encoding
        self.hasBOM = hasBOM
        self.confidence = confidence
        self.hasCombiningMarks = hasCombiningMarks
        self.isASCII = isASCII
    }

    /// How many bytes the byte-order mark takes at the start of the file (0 without one).
    public var bomLength: Int { hasBOM ? encoding.byteOrderMark.count : 0 }
}
