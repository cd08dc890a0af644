/// A character encoding gopy decodes to UTF-8.
///
/// This version reads Unicode only; the legacy Vietnamese encodings (Windows-1258, TCVN3, VNI)
/// are new cases here, each with its own decoder in ``UTF8Transcoder``.
public enum TextEncoding: String, Codable, Sendable, Hashable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16 little-endian (byte-order mark `FF FE`).
    case utf16LE = "utf-16le"
    /// UTF-16 big-endian (byte-order mark `FE FF`).
    case utf16BE = "utf-16be"

    /// The byte-order mark of this encoding.
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        }
    }
}
