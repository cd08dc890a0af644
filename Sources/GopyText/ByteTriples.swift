/// The flags of every byte of a text taken with the two bytes after it, gathered without a
/// branch per byte: what ``ByteSurvey`` and the display screen of ``TextNormalizer`` look for
/// (a byte that tells on its own, a pair such as `C3 B0`, a triple such as `E2 80 8B`).
///
/// One table entry per byte value packs three sets of flags: bits 0–15 the byte's flags as the
/// first of three bytes, bits 16–31 as the second, bits 32–47 as the third. A flag that needs
/// only the first byte is set for every byte as a second and a third, one that needs two bytes
/// for every byte as a third; a position's flags are what its three bytes have in common.
enum ByteTriples {
    /// Packs three tables of 256 flags (first, second, third) into entries.
    static func pack(first: [UInt16], second: [UInt16], third: [UInt16]) -> [UInt64] {
        (0..<256).map { UInt64(first[$0]) | UInt64(second[$0]) << 16 | UInt64(third[$0]) << 32 }
    }

    /// The flags found at any position of `bytes`. `pastEnd` stands for the bytes after the
    /// end (its flags as a first byte must be 0).
    @inline(__always)
    static func gather(_ bytes: UnsafeBufferPointer<UInt8>, _ entries: UnsafePointer<UInt64>, pastEnd: UInt64) -> UInt16 {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return 0 }
        var found: UInt64 = 0
        var e0 = entries[Int(base[0])]
        var e1 = count > 1 ? entries[Int(base[1])] : pastEnd
        var i = 2
        while i < count {
            let e2 = entries[Int(base[i])]
            found |= e0 & (e1 >> 16) & (e2 >> 32)
            e0 = e1
            e1 = e2
            i += 1
        }
        found |= e0 & (e1 >> 16) & (pastEnd >> 32)
        if count > 1 { found |= e1 & (pastEnd >> 16) & (pastEnd >> 32) }
        return UInt16(truncatingIfNeeded: found)
    }
}
