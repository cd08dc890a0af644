/// A fixed 64-bit hash of a text's UTF-8 bytes (FNV-1a, then SplitMix64's finaliser): the
/// labels' group of a comment written fresh, so that comments written independently with the
/// same words fall in one group, on every machine.
enum TextHash {
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return SplitMix64.mix(hash)
    }

    /// "g" and 16 hexadecimal digits: how the labels write a group.
    static func label(_ group: UInt64) -> String {
        let hex = String(group, radix: 16)
        return "g" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
