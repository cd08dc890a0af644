/// One pass over a sample's bytes, before any decoding: what ``EncodingDetector`` needs to
/// know about controls, non-ASCII bytes, combining marks, mojibake characters and `?`/`_`.
///
/// Without a branch per byte (``ByteTriples``): one bit per thing to find, in a byte on its own
/// (NUL, `?`), a pair (`C3 B8` = `ø`) or a triple (`E2 80 A0` = `†`). Controls are counted in
/// a second pass, only when there are any.
struct ByteSurvey {
    /// Whether a NUL byte occurs (binary data).
    var hasNUL = false
    /// Control bytes other than white space and Ctrl-Z.
    var controls = 0
    /// Whether any byte is 0x80 or more.
    var hasNonASCII = false
    /// Whether the UTF-8 holds a combining diacritical mark (U+0300–U+036F).
    var hasCombiningMarks = false
    /// Whether the UTF-8 holds a character seen in mojibake (``MojibakeSignals``).
    var hasMojibakeSignals = false
    /// Whether a `?` or `_` occurs (a possible lossy hole).
    var hasHoleCharacters = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // A byte past the end counts as 0, as MojibakeSignals is asked.
        let found = ByteSurveyTables.entries.withUnsafeBufferPointer { entries in
            ByteTriples.gather(bytes, entries.baseAddress!, pastEnd: entries[0] & ~0xFFFF)
        }
        hasNUL = found & ByteSurveyTables.nul != 0
        hasNonASCII = found & ByteSurveyTables.nonASCII != 0
        hasCombiningMarks = found & (ByteSurveyTables.combining | ByteSurveyTables.combiningCD) != 0
        hasMojibakeSignals = found & ByteSurveyTables.signals != 0
        hasHoleCharacters = found & ByteSurveyTables.hole != 0
        if found & ByteSurveyTables.control != 0 {
            for byte in bytes where byte == 0x7F || (byte >= 0x01 && byte < 0x20 && !(0x09...0x0D).contains(byte) && byte != 0x1A) {
                controls += 1
            }
        }
    }

    /// Whether a word holds the byte `value` (exact for any bytes: the zero-byte test on the
    /// word XOR the value repeated).
    @inline(__always)
    static func hasByte(_ word: UInt64, _ value: UInt8) -> Bool {
        let x = word ^ (UInt64(value) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }
}

/// The table of ``ByteSurvey`` (``ByteTriples``), made from ``MojibakeSignals/isSignal(lead:_:_:)`` itself.
enum ByteSurveyTables {
    static let nul: UInt16 = 1 << 0
    /// Controls other than white space (tab, line feed, vertical tab, form feed, carriage
    /// return) and Ctrl-Z; DEL.
    static let control: UInt16 = 1 << 1
    static let nonASCII: UInt16 = 1 << 2
    /// `?`, `_`.
    static let hole: UInt16 = 1 << 3
    /// `CC` (U+0300–U+033F).
    static let combining: UInt16 = 1 << 4
    /// `CD` followed by a byte up to `AF` (U+0340–U+036F, or not UTF-8 at all).
    static let combiningCD: UInt16 = 1 << 5
    /// A two-byte mojibake signal: `C2`, `C3`, `C5`, `C6`, `CB` and a second byte that makes one.
    static let signalC2: UInt16 = 1 << 6
    static let signalC3: UInt16 = 1 << 7
    static let signalC5: UInt16 = 1 << 8
    static let signalC6: UInt16 = 1 << 9
    static let signalCB: UInt16 = 1 << 10
    /// `E2 80` and a third byte that makes one.
    static let signalE2: UInt16 = 1 << 11
    static let signals: UInt16 = signalC2 | signalC3 | signalC5 | signalC6 | signalCB | signalE2

    static let single: UInt16 = nul | control | nonASCII | hole | combining
    static let pair: UInt16 = combiningCD | signalC2 | signalC3 | signalC5 | signalC6 | signalCB

    static let entries: [UInt64] = {
        var first = [UInt16](repeating: 0, count: 256)
        var second = [UInt16](repeating: single, count: 256)
        var third = [UInt16](repeating: single | pair, count: 256)
        first[0x00] |= nul
        for byte in Array(0x01...0x08) + Array(0x0E...0x19) + Array(0x1B...0x1F) + [0x7F] { first[byte] |= control }
        for byte in 0x80...0xFF { first[byte] |= nonASCII }
        first[0x3F] |= hole
        first[0x5F] |= hole
        first[0xCC] |= combining
        first[0xCD] |= combiningCD
        for byte in 0x00...0xAF { second[byte] |= combiningCD }  // as ByteSurvey always asked: any byte up to 0xAF
        for (lead, bit) in [(0xC2, signalC2), (0xC3, signalC3), (0xC5, signalC5), (0xC6, signalC6), (0xCB, signalCB)] {
            first[lead] |= bit
            for byte in 0...0xFF where MojibakeSignals.isSignal(lead: UInt8(lead), UInt8(byte), 0) { second[byte] |= bit }
        }
        first[0xE2] |= signalE2
        second[0x80] |= signalE2
        for byte in 0...0xFF where MojibakeSignals.isSignal(lead: 0xE2, 0x80, UInt8(byte)) { third[byte] |= signalE2 }
        return ByteTriples.pack(first: first, second: second, third: third)
    }()
}
