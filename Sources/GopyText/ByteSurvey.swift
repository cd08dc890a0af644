/// One pass over a sample's bytes, before any decoding: what ``EncodingDetector`` needs to
/// know about controls, non-ASCII bytes, combining marks, mojibake characters and `?`/`_`.
///
/// Eight bytes at a time: a word of plain printable ASCII is skipped at once; in other words
/// only the bytes that can matter are looked at.
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
        let count = bytes.count
        guard let base = bytes.baseAddress else { return }
        var highBits: UInt64 = 0
        Self.classes.withUnsafeBufferPointer { classes in
            var i = 0
            while i < count {
                let end = min(i + 8, count)
                if end - i == 8 {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    highBits |= word
                    if word & 0x8080_8080_8080_8080 == 0 && !Self.hasByteBelow0x20(word)
                        && !Self.hasByte(word, 0x3F) && !Self.hasByte(word, 0x5F) && !Self.hasByte(word, 0x7F)
                    {
                        i = end
                        continue
                    }
                } else {
                    for k in i..<end { highBits |= UInt64(base[k]) }
                }
                while i < end {
                    let byte = base[i]
                    switch classes[Int(byte)] {
                    case 0:
                        break
                    case 1:
                        let second: UInt8 = i + 1 < count ? base[i + 1] : 0
                        if byte == 0xCC || (byte == 0xCD && second <= 0xAF) { hasCombiningMarks = true }
                        if !hasMojibakeSignals {
                            let third: UInt8 = i + 2 < count ? base[i + 2] : 0
                            hasMojibakeSignals = MojibakeSignals.isSignal(lead: byte, second, third)
                        }
                    case 2:
                        hasNUL = true
                    case 3:
                        controls += 1
                    default:
                        hasHoleCharacters = true
                    }
                    i += 1
                }
            }
        }
        hasNonASCII = highBits & 0x8080_8080_8080_8080 != 0
    }

    /// Byte → what to do with it: 0 nothing, 1 a UTF-8 lead byte of a combining mark or of a
    /// mojibake character, 2 NUL, 3 a control, 4 `?` or `_`.
    private static let classes: [UInt8] = (0..<256).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x00: 2
        case 0x09...0x0D, 0x1A: 0  // white space; Ctrl-Z ends some DOS files
        case 0x01...0x1F, 0x7F: 3
        case 0x3F, 0x5F: 4
        case 0xC2, 0xC3, 0xC5, 0xC6, 0xCB, 0xCC, 0xCD, 0xE2: 1
        default: 0
        }
    }

    /// Whether a word of ASCII bytes has one below 0x20.
    @inline(__always)
    private static func hasByteBelow0x20(_ word: UInt64) -> Bool {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// Whether a word holds the byte `value` (exact for any bytes: the zero-byte test on the
    /// word XOR the value repeated).
    @inline(__always)
    static func hasByte(_ word: UInt64, _ value: UInt8) -> Bool {
        let x = word ^ (UInt64(value) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }
}
