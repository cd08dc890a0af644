/// Byte-level UTF-8 validation (Unicode Table 3-7: no overlong forms, no surrogates, nothing
/// above U+10FFFF), shared by ``EncodingDetector`` and ``UTF8Transcoder``.
enum UTF8Validation {
    /// Where validation stopped.
    enum Outcome: Equatable {
        /// Every byte belongs to a complete, well-formed sequence.
        case valid
        /// Well-formed up to `at`, where a sequence starts that the buffer ends inside of.
        case truncated(at: Int)
        /// The sequence starting at `at` is ill-formed.
        case invalid(at: Int)
    }

    /// The result of ``validate(_:from:)``.
    struct Scan {
        var outcome: Outcome
        /// Whether a complete multi-byte sequence was seen before the scan stopped.
        var sawMultiByte: Bool
    }

    /// The length of the sequence a lead byte starts, or 0 when the byte cannot start one.
    @inline(__always)
    static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }

    /// Validates `bytes[start...]`, stopping at the first sequence that is ill-formed or cut
    /// off by the end of the buffer.
    ///
    /// Eight bytes at a time: in a word of bytes, the continuation bytes (`10xxxxxx`) must be
    /// exactly those that the lead bytes before them call for (one after a `110xxxxx`, two after
    /// a `1110xxxx`, three after a `11110xxx`), which a few shifts and masks check at once. A word
    /// that fails that test, holds a byte that is never valid (`C0`, `C1`, `F5`–`FF`) or a lead
    /// whose second byte has a narrower range (`E0`, `ED`, `F0`, `F4`: overlong forms,
    /// surrogates, values above U+10FFFF), and the last few bytes, are checked one sequence at a
    /// time, from the start of the sequence the word begins in.
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Scan {
        let count = bytes.count
        guard start < count, let base = bytes.baseAddress else { return Scan(outcome: .valid, sawMultiByte: false) }
        let high: UInt64 = 0x8080_8080_8080_8080
        var i = start
        var seenHigh: UInt64 = 0  // the bytes of the words checked at once, or-ed together
        var sawMultiByteSlowly = false
        while i < count {
            // Continuation bytes that the lead bytes at the end of the last word call for.
            var carry: UInt64 = 0
            while i + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if word & high == 0 && carry == 0 {
                    i += 8
                    continue
                }
                let shifted1 = word << 1
                let continuation = word & ~shifted1 & high
                let lead2 = word & shifted1 & high
                let lead3 = lead2 & (word << 2)
                let lead4 = lead3 & (word << 3)
                let needed = carry | lead2 << 8 | lead3 << 16 | lead4 << 24
                var trouble = (needed ^ continuation) | Self.neverValid(word)
                if lead3 != 0 {
                    trouble |= zeroBytes(word ^ 0xE0E0_E0E0_E0E0_E0E0) | zeroBytes(word ^ 0xEDED_EDED_EDED_EDED)
                    if lead4 != 0 {
                        trouble |= zeroBytes(word ^ 0xF0F0_F0F0_F0F0_F0F0) | zeroBytes(word ^ 0xF4F4_F4F4_F4F4_F4F4)
                    }
                }
                if trouble != 0 { break }
                seenHigh |= word
                carry = lead2 >> 56 | lead3 >> 48 | lead4 >> 40
                i += 8
            }
            guard i < count else {
                // The last word ended on a sequence boundary or inside a sequence cut off by the end.
                if carry == 0 { break }
                let at = sequenceStart(bytes, before: i, notBefore: start)
                return Scan(outcome: .truncated(at: at), sawMultiByte: hasNonASCII(bytes, start..<at))
            }
            // One sequence at a time, from the start of the sequence the word begins in (the
            // bytes before it are well-formed) to a boundary past the word.
            var k = carry == 0 ? i : sequenceStart(bytes, before: i, notBefore: start)
            let stop = min(count, i + 8)
            while k < stop {
                let length = sequenceLength(bytes, at: k)
                if length > 0 {
                    if length > 1 { sawMultiByteSlowly = true }
                    k += length
                } else if length == 0 {
                    return Scan(outcome: .invalid(at: k), sawMultiByte: hasNonASCII(bytes, start..<k))
                } else {
                    return Scan(outcome: .truncated(at: k), sawMultiByte: hasNonASCII(bytes, start..<k))
                }
            }
            i = k
        }
        return Scan(outcome: .valid, sawMultiByte: sawMultiByteSlowly || seenHigh & high != 0)
    }

    /// The start of the sequence that the byte before `end` belongs to, in well-formed UTF-8
    /// from `notBefore`: `end` itself when that byte ends a sequence.
    @inline(__always)
    private static func sequenceStart(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, notBefore start: Int) -> Int {
        var k = end
        while k > start && k > end - 3 && bytes[k - 1] & 0xC0 == 0x80 { k -= 1 }
        if k > start && bytes[k - 1] >= 0xC0 {
            let lead = k - 1
            return lead + Int(sequenceLength(lead: bytes[lead])) > end ? lead : end
        }
        return end
    }

    /// The length of the well-formed sequence at `i`; 0 when it is ill-formed, -1 when the
    /// buffer ends inside it.
    @inline(__always)
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let count = bytes.count
        let lead = bytes[i]
        if lead < 0x80 { return 1 }
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard i + 1 < count else { return -1 }
        let second = bytes[i + 1]
        guard second >= low && second <= high else { return 0 }
        var k = 2
        while k < length {
            guard i + k < count else { return -1 }
            guard bytes[i + k] & 0xC0 == 0x80 else { return 0 }
            k += 1
        }
        return length
    }

    /// The high bit of each byte of a word that is 0xC0, 0xC1 or 0xF5–0xFF.
    @inline(__always)
    private static func neverValid(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        // From a byte with its top bit set, the low seven bits plus 0x0B reach 0x80 exactly
        // when it is 0xF5 or more; no sum carries into the next byte.
        let f5 = ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x0B0B_0B0B_0B0B_0B0B) & word & high
        return f5 | zeroBytes((word & 0xFEFE_FEFE_FEFE_FEFE) ^ 0xC0C0_C0C0_C0C0_C0C0)
    }

    /// The high bit of each byte of a word that is zero (exact: no borrow between bytes).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        return ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & high
    }

    /// Whether any byte of `bytes[range]` is 0x80 or more.
    private static func hasNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for k in range where bytes[k] >= 0x80 { return true }
        return false
    }

    /// The number of line feeds in `bytes[range]`.
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        var i = range.lowerBound
        if let base = bytes.baseAddress {
            while i + 8 <= range.upperBound {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                n += zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A).nonzeroBitCount
                i += 8
            }
        }
        while i < range.upperBound {
            if bytes[i] == 0x0A { n += 1 }
            i += 1
        }
        return n
    }
}
