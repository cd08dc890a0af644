/// Diacritic folding for Vietnamese: the letters without their marks, `đ` as `d`.
///
/// Used wherever two spellings must compare equal regardless of diacritics, tone-mark style
/// or case: source aliases, CSV header names, section-reference keywords, and the
/// diacritic-free matching key. Combining marks (U+0300–U+036F, as NFD text and
/// Windows-1258 carry them) are dropped too, so NFC and NFD input fold alike.
public enum Folding {
    /// Lower case, no diacritics, `đ` → `d`, runs of anything that is not a letter or digit
    /// turned into one space, trimmed. "Huyện ủy  Krông-Pắc" → "huyen uy krong pac".
    public static func words(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            var letter: UInt8 = 0  // an ASCII letter or digit to append, if not 0
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: letter = UInt8(value)
                case 0x41...0x5A: letter = UInt8(value + 0x20)
                default:
                    pendingSpace = true
                    continue
                }
            } else if isCombiningMark(scalar) {
                continue
            } else if let base = baseASCII(value) {
                letter = base | 0x20  // every base letter is ASCII
            } else if !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                if !out.isEmpty { out.append(0x20) }
                pendingSpace = false
            }
            if letter != 0 {
                out.append(letter)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``words(_:)`` with the spaces removed too: "Phần/mục góp ý" → "phanmucgopy".
    /// For matching header names "without regard to case, diacritics, spacing or punctuation".
    public static func compact(_ text: String) -> String {
        words(text).replacingSpaces()
    }

    /// One scalar without its diacritics (`ệ` → `e`, `Đ` → `D`, `ð` → `d`); others unchanged.
    public static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 { return scalar }
        if let base = baseASCII(scalar.value) { return Unicode.Scalar(base) }
        return scalar
    }

    /// Whether a scalar is a combining diacritical mark (U+0300–U+036F).
    public static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x0300...0x036F).contains(scalar.value)
    }

    /// The ASCII base letter of a Vietnamese letter or look-alike, from flat tables.
    @inline(__always)
    static func baseASCII(_ value: UInt32) -> UInt8? {
        switch value {
        case 0xC0..<0x1B8:
            let base = latinBase[Int(value - 0xC0)]
            return base == 0 ? nil : base
        case 0x1EA0...0x1EF9:
            return vietnameseBase[Int(value - 0x1EA0)]
        default:
            return nil
        }
    }

    /// ``baseLetter`` for U+00C0–U+01B7 (0: not a Vietnamese letter).
    private static let latinBase: [UInt8] = (0xC0..<0x1B8).map { UInt8(baseLetter[UInt32($0)] ?? 0) }
    /// ``baseLetter`` for U+1EA0–U+1EF9 (every one is a Vietnamese letter).
    private static let vietnameseBase: [UInt8] = (0x1EA0...0x1EF9).map { UInt8(baseLetter[UInt32($0)] ?? 0x3F) }

    /// The 134 Vietnamese letters (from `legacy-encodings.tsv`) mapped to their base letter,
    /// plus the look-alikes `ð`/`Ð` for `đ`/`Đ`.
    static let baseLetter: [UInt32: UInt32] = [
    0x00C1: 0x41, // Á → A
    0x00E1: 0x61, // á → a
    0x00C0: 0x41, // À → A
    0x00E0: 0x61, // à → a
    0x1EA2: 0x41, // Ả → A
    0x1EA3: 0x61, // ả → a
    0x00C3: 0x41, // Ã → A
    0x00E3: 0x61, // ã → a
    0x1EA0: 0x41, // Ạ → A
    0x1EA1: 0x61, // ạ → a
    0x00C2: 0x41, // Â → A
    0x00E2: 0x61, // â → a
    0x1EA4: 0x41, // Ấ → A
    0x1EA5: 0x61, // ấ → a
    0x1EA6: 0x41, // Ầ → A
    0x1EA7: 0x61, // ầ → a
    0x1EA8: 0x41, // Ẩ → A
    0x1EA9: 0x61, // ẩ → a
    0x1EAA: 0x41, // Ẫ → A
    0x1EAB: 0x61, // ẫ → a
    0x1EAC: 0x41, // Ậ → A
    0x1EAD: 0x61, // ậ → a
    0x0102: 0x41, // Ă → A
    0x0103: 0x61, // ă → a
    0x1EAE: 0x41, // Ắ → A
    0x1EAF: 0x61, // ắ → a
    0x1EB0: 0x41, // Ằ → A
    0x1EB1: 0x61, // ằ → a
    0x1EB2: 0x41, // Ẳ → A
    0x1EB3: 0x61, // ẳ → a
    0x1EB4: 0x41, // Ẵ → A
    0x1EB5: 0x61, // ẵ → a
    0x1EB6: 0x41, // Ặ → A
    0x1EB7: 0x61, // ặ → a
    0x0110: 0x44, // Đ → D
    0x0111: 0x64, // đ → d
    0x00C9: 0x45, // É → E
    0x00E9: 0x65, // é → e
    0x00C8: 0x45, // È → E
    0x00E8: 0x65, // è → e
    0x1EBA: 0x45, // Ẻ → E
    0x1EBB: 0x65, // ẻ → e
    0x1EBC: 0x45, // Ẽ → E
    0x1EBD: 0x65, // ẽ → e
    0x1EB8: 0x45, // Ẹ → E
    0x1EB9: 0x65, // ẹ → e
    0x00CA: 0x45, // Ê → E
    0x00EA: 0x65, // ê → e
    0x1EBE: 0x45, // Ế → E
    0x1EBF: 0x65, // ế → e
    0x1EC0: 0x45, // Ề → E
    0x1EC1: 0x65, // ề → e
    0x1EC2: 0x45, // Ể → E
    0x1EC3: 0x65, // ể → e
    0x1EC4: 0x45, // Ễ → E
    0x1EC5: 0x65, // ễ → e
    0x1EC6: 0x45, // Ệ → E
    0x1EC7: 0x65, // ệ → e
    0x00CD: 0x49, // Í → I
    0x00ED: 0x69, // í → i
    0x00CC: 0x49, // Ì → I
    0x00EC: 0x69, // ì → i
    0x1EC8: 0x49, // Ỉ → I
    0x1EC9: 0x69, // ỉ → i
    0x0128: 0x49, // Ĩ → I
    0x0129: 0x69, // ĩ → i
    0x1ECA: 0x49, // Ị → I
    0x1ECB: 0x69, // ị → i
    0x00D3: 0x4F, // Ó → O
    0x00F3: 0x6F, // ó → o
    0x00D2: 0x4F, // Ò → O
    0x00F2: 0x6F, // ò → o
    0x1ECE: 0x4F, // Ỏ → O
    0x1ECF: 0x6F, // ỏ → o
    0x00D5: 0x4F, // Õ → O
    0x00F5: 0x6F, // õ → o
    0x1ECC: 0x4F, // Ọ → O
    0x1ECD: 0x6F, // ọ → o
    0x00D4: 0x4F, // Ô → O
    0x00F4: 0x6F, // ô → o
    0x1ED0: 0x4F, // Ố → O
    0x1ED1: 0x6F, // ố → o
    0x1ED2: 0x4F, // Ồ → O
    0x1ED3: 0x6F, // ồ → o
    0x1ED4: 0x4F, // Ổ → O
    0x1ED5: 0x6F, // ổ → o
    0x1ED6: 0x4F, // Ỗ → O
    0x1ED7: 0x6F, // ỗ → o
    0x1ED8: 0x4F, // Ộ → O
    0x1ED9: 0x6F, // ộ → o
    0x01A0: 0x4F, // Ơ → O
    0x01A1: 0x6F, // ơ → o
    0x1EDA: 0x4F, // Ớ → O
    0x1EDB: 0x6F, // ớ → o
    0x1EDC: 0x4F, // Ờ → O
    0x1EDD: 0x6F, // ờ → o
    0x1EDE: 0x4F, // Ở → O
    0x1EDF: 0x6F, // ở → o
    0x1EE0: 0x4F, // Ỡ → O
    0x1EE1: 0x6F, // ỡ → o
    0x1EE2: 0x4F, // Ợ → O
    0x1EE3: 0x6F, // ợ → o
    0x00DA: 0x55, // Ú → U
    0x00FA: 0x75, // ú → u
    0x00D9: 0x55, // Ù → U
    0x00F9: 0x75, // ù → u
    0x1EE6: 0x55, // Ủ → U
    0x1EE7: 0x75, // ủ → u
    0x0168: 0x55, // Ũ → U
    0x0169: 0x75, // ũ → u
    0x1EE4: 0x55, // Ụ → U
    0x1EE5: 0x75, // ụ → u
    0x01AF: 0x55, // Ư → U
    0x01B0: 0x75, // ư → u
    0x1EE8: 0x55, // Ứ → U
    0x1EE9: 0x75, // ứ → u
    0x1EEA: 0x55, // Ừ → U
    0x1EEB: 0x75, // ừ → u
    0x1EEC: 0x55, // Ử → U
    0x1EED: 0x75, // ử → u
    0x1EEE: 0x55, // Ữ → U
    0x1EEF: 0x75, // ữ → u
    0x1EF0: 0x55, // Ự → U
    0x1EF1: 0x75, // ự → u
    0x00DD: 0x59, // Ý → Y
    0x00FD: 0x79, // ý → y
    0x1EF2: 0x59, // Ỳ → Y
    0x1EF3: 0x79, // ỳ → y
    0x1EF6: 0x59, // Ỷ → Y
    0x1EF7: 0x79, // ỷ → y
    0x1EF8: 0x59, // Ỹ → Y
    0x1EF9: 0x79, // ỹ → y
    0x1EF4: 0x59, // Ỵ → Y
    0x1EF5: 0x79, // ỵ → y
    0x00F0: 0x64, // ð → d (look-alike of đ)
    0x00D0: 0x44, // Ð → D (look-alike of Đ)
    ]
}

extension String {
    fileprivate func replacingSpaces() -> String {
        String(decoding: utf8.filter { $0 != 0x20 }, as: UTF8.self)
    }
}
