import Crypto

/// Ids derived from content with SHA-256, so that the same input gives the same id on
/// every run, on every machine (never from `hashValue` or from input order).
public enum StableID {
    /// `prefix` + "-" + the first `length` hex digits of SHA-256 over the parts, each part
    /// followed by a unit separator (U+001F) so that ("ab", "c") and ("a", "bc") differ.
    public static func make(_ prefix: String, _ parts: [String], length: Int = 16) -> String {
        var hasher = SHA256()
        for part in parts {
            var part = part
            part.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
            withUnsafeBytes(of: Self.separator) { hasher.update(bufferPointer: $0) }
        }
        let digest = hasher.finalize()
        // prefix, "-", then the first `length` hex digits, written once.
        var prefix = prefix
        let digits = min(length, 2 * SHA256.byteCount)
        return prefix.withUTF8 { head in
            String(unsafeUninitializedCapacity: head.count + 1 + digits) { out in
                var n = 0
                for byte in head {
                    out[n] = byte
                    n += 1
                }
                out[n] = UInt8(ascii: "-")
                n += 1
                digest.withUnsafeBytes { bytes in
                    for i in 0..<digits {
                        let byte = bytes[i / 2]
                        out[n] = Self.hexDigit(i % 2 == 0 ? byte >> 4 : byte & 0x0F)
                        n += 1
                    }
                }
                return n
            }
        }
    }

    private static let separator: UInt8 = 0x1F

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Lower-case hex of a digest or any bytes.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Hex SHA-256 of some bytes.
    public static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }
}

/// SHA-256 computed over chunks as they are read.
public struct StreamingSHA256 {
    private var hasher = SHA256()

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    /// The hex digest; the value is spent afterwards.
    public consuming func finalize() -> String {
        StableID.hex(hasher.finalize())
    }
}
