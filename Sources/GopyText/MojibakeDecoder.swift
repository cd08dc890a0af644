/// Undoes a Windows-1252 reading: takes well-formed UTF-8 whose characters are the Windows-1252
/// reading of another encoding's bytes, turns each character back into its byte, and decodes
/// those bytes with `Inner` (TCVN3, VNI, Windows-1258, or UTF-8 for text encoded twice).
///
/// Characters that Windows-1252 has no byte for (Vietnamese letters typed in Unicode, emoji…)
/// pass through as they are, after whatever `Inner` held back.
struct MojibakeDecoder<Inner: LegacyByteDecoder> {
    var inner: Inner

    /// Decodes complete, well-formed UTF-8 sequences.
    @inline(__always)
    mutating func decode<Sink: ScalarSink>(_ utf8: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        var i = 0
        let count = utf8.count
        while i < count {
            let lead = utf8[i]
            if lead < 0x80 {
                inner.feed(lead, into: &sink)
                i += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= count else { break }  // not reached: the input is complete
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
            i += length
            if let byte = Self.windows1252Byte(value) {
                inner.feed(byte, into: &sink)
            } else {
                inner.flush(into: &sink)
                sink.put(value)
            }
        }
    }

    /// Puts out whatever the inner decoder holds back.
    mutating func flush<Sink: ScalarSink>(into sink: inout Sink) {
        inner.flush(into: &sink)
    }

    /// The Windows-1252 byte of a character: U+0000–U+00FF as themselves (C1 controls being
    /// what Windows makes of the five undefined bytes), and the 27 characters of 0x80–0x9F.
    @inline(__always)
    static func windows1252Byte(_ scalar: UInt32) -> UInt8? {
        if scalar < 0x100 { return UInt8(truncatingIfNeeded: scalar) }
        switch scalar {
        case 0x20AC: return 0x80
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C
        case 0x017D: return 0x8E
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C
        case 0x017E: return 0x9E
        case 0x0178: return 0x9F
        default: return nil
        }
    }
}
