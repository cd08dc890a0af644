extension CSVCommentRows {
    /// The part of `bytes` (UTF-8) left once white space is dropped from both ends: the
    /// Unicode White_Space characters (ASCII spaces and controls, U+0085, the no-break space
    /// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000). Works on the
    /// bytes, without decoding the field or looking up Unicode properties.
    static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end {
            let b = bytes[start]
            if b < 0x80 {
                guard isASCIIWhiteSpace(b) else { break }
                start += 1
            } else {
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                guard start + length <= end, isWhiteSpace(bytes, at: start, length: length) else { break }
                start += length
            }
        }
        while end > start {
            let b = bytes[end - 1]
            if b < 0x80 {
                guard isASCIIWhiteSpace(b) else { break }
                end -= 1
            } else {
                // Back to the lead byte of the last character (at most 3 continuation bytes).
                var lead = end - 1
                while lead > start && bytes[lead] & 0xC0 == 0x80 && end - lead < 4 { lead -= 1 }
                guard isWhiteSpace(bytes, at: lead, length: end - lead) else { break }
                end = lead
            }
        }
        return start..<end
    }

    /// Tab, LF, vertical tab, form feed, CR, space.
    @inline(__always) static func isASCIIWhiteSpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    /// Whether the `length` bytes at `offset` encode one non-ASCII White_Space character.
    static func isWhiteSpace(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, length: Int) -> Bool {
        switch length {
        case 2:
            // U+0085, U+00A0
            return bytes[offset] == 0xC2 && (bytes[offset + 1] == 0x85 || bytes[offset + 1] == 0xA0)
        case 3:
            let (b0, b1, b2) = (bytes[offset], bytes[offset + 1], bytes[offset + 2])
            if b0 == 0xE1 { return b1 == 0x9A && b2 == 0x80 }  // U+1680
            if b0 == 0xE3 { return b1 == 0x80 && b2 == 0x80 }  // U+3000
            guard b0 == 0xE2 else { return false }
            if b1 == 0x80 {
                // U+2000–U+200A, U+2028, U+2029, U+202F
                return (b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF
            }
            return b1 == 0x81 && b2 == 0x9F  // U+205F
        default:
            return false
        }
    }
}
