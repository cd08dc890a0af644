import GopyModel

/// The decoder a ``UTF8Transcoder`` keeps for a legacy encoding or for mojibake.
enum LegacyState {
    case none
    case windows1258(Windows1258Decoder)
    case tcvn3(TCVN3Decoder)
    case vni(VNIDecoder)
    case windows1258Mojibake(MojibakeDecoder<Windows1258Decoder>)
    case tcvn3Mojibake(MojibakeDecoder<TCVN3Decoder>)
    case vniMojibake(MojibakeDecoder<VNIDecoder>)
    case doubleUTF8(MojibakeDecoder<RecoveredUTF8Decoder>)

    init(_ encoding: TextEncoding) {
        switch encoding {
        case .utf8, .utf16LE, .utf16BE: self = .none
        case .windows1258: self = .windows1258(Windows1258Decoder())
        case .tcvn3: self = .tcvn3(TCVN3Decoder())
        case .vni: self = .vni(VNIDecoder())
        case .windows1258Mojibake: self = .windows1258Mojibake(MojibakeDecoder(inner: Windows1258Decoder()))
        case .tcvn3Mojibake: self = .tcvn3Mojibake(MojibakeDecoder(inner: TCVN3Decoder()))
        case .vniMojibake: self = .vniMojibake(MojibakeDecoder(inner: VNIDecoder()))
        case .doubleUTF8: self = .doubleUTF8(MojibakeDecoder(inner: RecoveredUTF8Decoder()))
        }
    }

    /// Decodes bytes of a single-byte legacy encoding, or well-formed UTF-8 of mojibake, into
    /// `sink`. Anything held back stays for the next call or ``flush(into:)``.
    mutating func decode<Sink: ScalarSink>(_ input: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        switch self {
        case .none:
            break
        case .windows1258(var decoder):
            decoder.decode(input, into: &sink)
            self = .windows1258(decoder)
        case .tcvn3(var decoder):
            decoder.decode(input, into: &sink)
            self = .tcvn3(decoder)
        case .vni(var decoder):
            decoder.decode(input, into: &sink)
            self = .vni(decoder)
        case .windows1258Mojibake(var decoder):
            decoder.decode(input, into: &sink)
            self = .windows1258Mojibake(decoder)
        case .tcvn3Mojibake(var decoder):
            decoder.decode(input, into: &sink)
            self = .tcvn3Mojibake(decoder)
        case .vniMojibake(var decoder):
            decoder.decode(input, into: &sink)
            self = .vniMojibake(decoder)
        case .doubleUTF8(var decoder):
            decoder.decode(input, into: &sink)
            self = .doubleUTF8(decoder)
        }
    }

    /// Puts out whatever the decoder holds back.
    mutating func flush<Sink: ScalarSink>(into sink: inout Sink) {
        switch self {
        case .none:
            break
        case .windows1258(var decoder):
            decoder.flush(into: &sink)
            self = .windows1258(decoder)
        case .tcvn3(var decoder):
            decoder.flush(into: &sink)
            self = .tcvn3(decoder)
        case .vni(var decoder):
            decoder.flush(into: &sink)
            self = .vni(decoder)
        case .windows1258Mojibake(var decoder):
            decoder.flush(into: &sink)
            self = .windows1258Mojibake(decoder)
        case .tcvn3Mojibake(var decoder):
            decoder.flush(into: &sink)
            self = .tcvn3Mojibake(decoder)
        case .vniMojibake(var decoder):
            decoder.flush(into: &sink)
            self = .vniMojibake(decoder)
        case .doubleUTF8(var decoder):
            decoder.flush(into: &sink)
            self = .doubleUTF8(decoder)
        }
    }
}

extension UTF8Transcoder {
    /// A single-byte legacy encoding: every byte decodes, so nothing fails.
    mutating func pushLegacy(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        decodeLegacy(input)
    }

    /// Mojibake: `valid` is well-formed UTF-8 from ``pushUTF8``.
    mutating func pushMojibake(_ valid: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        valid.isEmpty ? [] : decodeLegacy(valid)
    }

    /// Decodes into an array sized for the worst case: a byte never gives more than two
    /// scalars of two UTF-8 bytes each (a VNI mark on its own), and a held-back letter at most
    /// one more scalar.
    private mutating func decodeLegacy(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 4 * input.count + 8) { buffer, initialized in
            var sink = UnsafeUTF8Sink(buffer.baseAddress!)
            legacy.decode(input, into: &sink)
            initialized = sink.count
        }
    }

    /// The end of a legacy or mojibake file: what the decoder held back.
    mutating func finishLegacy() -> [UInt8] {
        var sink = UTF8Sink(capacity: 8)
        legacy.flush(into: &sink)
        return sink.bytes
    }

    /// Decodes a whole text held in memory (a file, or one field of a file) to UTF-8.
    ///
    /// - Throws: the ``FileProblem`` of ill-formed UTF-8 (for the encodings read as UTF-8)
    ///   or UTF-16.
    public static func decode(_ bytes: [UInt8], as encoding: TextEncoding, hasBOM: Bool = false) throws(FileProblem) -> [UInt8] {
        var transcoder = UTF8Transcoder(EncodingDetection(encoding: encoding, hasBOM: hasBOM, confidence: 1))
        var out = try transcoder.push(bytes)
        out += try transcoder.finish()
        return out
    }
}
