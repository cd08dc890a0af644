extension TextNormalizer {
    /// What ``display(_:toneStyle:)`` would have to do to well-formed UTF-8 besides the tone
    /// style: nothing (0), only ASCII white space to collapse or trim (``DisplayScreen/asciiSpace``),
    /// or more (any other bit: something to drop or replace, such as zero-width characters, the
    /// soft hyphen, `ð`, a Unicode space, or something that may need NFC).
    ///
    /// Most comments need nothing or only white space, so this test reads the bytes once,
    /// without a branch per byte (``ByteTriples``): one bit per kind of trouble, found in a byte
    /// on its own (a control), a pair (`C3 B0` = `ð`) or a triple (`E2 80 8B` = zero-width
    /// space). The bytes must be well-formed UTF-8 (a `String`'s are).
    static func displayTrouble(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
        let count = bytes.count
        guard count > 0 else { return 0 }
        let edges: UInt16 = bytes[0] == 0x20 || bytes[count - 1] == 0x20 ? DisplayScreen.control : 0
        return edges | DisplayScreen.entries.withUnsafeBufferPointer { entries in
            // A missing byte after the last ones is none of the troubles that need one
            // (well-formed UTF-8 never ends inside a sequence).
            ByteTriples.gather(bytes, entries.baseAddress!, pastEnd: DisplayScreen.pastEnd)
        }
    }

    /// Whether a byte is one the cleaning pass turns into a space like ASCII white space: a
    /// control, the space, DEL.
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F
    }

    /// `text[range]` for a range of its UTF-8 offsets that starts and ends with ASCII (or at an end).
    static func slice(_ text: String, _ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
    }

    /// `text[range]` with every run of ASCII white space, controls and DEL as one space: what
    /// the cleaning pass makes of text whose only trouble is ``DisplayScreen/asciiSpace``, once
    /// trimmed to `range` (`bytes` are all of the text's UTF-8). Built from slices of the text
    /// (a single space between two other characters stays inside its slice), so that its UTF-8
    /// is copied but not validated again.
    static func collapsingASCIISpace(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let count = range.upperBound
        var out: String?
        var i = range.lowerBound
        while i < count {
            while i < count && isASCIISpace(bytes[i]) { i += 1 }
            guard i < count else { break }
            var end = i + 1
            while end < count {
                let byte = bytes[end]
                if !isASCIISpace(byte) || (byte == 0x20 && end + 1 < count && !isASCIISpace(bytes[end + 1])) {
                    end += 1
                } else {
                    break
                }
            }
            if out == nil {
                out = String(slice(text, i..<end))
            } else {
                out!.append(" ")
                out!.append(contentsOf: slice(text, i..<end))
            }
            i = end
        }
        return out ?? ""
    }
}

/// The table of ``TextNormalizer/displayTrouble(_:)`` (``ByteTriples``): one bit per kind of
/// trouble. What each bit stands for follows ``TextNormalizer`` `treatment(_:at:)` (spaces, dropped and
/// replaced characters) and ``TextNormalizer/isNFCSafeSequence(_:at:)`` (every lead byte from
/// 0xCC up that does not start a sequence known to be NFC).
enum DisplayScreen {
    /// A control (tab, line break, …) or DEL; also a space at the start or the end.
    static let control: UInt16 = 1 << 0
    /// Two spaces in a row.
    static let doubleSpace: UInt16 = 1 << 12
    /// ASCII white space to collapse or trim.
    static let asciiSpace: UInt16 = control | doubleSpace
    /// Lead bytes of which no sequence is known to be NFC: 0xCC–0xDF (combining marks, Greek,
    /// Cyrillic, …), 0xE0, 0xE3–0xEE (0xE3 80 80 is the ideographic space), 0xF1 up; also the
    /// bytes well-formed UTF-8 never holds.
    static let always: UInt16 = 1 << 1
    /// `C2 80`–`C2 A0` (C1 controls, no-break space), `C2 AD` (soft hyphen).
    static let c2: UInt16 = 1 << 2
    /// `C3 90`, `C3 B0`: `Ð`, `ð`.
    static let c3: UInt16 = 1 << 3
    /// `E1` not followed by `B8`–`BB` (U+1E00–U+1EFF): Ogham space mark, Mongolian vowel
    /// separator, and scripts not known to be NFC.
    static let e1: UInt16 = 1 << 4
    /// `E2 83`–`E2 93`, `E2 A0`–`E2 BF`: symbols not known to be NFC.
    static let e2: UInt16 = 1 << 5
    /// `EF` not followed by `B8`, `BB`, `BC` or `BD`.
    static let ef: UInt16 = 1 << 6
    /// `EF BB`: the byte-order mark `EF BB BF`, and Arabic presentation forms.
    static let efbb: UInt16 = 1 << 7
    /// `F0` not followed by `9F` (U+1F000–U+1FFFF, emoji).
    static let f0: UInt16 = 1 << 8
    /// `E2 80 80`–`E2 80 8F`, `E2 80 A8`–`E2 80 AF`: Unicode spaces, zero-width characters,
    /// direction marks, line and paragraph separators, embeddings, narrow no-break space.
    static let e280: UInt16 = 1 << 9
    /// `E2 81 9F`, `E2 81 A0`, `E2 81 A6`–`E2 81 A9`: medium mathematical space, word joiner, isolates.
    static let e281: UInt16 = 1 << 10
    /// `EF B8 90`–`EF B8 BF`: vertical forms.
    static let efb8: UInt16 = 1 << 11

    /// The bits decided by the first byte alone.
    static let single: UInt16 = control | always
    /// The bits decided by the first two bytes.
    static let pair: UInt16 = doubleSpace | c2 | c3 | e1 | e2 | ef | efbb | f0

    /// The bytes after the end: nothing as a first byte, every byte as a second or third for the
    /// troubles that need fewer bytes.
    static let pastEnd = UInt64(single) << 16 | UInt64(single | pair) << 32

    static let entries: [UInt64] = {
        var first = [UInt16](repeating: 0, count: 256)
        var second = [UInt16](repeating: single, count: 256)
        var third = [UInt16](repeating: single | pair, count: 256)
        for byte in Array(0x00...0x1F) + [0x7F] { first[byte] |= control }
        for byte in [0xC0, 0xC1, 0xE0] + Array(0xCC...0xDF) + Array(0xE3...0xEE) + Array(0xF1...0xFF) {
            first[byte] |= always
        }
        first[0x20] |= doubleSpace
        second[0x20] |= doubleSpace
        first[0xC2] |= c2
        for byte in Array(0x80...0xA0) + [0xAD] { second[byte] |= c2 }
        first[0xC3] |= c3
        for byte in [0x90, 0xB0] { second[byte] |= c3 }
        first[0xE1] |= e1
        for byte in 0x80...0xBF where !(0xB8...0xBB).contains(byte) { second[byte] |= e1 }
        first[0xE2] |= e2 | e280 | e281
        for byte in Array(0x83...0x93) + Array(0xA0...0xBF) { second[byte] |= e2 }
        second[0x80] |= e280
        for byte in Array(0x80...0x8F) + Array(0xA8...0xAF) { third[byte] |= e280 }
        second[0x81] |= e281
        for byte in [0x9F, 0xA0, 0xA6, 0xA7, 0xA8, 0xA9] { third[byte] |= e281 }
        first[0xEF] |= ef | efbb | efb8
        for byte in 0x80...0xBF where ![0xB8, 0xBB, 0xBC, 0xBD].contains(byte) { second[byte] |= ef }
        second[0xBB] |= efbb
        second[0xB8] |= efb8
        for byte in 0x90...0xBF { third[byte] |= efb8 }
        first[0xF0] |= f0
        for byte in 0x80...0xBF where byte != 0x9F { second[byte] |= f0 }
        return ByteTriples.pack(first: first, second: second, third: third)
    }()
}
