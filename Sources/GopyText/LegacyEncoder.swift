/// Writes text in any ``TextEncoding``, legacy ones and mojibake included: for tests and for
/// generating test corpora. Not used on the way in.
public enum LegacyEncoder {
    /// The bytes of `text` (NFC) in `encoding`, without a byte-order mark; nil when the text
    /// holds a character the encoding has no bytes for.
    ///
    /// TCVN3 has no upper-case toned letters: they are written as their lower-case form, as the
    /// fonts did (headings relied on a capitals font), so decoding gives lower case back. The
    /// mojibake encodings give the UTF-8 of the legacy bytes read as Windows-1252 (the five
    /// bytes Windows-1252 leaves undefined read as C1 controls, as Windows reads them).
    public static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8]? {
        switch encoding {
        case .utf8:
            return Array(text.utf8)
        case .utf16LE, .utf16BE:
            return text.utf16.flatMap { unit -> [UInt8] in
                let high = UInt8(unit >> 8)
                let low = UInt8(unit & 0xFF)
                return encoding == .utf16BE ? [high, low] : [low, high]
            }
        case .windows1258:
            return encode(text, with: Tables.windows1258)
        case .tcvn3:
            return encode(text, with: Tables.tcvn3)
        case .vni:
            return encode(text, with: Tables.vni)
        case .windows1258Mojibake:
            return encode(text, as: .windows1258).map(readAsWindows1252)
        case .tcvn3Mojibake:
            return encode(text, as: .tcvn3).map(readAsWindows1252)
        case .vniMojibake:
            return encode(text, as: .vni).map(readAsWindows1252)
        case .doubleUTF8:
            return readAsWindows1252(Array(text.utf8))
        }
    }

    /// `text` in Windows-1258 as Excel writes it: characters with a byte of their own are kept,
    /// every other character (the Vietnamese letters that need a combining tone byte: `ầ`,
    /// `ứ`, `ọ` …) becomes `replacement`.
    public static func encodeLossyWindows1258(_ text: String, replacement: UInt8 = UInt8(ascii: "?")) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            if let bytes = Tables.windows1258[scalar.value], bytes.count == 1 {
                out += bytes
            } else {
                out.append(replacement)
            }
        }
        return out
    }

    /// The UTF-8 of bytes read as Windows-1252.
    static func readAsWindows1252(_ bytes: [UInt8]) -> [UInt8] {
        var sink = UTF8Sink(capacity: bytes.count * 2)
        for byte in bytes {
            let value = UInt32(LegacyTables.windows1252[Int(byte)])
            sink.put(value == 0xFFFD ? UInt32(byte) : value)
        }
        return sink.bytes
    }

    private static func encode(_ text: String, with table: [UInt32: [UInt8]]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let bytes = table[scalar.value] else { return nil }
            out += bytes
        }
        return out
    }

    /// Scalar → bytes, per encoding.
    private enum Tables {
        /// Windows-1252 characters at bytes that `table` reads as Windows-1252 does.
        static func windows1252(where keep: (Int) -> Bool) -> [UInt32: [UInt8]] {
            var map: [UInt32: [UInt8]] = [:]
            for byte in 0..<256 where keep(byte) && LegacyTables.windows1252[byte] != 0xFFFD {
                map[UInt32(LegacyTables.windows1252[byte])] = [UInt8(byte)]
            }
            return map
        }

        static let windows1258: [UInt32: [UInt8]] = {
            var map: [UInt32: [UInt8]] = [:]
            for byte in 0..<256 where LegacyTables.windows1258[byte] != 0xFFFD {
                map[UInt32(LegacyTables.windows1258[byte])] = [UInt8(byte)]
            }
            for letter in LegacyTables.letters { map[letter.scalar] = letter.windows1258 }
            return map
        }()

        static let tcvn3: [UInt32: [UInt8]] = {
            var map = windows1252 { LegacyTables.tcvn3[$0] == LegacyTables.windows1252[$0] }
            for letter in LegacyTables.letters { map[letter.scalar] = [letter.tcvn3] }
            return map
        }()

        static let vni: [UInt32: [UInt8]] = {
            var map = windows1252 { LegacyTables.vniSingle[$0] == LegacyTables.windows1252[$0] && LegacyTables.vniMark[$0] == 0 }
            for letter in LegacyTables.letters { map[letter.scalar] = letter.vni }
            return map
        }()
    }
}
