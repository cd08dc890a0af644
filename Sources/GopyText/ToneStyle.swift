/// Where a syllable with the open `oa`, `oe` or `uy` carries its tone mark.
///
/// Both styles occur in official text: old style puts the tone on the first vowel (hòa, khỏe,
/// thủy, Ủy ban), new style on the second (hoà, khoẻ, thuỷ, cấp uỷ). Every other syllable is
/// written the same in both: closed ones (hoàn, toán, tuýt), three-vowel clusters (khuya, ngoài,
/// khuyên), and `qu`/`gi` + vowel, where `u`/`i` belong to the consonant (quý, quà, giữa).
public enum ToneStyle: String, Codable, Sendable, Hashable, CaseIterable {
    /// Tone on the first vowel: hòa, khỏe, thủy, Ủy.
    case old
    /// Tone on the second vowel: hoà, khoẻ, thuỷ, Uỷ.
    case new
    /// The text as written.
    case keep

    /// The text with every `oa`/`oe`/`uy` syllable written in this style; NFC; everything
    /// else untouched (case included).
    public func apply(to text: String) -> String {
        applyToNFC(TextNormalizer.nfc(text))
    }

    /// ``apply(to:)`` for text already in NFC.
    func applyToNFC(_ text: String) -> String {
        guard self != .keep else { return text }
        var text = text
        let restyled = text.withUTF8 { restyle($0) }
        return restyled.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The bytes with every syllable that needs it restyled, or nil when none does.
    ///
    /// Only a word that ends in a vowel pair that could change is decoded: old style looks for a
    /// plain `o`/`u` before a letter with a mark, new style for a plain `a`/`e`/`y` after one.
    /// Those places are found eight bytes at a time.
    func restyle(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard self != .keep, let base = bytes.baseAddress else { return nil }
        var out: [UInt8] = []
        var copied = 0  // bytes before this are in `out` (once something changed)
        var changed = false
        let count = bytes.count
        var letters: [Unicode.Scalar] = []  // the word being looked at (its storage kept between places)

        // The pair at a place found below, if its syllable needs restyling: rewritten into `out`.
        func consider(_ i: Int) {
            let pairStart: Int
            let pairEnd: Int
            if self == .old {
                pairStart = i
                pairEnd = i + 1 + UTF8Bytes.decode(bytes, at: i + 1).length
            } else {
                var lead = i - 1
                while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                pairStart = lead
                pairEnd = i + 1
            }
            // The pair must end its word (an open syllable) …
            if pairEnd < count && Self.isWordScalar(bytes, at: pairEnd) { return }
            // … and at most three letters may come before it (ngh + oa).
            var wordStart = pairStart
            var before = 0
            while wordStart > 0 {
                var previous = wordStart - 1
                while previous > 0 && bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
                guard Self.isWordScalar(bytes, at: previous) else { break }
                wordStart = previous
                before += 1
                if before > 3 { break }
            }
            guard before <= 3 else { return }
            letters.removeAll(keepingCapacity: true)
            var k = wordStart
            while k < pairEnd {
                let (scalar, length) = UTF8Bytes.decode(bytes, at: k)
                letters.append(scalar)
                k += length
            }
            guard VietnameseVowels.restyle(&letters, to: self) else { return }
            if !changed {
                changed = true
                out.reserveCapacity(count + 8)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<wordStart]))
            for scalar in letters { UTF8Bytes.append(scalar, to: &out) }
            copied = pairEnd
        }

        // The places: old style, an o/u followed by a byte from 0xC3 up (a letter with a
        // mark); new style, an a/e/y after a continuation byte. Byte k of a word is bit 8k + 7
        // of its mask; a place's pair never holds another place.
        let high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        var previous: UInt64 = 0  // the byte before i
        while i < count {
            let word: UInt64
            let next: UInt64  // the byte after the word
            if i + 8 <= count {
                word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                next = i + 8 < count ? UInt64(base[i + 8]) : 0
            } else {
                var tail: UInt64 = 0
                for k in i..<count { tail |= UInt64(base[k]) << (8 * UInt64(k - i)) }
                word = tail
                next = 0
            }
            let folded = word | 0x2020_2020_2020_2020
            var places: UInt64
            if self == .old {
                let vowel = Self.zeroBytes(folded ^ 0x6F6F_6F6F_6F6F_6F6F) | Self.zeroBytes(folded ^ 0x7575_7575_7575_7575)
                let after = word >> 8 | next << 56
                let marked = ((after & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3D3D_3D3D_3D3D_3D3D) & after & high
                places = vowel & marked & ~word  // ASCII o/u only
            } else {
                let vowel = Self.zeroBytes(folded ^ 0x6161_6161_6161_6161) | Self.zeroBytes(folded ^ 0x6565_6565_6565_6565)
                    | Self.zeroBytes(folded ^ 0x7979_7979_7979_7979)
                let before = word << 8 | previous
                let continuation = before & ~(before << 1) & high
                places = vowel & continuation & ~word
            }
            if i + 8 > count { places &= (1 << (8 * UInt64(count - i))) &- 1 }
            while places != 0 {
                let k = i + places.trailingZeroBitCount / 8
                places &= places &- 1
                if self == .new && k < 2 { continue }
                consider(k)
            }
            previous = word >> 56
            i += 8
        }
        guard changed else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        return out
    }

    /// The high bit of each byte of a word that is zero (exact: no borrow between bytes).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word) & 0x8080_8080_8080_8080
    }

    /// Whether the scalar starting at `i` belongs to a word (``VietnameseLetters/isWordScalar(_:)``).
    @inline(__always)
    private static func isWordScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = bytes[i]
        if byte < 0x80 {
            return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        return VietnameseLetters.isWordScalar(UTF8Bytes.decode(bytes, at: i).scalar)
    }
}
