import GopyModel

/// Turns a file's bytes, pushed chunk by chunk, into well-formed UTF-8 without a byte-order mark.
///
/// Chunks may end anywhere: inside a UTF-8 sequence, between the two bytes of a UTF-16 code
/// unit, between the two halves of a surrogate pair, between a VNI base letter and its mark,
/// or between a Windows-1258 letter and its tone byte. UTF-8 input (plain or mojibake) is
/// validated as it goes; the first ill-formed sequence stops decoding with a ``FileProblem``
/// naming its line (1-based, counted in line feeds). The legacy encodings map every byte, so
/// they never fail; Windows-1258 comes out composed (NFC for the Vietnamese letters).
public struct UTF8Transcoder {
    /// The reason given for an ill-formed UTF-8 sequence after well-formed non-ASCII text.
    public static let mixedEncodingReason = "invalid UTF-8 byte sequence: the file mixes encodings or is damaged"
    /// The reason given when a UTF-8 file ends inside a character.
    public static let truncatedUTF8Reason = "the file ends in the middle of a UTF-8 character: truncated or damaged"
    /// The reason given when a UTF-16 file has an odd number of bytes.
    public static let oddUTF16Reason = "UTF-16 file with an odd number of bytes: truncated or damaged"
    /// The reason given for a UTF-16 surrogate without its other half.
    public static let unpairedSurrogateReason = "invalid UTF-16: a surrogate code unit without its pair"

    /// The detection this transcoder decodes by.
    public let detection: EncodingDetection
    /// True until the first bytes have been checked for a byte-order mark.
    private var atStart = true
    /// UTF-8: the start of a sequence the last chunk ended inside of (or of a byte-order mark).
    private var pending: [UInt8] = []
    /// UTF-16: the first byte of a code unit the last chunk ended inside of.
    private var oddByte: UInt8?
    /// UTF-16: a high surrogate waiting for its low surrogate.
    private var highSurrogate: UInt16?
    /// Whether well-formed non-ASCII UTF-8 has been seen (to word the error for a bad byte).
    private var sawMultiByte = false
    /// The 1-based line of the next byte to decode.
    private var line = 1
    /// The decoder of a legacy encoding or of mojibake (see `UTF8Transcoder+Legacy.swift`).
    var legacy: LegacyState

    /// A transcoder for a file with this detection.
    public init(_ detection: EncodingDetection) {
        self.detection = detection
        self.legacy = LegacyState(detection.encoding)
    }

    /// Decodes the next chunk of the file and returns the UTF-8 it completes (possibly empty:
    /// the chunk may end inside a character, which the next chunk completes).
    public mutating func push(_ bytes: UnsafeRawBufferPointer) throws(FileProblem) -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        let input = bytes.assumingMemoryBound(to: UInt8.self)
        switch detection.encoding {
        case .utf8: return try pushUTF8(input)
        case .utf16LE: return try pushUTF16(input, bigEndian: false)
        case .utf16BE: return try pushUTF16(input, bigEndian: true)
        case .windows1258, .tcvn3, .vni: return pushLegacy(input)
        case .tcvn3Mojibake, .vniMojibake, .windows1258Mojibake, .doubleUTF8:
            let valid = try pushUTF8(input)
            return valid.withUnsafeBufferPointer { pushMojibake($0) }
        }
    }

    /// ``push(_:)-(UnsafeRawBufferPointer)`` for bytes in an array.
    public mutating func push(_ bytes: [UInt8]) throws(FileProblem) -> [UInt8] {
        try bytes.withUnsafeBytes { raw in
            Result { () throws(FileProblem) in try push(raw) }
        }.get()
    }

    /// Ends the file: returns any UTF-8 still held back, or the ``FileProblem`` of a file that
    /// ends inside a character.
    public mutating func finish() throws(FileProblem) -> [UInt8] {
        switch detection.encoding {
        case .utf8:
            if !pending.isEmpty { throw FileProblem(line: line, reason: Self.truncatedUTF8Reason) }
        case .utf16LE, .utf16BE:
            if oddByte != nil { throw FileProblem(line: line, reason: Self.oddUTF16Reason) }
            if highSurrogate != nil { throw FileProblem(line: line, reason: Self.unpairedSurrogateReason) }
        case .windows1258, .tcvn3, .vni:
            return finishLegacy()
        case .tcvn3Mojibake, .vniMojibake, .windows1258Mojibake, .doubleUTF8:
            if !pending.isEmpty { throw FileProblem(line: line, reason: Self.truncatedUTF8Reason) }
            return finishLegacy()
        }
        return []
    }

    // MARK: UTF-8

    private mutating func pushUTF8(_ input: UnsafeBufferPointer<UInt8>) throws(FileProblem) -> [UInt8] {
        var offset = 0
        if atStart {
            // A byte-order mark, possibly split across chunks, is dropped; a partial match is
            // the start of an ordinary sequence (EF BB … is also U+FEC0–U+FEFF).
            let bom = TextEncoding.utf8.byteOrderMark
            while offset < input.count && pending.count < bom.count && input[offset] == bom[pending.count] {
                pending.append(input[offset])
                offset += 1
            }
            if pending.count == bom.count {
                pending.removeAll()
                atStart = false
            } else if offset < input.count || pending.isEmpty {
                atStart = false
            } else {
                return []
            }
        }
        var out: [UInt8] = []
        if !pending.isEmpty {
            let length = UTF8Validation.sequenceLength(lead: pending[0])
            while pending.count < length && offset < input.count {
                pending.append(input[offset])
                offset += 1
            }
            let scan = pending.withUnsafeBufferPointer { UTF8Validation.validate($0) }
            switch scan.outcome {
            case .valid:
                out.reserveCapacity(pending.count + input.count - offset)
                out.append(contentsOf: pending)
                pending.removeAll(keepingCapacity: true)
                sawMultiByte = true
            case .truncated:
                return []  // the whole chunk went into `pending`
            case .invalid:
                throw invalidUTF8(line: line)
            }
        }
        let scan = UTF8Validation.validate(input, from: offset)
        sawMultiByte = sawMultiByte || scan.sawMultiByte
        let end: Int
        switch scan.outcome {
        case .valid:
            end = input.count
        case .truncated(let at):
            end = at
            pending.append(contentsOf: UnsafeBufferPointer(rebasing: input[at...]))
        case .invalid(let at):
            throw invalidUTF8(line: line + UTF8Validation.lineFeeds(in: input, offset..<at))
        }
        line += UTF8Validation.lineFeeds(in: input, offset..<end)
        let valid = UnsafeBufferPointer(rebasing: input[offset..<end])
        if out.isEmpty { return Array(valid) }
        out.append(contentsOf: valid)
        return out
    }

    private func invalidUTF8(line: Int) -> FileProblem {
        FileProblem(line: line, reason: sawMultiByte ? Self.mixedEncodingReason : EncodingDetector.legacyEncodingReason)
    }

    // MARK: UTF-16

    private mutating func pushUTF16(_ input: UnsafeBufferPointer<UInt8>, bigEndian: Bool) throws(FileProblem) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 2 + 4)
        var i = 0
        if let first = oddByte, i < input.count {
            oddByte = nil
            let unit = bigEndian ? UInt16(first) << 8 | UInt16(input[0]) : UInt16(input[0]) << 8 | UInt16(first)
            i = 1
            try decode(unit, into: &out)
        }
        while i + 1 < input.count {
            let unit = bigEndian
                ? UInt16(input[i]) << 8 | UInt16(input[i + 1])
                : UInt16(input[i + 1]) << 8 | UInt16(input[i])
            i += 2
            try decode(unit, into: &out)
        }
        if i < input.count { oddByte = input[i] }
        return out
    }

    @inline(__always)
    private mutating func decode(_ unit: UInt16, into out: inout [UInt8]) throws(FileProblem) {
        if atStart {
            atStart = false
            if unit == 0xFEFF { return }
        }
        if let high = highSurrogate {
            guard (0xDC00...0xDFFF).contains(unit) else { throw FileProblem(line: line, reason: Self.unpairedSurrogateReason) }
            highSurrogate = nil
            let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
            out.append(UInt8(0xF0 | (value >> 18)))
            out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
            return
        }
        switch unit {
        case 0..<0x80:
            if unit == 0x0A { line += 1 }
            out.append(UInt8(unit))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (unit >> 6)))
            out.append(UInt8(0x80 | (unit & 0x3F)))
        case 0xD800...0xDBFF:
            highSurrogate = unit
        case 0xDC00...0xDFFF:
            throw FileProblem(line: line, reason: Self.unpairedSurrogateReason)
        default:
            out.append(UInt8(0xE0 | (unit >> 12)))
            out.append(UInt8(0x80 | ((unit >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (unit & 0x3F)))
        }
    }
}
