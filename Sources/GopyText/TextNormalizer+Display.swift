extension TextNormalizer {
    /// The text as the outbox shows it, tone marks in the house style (``ToneStyle/old``):
    /// ``display(_:toneStyle:)`` with `.old`.
    public static func display(_ text: String) -> String {
        display(text, toneStyle: .old)
    }

    /// The text as the outbox shows it: NFC; invisible characters removed (zero-width space,
    /// joiners, word joiner, byte-order mark, soft hyphen, direction marks); no-break and other
    /// Unicode spaces, line breaks and control characters as plain spaces; the look-alikes `ð`/`Ð`
    /// as `đ`/`Đ`; every run of white space as one space; trimmed; the open `oa`, `oe`, `uy`
    /// syllables in `toneStyle` ("Uỷ ban" → "Ủy ban" in the old style, the default of
    /// `tone_style`; `.keep` leaves them as written). The words are otherwise untouched.
    public static func display(_ text: String, toneStyle: ToneStyle) -> String {
        // Most text needs no cleaning besides trimming, or only its ASCII white space
        // collapsed: then the cleaning pass is skipped, and text that needs nothing else is
        // returned as it is.
        let screened = text.utf8.withContiguousStorageIfAvailable { all -> String? in
            var lower = 0
            var upper = all.count
            while lower < upper && isASCIISpace(all[lower]) { lower += 1 }
            while upper > lower && isASCIISpace(all[upper - 1]) { upper -= 1 }
            let trimmed = UnsafeBufferPointer(rebasing: all[lower..<upper])
            let trouble = displayTrouble(trimmed)
            guard trouble & ~DisplayScreen.asciiSpace == 0 else { return nil }
            if trouble == 0 {
                if let restyled = toneStyle.restyle(trimmed) { return String(decoding: restyled, as: UTF8.self) }
                return lower == 0 && upper == all.count ? text : String(slice(text, lower..<upper))
            }
            let collapsed = collapsingASCIISpace(text, all, lower..<upper)
            return collapsed.utf8.withContiguousStorageIfAvailable { bytes in
                toneStyle.restyle(bytes).map { String(decoding: $0, as: UTF8.self) } ?? collapsed
            }
        }
        if let screened = screened ?? nil { return screened }
        return cleanedForDisplay(text, toneStyle: toneStyle)
    }

    /// ``display(_:toneStyle:)`` the long way: the cleaning pass, NFC where it may be needed,
    /// the tone style. What ``displayTrouble(_:)`` finds no trouble in must come out of
    /// this unchanged but trimmed (before the tone style), and text whose only trouble is ASCII
    /// white space as ``collapsingASCIISpace(_:_:_:)`` makes it.
    static func cleanedForDisplay(_ text: String, toneStyle: ToneStyle) -> String {
        var text = text
        let (cleaned, maybeNotNFC) = text.withUTF8 { clean($0) }
        if maybeNotNFC {
            return toneStyle.applyToNFC(nfc(String(decoding: cleaned, as: UTF8.self)))
        }
        let restyled = cleaned.withUnsafeBufferPointer { toneStyle.restyle($0) }
        return String(decoding: restyled ?? cleaned, as: UTF8.self)
    }

    /// What a scalar becomes on display.
    private enum Treatment {
        case keep, space, drop
        case replace(UInt8, UInt8)
    }

    /// The cleaning pass over well-formed UTF-8. Also says whether the result may need NFC.
    ///
    /// Bytes that stay as they are (most of them) are copied in runs; a single space between
    /// two such characters stays inside the run.
    private static func clean(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], Bool) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var maybeNotNFC = false
        var runStart = 0  // bytes[runStart..<i] are copied as they are, and end with a kept character
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte > 0x20 && byte < 0x7F {
                if pendingSpace {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    if !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    runStart = i
                }
                i += 1
                continue
            }
            if byte == 0x20 && !pendingSpace && i > runStart && i + 1 < count && startsPlainCharacter(bytes, at: i + 1) {
                i += 1  // one space between kept characters
                continue
            }
            if byte < 0x80 {
                // Other white space, controls, DEL, or a space that may start a run of them.
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                pendingSpace = true
                i += 1
                runStart = i
                continue
            }
            let length = max(1, min(UTF8Validation.sequenceLength(lead: byte), count - i))
            let treatment = treatment(bytes, at: i)
            if case .keep = treatment {
                if pendingSpace {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                    if !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    runStart = i
                }
                if byte >= 0xCC && !isNFCSafeSequence(bytes, at: i) { maybeNotNFC = true }
                i += length
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            switch treatment {
            case .space:
                pendingSpace = true
            case .replace(let first, let second):
                if pendingSpace {
                    if !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                }
                out.append(first)
                out.append(second)
            case .drop, .keep:
                break
            }
            i += length
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
        return (out, maybeNotNFC)
    }

    /// Whether the character at `i` is one ``clean(_:)`` certainly keeps as it is: printable
    /// ASCII, or a sequence ``treatment(_:at:)`` keeps (checked cheaply for the common leads).
    @inline(__always)
    private static func startsPlainCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = bytes[i]
        switch byte {
        case 0x21...0x7E, 0xC4...0xDF, 0xE4...0xEE, 0xF0...0xF4:
            return true
        case 0xC3:  // Latin-1 letters (à á â ã è é ê …) but not ð Ð
            return i + 1 < bytes.count && bytes[i + 1] != 0x90 && bytes[i + 1] != 0xB0
        case 0xE1:  // Vietnamese letters U+1E00–U+1EFF
            return i + 1 < bytes.count && (0xB8...0xBB).contains(bytes[i + 1])
        default:
            return false
        }
    }

    /// The treatment of the non-ASCII sequence starting at `i`.
    @inline(__always)
    private static func treatment(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Treatment {
        let count = bytes.count
        func at(_ k: Int) -> UInt8 { i + k < count ? bytes[i + k] : 0 }
        switch bytes[i] {
        case 0xC2:
            switch at(1) {
            case 0x80...0x9F, 0xA0: return .space  // C1 controls (NEL among them), NBSP
            case 0xAD: return .drop  // soft hyphen
            default: return .keep
            }
        case 0xC3:
            switch at(1) {
            case 0xB0: return .replace(0xC4, 0x91)  // ð → đ
            case 0x90: return .replace(0xC4, 0x90)  // Ð → Đ
            default: return .keep
            }
        case 0xE1:
            if at(1) == 0x9A && at(2) == 0x80 { return .space }  // U+1680 Ogham space mark
            if at(1) == 0xA0 && at(2) == 0x8E { return .drop }  // U+180E Mongolian vowel separator
            return .keep
        case 0xE2:
            switch (at(1), at(2)) {
            case (0x80, 0x80...0x8A): return .space  // U+2000–U+200A spaces
            case (0x80, 0x8B...0x8F): return .drop  // zero-width space, non-joiner, joiner; LRM, RLM
            case (0x80, 0xA8...0xA9): return .space  // line and paragraph separators
            case (0x80, 0xAA...0xAE): return .drop  // bidirectional embeddings and overrides
            case (0x80, 0xAF): return .space  // narrow no-break space
            case (0x81, 0x9F): return .space  // medium mathematical space
            case (0x81, 0xA0): return .drop  // word joiner
            case (0x81, 0xA6...0xA9): return .drop  // bidirectional isolates
            default: return .keep
            }
        case 0xE3:
            return at(1) == 0x80 && at(2) == 0x80 ? .space : .keep  // ideographic space
        case 0xEF:
            return at(1) == 0xBB && at(2) == 0xBF ? .drop : .keep  // byte-order mark / ZWNBSP
        default:
            return .keep
        }
    }
}
