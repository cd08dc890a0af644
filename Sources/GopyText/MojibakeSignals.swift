/// Characters that valid UTF-8 Vietnamese text hardly ever holds but mojibake always does:
/// Windows-1252 symbols and the Latin-1 letters Vietnamese does not use (`µ ¸ ¶ © ä ø ñ Ã» …`).
/// Their presence is what makes ``EncodingDetector`` compare the mojibake readings at all.
enum MojibakeSignals {
    /// Whether the UTF-8 sequence starting with `lead`, `second` (and `third`, for three-byte
    /// sequences) is such a character.
    @inline(__always)
    static func isSignal(lead: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch lead {
        case 0xC2:
            // U+0080–U+00BF: C1 controls and symbols, but not the no-break space or `°`.
            return second != 0xA0 && second != 0xB0
        case 0xC3:
            // U+00C0–U+00FF: the letters Vietnamese does not use, × and ÷.
            return second >= 0x80 && second <= 0xBF && vietnameseLatin1 >> UInt64(second - 0x80) & 1 == 0
        case 0xC5:
            // Œ œ Š š Ÿ Ž ž
            return second == 0x92 || second == 0x93 || second == 0xA0 || second == 0xA1 || second == 0xB8 || second == 0xBD || second == 0xBE
        case 0xC6:
            return second == 0x92  // ƒ
        case 0xCB:
            return second == 0x86 || second == 0x9C  // ˆ ˜
        case 0xE2:
            // † ‡ ‰ ‹ ›
            return second == 0x80 && (third == 0xA0 || third == 0xA1 || third == 0xB0 || third == 0xB9 || third == 0xBA)
        default:
            return false
        }
    }

    /// Bit `second - 0x80` is set for each second byte of `C3 xx` that is a Vietnamese letter
    /// (À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their lower case).
    private static let vietnameseLatin1: UInt64 = 0x263C_370F_263C_370F
}
