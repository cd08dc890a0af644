import Crypto

/// Ids derived from content with SHA-256, so that the same input gives the same id on
/// every run, on every machine (never from `hashValue` or from input order).
public enum StableID {
    /// `prefix` + "-" + the first `length` hex digits of SHA-256 over the parts, each part
    /// followed by a unit separator (U+001F) so that ("ab", "c") and ("a", "bc") differ.
    public static func make(_ prefix: String, _ parts: [String], length: Int = 16) -> String {
        var hasher = SHA256()
        for part in parts {
            hasher.update(data: Array(part.utf8))
            hasher.update(data: [0x1F])
        }
        return prefix + "-" + String(hex(hasher.finalize()).prefix(length))
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
