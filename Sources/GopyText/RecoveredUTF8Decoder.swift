/// The inner decoder of ``TextEncoding/doubleUTF8``: bytes recovered from a Windows-1252
/// reading of UTF-8, decoded as UTF-8 again (`Ã¡` → C3 A1 → `á`).
///
/// Where the recovered bytes do not form a UTF-8 sequence, the characters stay as they were
/// (text that was never encoded twice passes through). A sequence cut short by `?` (a byte
/// that the Windows-1252 reading could not hold, such as 0x90 in `Đ` C4 90, replaced by a
/// question mark) becomes one `?`, so that the hole shows as the other lossy conversions' holes.
///
/// With `replacingInvalid`, it is a plain lenient UTF-8 decoder instead: each byte that is not
/// part of a sequence becomes U+FFFD (the UTF-8 reading ``EncodingDetector`` weighs against the
/// legacy encodings when a file is not valid UTF-8).
struct RecoveredUTF8Decoder: LegacyByteDecoder {
    private let windows1252 = LegacyTables.windows1252
    private let replacingInvalid: Bool
    /// The bytes of a sequence read so far (up to 3, packed low byte first) and their count.
    private var held: UInt32 = 0
    private var count = 0
    /// The length of the sequence being read.
    private var length = 0

    init(replacingInvalid: Bool = false) {
        self.replacingInvalid = replacingInvalid
    }

    @inline(__always)
    mutating func feed<Sink: ScalarSink>(_ byte: UInt8, into sink: inout Sink) {
        if count == 0 {
            if byte < 0x80 {
                sink.put(UInt32(byte))
                return
            }
            let expected = UTF8Validation.sequenceLength(lead: byte)
            if expected < 2 {
                sink.put(scalar(byte))
                return
            }
            held = UInt32(byte)
            count = 1
            length = expected
            return
        }
        let lead = UInt8(truncatingIfNeeded: held)
        if isContinuation(byte, at: count, lead: lead) {
            held |= UInt32(byte) << (8 * UInt32(count))
            count += 1
            if count == length {
                sink.put(decoded())
                count = 0
            }
            return
        }
        if replacingInvalid {
            sink.put(0xFFFD)
            count = 0
            feed(byte, into: &sink)
            return
        }
        if byte == 0x3F && (count >= 2 || (0xC3...0xC6).contains(lead)) {
            // `Ä?` (Đ), `á»?` (ề, ọ, ỏ, ờ): a byte lost to `?`.
            sink.put(0x3F)
            count = 0
            return
        }
        if byte == 0x20 && count == 1 && lead == 0xC3 {
            // `Ã` then a space: `à` (C3 A0) whose no-break space became a plain space.
            sink.put(0xE0)
            count = 0
            return
        }
        flush(into: &sink)
        feed(byte, into: &sink)
    }

    mutating func flush<Sink: ScalarSink>(into sink: inout Sink) {
        for k in 0..<count { sink.put(scalar(UInt8(truncatingIfNeeded: held >> (8 * UInt32(k))))) }
        count = 0
    }

    /// The Windows-1252 character a byte came from (the C1 control for the five bytes
    /// Windows-1252 leaves undefined, as Windows itself reads them).
    @inline(__always)
    private func scalar(_ byte: UInt8) -> UInt32 {
        if replacingInvalid { return 0xFFFD }
        let value = UInt32(windows1252[Int(byte)])
        return value == 0xFFFD ? UInt32(byte) : value
    }

    /// Whether `byte` may stand at position `index` (1…3) of a sequence starting with `lead`
    /// (Unicode Table 3-7).
    @inline(__always)
    private func isContinuation(_ byte: UInt8, at index: Int, lead: UInt8) -> Bool {
        guard byte & 0xC0 == 0x80 else { return false }
        guard index == 1 else { return true }
        switch lead {
        case 0xE0: return byte >= 0xA0
        case 0xED: return byte <= 0x9F
        case 0xF0: return byte >= 0x90
        case 0xF4: return byte <= 0x8F
        default: return true
        }
    }

    /// The scalar of the complete sequence held.
    @inline(__always)
    private func decoded() -> UInt32 {
        let b0 = held & 0xFF
        let b1 = (held >> 8) & 0x3F
        switch length {
        case 2:
            return (b0 & 0x1F) << 6 | b1
        case 3:
            return (b0 & 0x0F) << 12 | b1 << 6 | ((held >> 16) & 0x3F)
        default:
            return (b0 & 0x07) << 18 | b1 << 12 | ((held >> 16) & 0x3F) << 6 | ((held >> 24) & 0x3F)
        }
    }
}
