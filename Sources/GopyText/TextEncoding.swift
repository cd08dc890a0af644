/// A character encoding gopy decodes to UTF-8.
///
/// Besides Unicode, the legacy Vietnamese encodings of the 1990s and 2000s, and the three
/// ways their text survives as "mojibake" in files that are valid UTF-8 but hold the wrong
/// letters. Each has its decoder in ``UTF8Transcoder``; ``EncodingDetector`` chooses among them.
public enum TextEncoding: String, Codable, Sendable, Hashable, CaseIterable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "utf-8"
    /// UTF-16 little-endian (byte-order mark `FF FE`).
    case utf16LE = "utf-16le"
    /// UTF-16 big-endian (byte-order mark `FE FF`).
    case utf16BE = "utf-16be"
    /// Windows-1258: Windows-1252 with `ă â đ ê ô ơ ư` and five combining tone bytes. What
    /// Excel writes as "CSV" on a Vietnamese Windows. Decoded to NFC.
    case windows1258 = "windows-1258"
    /// TCVN3 (ABC, fonts `.VnTime`): one byte a letter, no upper-case toned letters; every other
    /// byte is Windows-1252. Not glibc's "TCVN" (TCVN 5712 VN1).
    case tcvn3 = "tcvn3"
    /// VNI-Windows (fonts `VNI-Times`): an ASCII base letter followed by a mark byte, plus 18
    /// single-byte letters; every other byte is Windows-1252.
    case vni = "vni-windows"
    /// UTF-8 text that was TCVN3 read as Windows-1252 and saved again (`Céng hoµ` for `Cộng hoà`).
    case tcvn3Mojibake = "tcvn3-mojibake"
    /// UTF-8 text that was VNI-Windows read as Windows-1252 and saved again (`Coäng hoøa`).
    case vniMojibake = "vni-mojibake"
    /// UTF-8 text that was Windows-1258 read as Windows-1252 and saved again (`Viêòt` for `Việt`).
    case windows1258Mojibake = "windows-1258-mojibake"
    /// UTF-8 that was read as Windows-1252 and saved as UTF-8 again (`Viá»‡t` for `Việt`).
    case doubleUTF8 = "double-utf-8"

    /// The byte-order mark of this encoding; empty for the single-byte legacy encodings, the
    /// UTF-8 one for the mojibake cases (which are UTF-8 files).
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8, .tcvn3Mojibake, .vniMojibake, .windows1258Mojibake, .doubleUTF8: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        case .windows1258, .tcvn3, .vni: []
        }
    }

    /// Whether the text was written in a legacy Vietnamese encoding: the three single-byte
    /// encodings and the mojibake cases.
    public var isLegacy: Bool {
        switch self {
        case .utf8, .utf16LE, .utf16BE: false
        default: true
        }
    }

    /// Whether the file is valid UTF-8 that holds the letters of another encoding.
    public var isMojibake: Bool {
        switch self {
        case .tcvn3Mojibake, .vniMojibake, .windows1258Mojibake, .doubleUTF8: true
        default: false
        }
    }

    /// Whether the file's bytes are read as UTF-8 (plain or mojibake), so that invalid UTF-8
    /// is an error.
    public var isUTF8Based: Bool { self == .utf8 || isMojibake }

    /// A name for people: "TCVN3 (ABC)", "VNI-Windows read as Windows-1252, saved as UTF-8"…
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16 little-endian"
        case .utf16BE: "UTF-16 big-endian"
        case .windows1258: "Windows-1258"
        case .tcvn3: "TCVN3 (ABC)"
        case .vni: "VNI-Windows"
        case .tcvn3Mojibake: "TCVN3 text saved as UTF-8 (mojibake)"
        case .vniMojibake: "VNI-Windows text saved as UTF-8 (mojibake)"
        case .windows1258Mojibake: "Windows-1258 text saved as UTF-8 (mojibake)"
        case .doubleUTF8: "UTF-8 encoded twice (mojibake)"
        }
    }
}
