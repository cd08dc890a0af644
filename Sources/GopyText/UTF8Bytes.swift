/// Decoding and encoding single scalars on UTF-8 bytes, for the byte loops of this module.
enum UTF8Bytes {
    /// The scalar starting at `i` in well-formed UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[i]
        let length = max(1, min(UTF8Validation.sequenceLength(lead: lead), bytes.count - i))
        var value: UInt32
        switch length {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        case 4: value = UInt32(lead & 0x07)
        default: return (Unicode.Scalar(lead < 0x80 ? lead : 0x3F), 1)
        }
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Appends a scalar's UTF-8.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (value >> 6)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (value >> 12)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (value >> 18)))
            out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// The scalars of well-formed UTF-8 bytes.
    static func scalars(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        Array(bytes).withUnsafeBufferPointer { buffer in
            var result: [Unicode.Scalar] = []
            var i = 0
            while i < buffer.count {
                let (scalar, length) = decode(buffer, at: i)
                result.append(scalar)
                i += length
            }
            return result
        }
    }
}
