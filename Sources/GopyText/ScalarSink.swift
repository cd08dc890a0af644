/// Where the decoders of this module put the scalars they decode: UTF-8 output, or the
/// syllable scorer of ``EncodingDetector``. Scalars are passed as their values, always valid.
protocol ScalarSink {
    mutating func put(_ scalar: UInt32)
}

/// A ``ScalarSink`` that writes UTF-8.
struct UTF8Sink: ScalarSink {
    var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func put(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(truncatingIfNeeded: value))
        case 0x80..<0x800:
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | (value >> 6)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | (value >> 12)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | (value >> 18)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        }
    }
}

/// A ``ScalarSink`` that writes UTF-8 into memory the caller has made room in: at least 4
/// bytes for each scalar it will receive.
struct UnsafeUTF8Sink: ScalarSink {
    let base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0

    init(_ base: UnsafeMutablePointer<UInt8>) {
        self.base = base
    }

    @inline(__always)
    mutating func put(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            base[count] = UInt8(truncatingIfNeeded: value)
            count += 1
        case 0x80..<0x800:
            base[count] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
            base[count + 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            count += 2
        case 0x800..<0x10000:
            base[count] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
            base[count + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
            base[count + 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            count += 3
        default:
            base[count] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
            base[count + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
            base[count + 2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
            base[count + 3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
            count += 4
        }
    }
}
