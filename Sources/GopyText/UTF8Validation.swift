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
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Scan {
        let count = bytes.count
        var sawMultiByte = false
        var i = start
        while i < count {
            // ASCII, eight bytes at a time.
            if let base = bytes.baseAddress {
                while i + 8 <= count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
            }
            guard i < count else { break }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
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
            default: return Scan(outcome: .invalid(at: i), sawMultiByte: sawMultiByte)
            }
            guard i + 1 < count else { return Scan(outcome: .truncated(at: i), sawMultiByte: sawMultiByte) }
            let second = bytes[i + 1]
            guard second >= low && second <= high else {
                return Scan(outcome: .invalid(at: i), sawMultiByte: sawMultiByte)
            }
            var k = 2
            while k < length {
                guard i + k < count else { return Scan(outcome: .truncated(at: i), sawMultiByte: sawMultiByte) }
                guard bytes[i + k] & 0xC0 == 0x80 else {
                    return Scan(outcome: .invalid(at: i), sawMultiByte: sawMultiByte)
                }
                k += 1
            }
            sawMultiByte = true
            i += length
        }
        return Scan(outcome: .valid, sawMultiByte: sawMultiByte)
    }

    /// The number of line feeds in `bytes[range]`.
    @inline(__always)
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where bytes[i] == 0x0A { n += 1 }
        return n
    }
}
