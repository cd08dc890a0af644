/// MinHash signatures by one-permutation hashing with optimal densification (Li, Owen and
/// Zhang 2012; Shrivastava 2017): each shingle's 64-bit hash (computed once, by
/// ``Shingler``) falls in one of `hashes` bins by its upper bits, and each bin keeps the
/// least lower 32 bits that fell in it. An empty bin borrows the value of the first non-empty
/// bin along its own fixed pseudo-random sequence of bins. Two sets agree in a bin with
/// probability their Jaccard similarity, as with `hashes` independent permutations, for one
/// hash per shingle instead of `hashes` (a few dozen multiplications per shingle measured 30
/// ns on this machine's baseline x86-64; this costs about 1).
struct MinHasher: Sendable {
    /// The most hashes (bins) a signature can have.
    static let maxHashes = 128

    let hashes: Int

    init(hashes: Int) {
        precondition(hashes > 0 && hashes <= Self.maxHashes)
        self.hashes = hashes
    }

    /// Writes the signature of `shingles` (at least one) into `signature` (`hashes` values).
    func signature(of shingles: UnsafeBufferPointer<UInt64>, into signature: UnsafeMutableBufferPointer<UInt32>) {
        let k = hashes
        let empty = UInt32.max
        for i in 0..<k { signature[i] = empty }
        // The least value per bin, without a branch (a conditional move: which shingles lower
        // a bin cannot be predicted).
        for shingle in shingles {
            let bin = Int(((shingle >> 32) &* UInt64(k)) >> 32)
            let value = UInt32(truncatingIfNeeded: shingle) & 0x7FFF_FFFF  // below `empty`
            signature[bin] = min(signature[bin], value)
        }
        var filled = 0
        for i in 0..<k where signature[i] != empty { filled += 1 }
        guard filled < k, filled > 0 else { return }
        // Densification: bins filled from the sets' own bins are read before any is borrowed.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: k) { borrowed in
        for i in 0..<k where signature[i] == empty {
            var attempt: UInt64 = 1
            while true {
                let j = Int(((StableHash.mix(UInt64(i) << 32 | attempt) >> 32) &* UInt64(k)) >> 32)
                if signature[j] != empty {
                    borrowed[i] = signature[j]
                    break
                }
                attempt += 1
            }
        }
        for i in 0..<k where signature[i] == empty { signature[i] = borrowed[i] }
        }
    }

    /// The bucket key of one band of a stored signature (its values' low 16 bits, as
    /// b-bit MinHash keeps them).
    @inline(__always)
    static func bandKey(_ signature: UnsafeBufferPointer<UInt16>, band: Int, rows: Int) -> UInt64 {
        var key: UInt64 = 0
        var hash = UInt64(band) &* 0xD6E8_FEB8_6659_FD93
        var filled = 0
        for row in 0..<rows {
            key = key << 16 | UInt64(signature[band * rows + row])
            filled += 1
            if filled == 4 {
                hash = StableHash.combine(hash, key)
                key = 0
                filled = 0
            }
        }
        if filled > 0 { hash = StableHash.combine(hash, key) }
        return hash
    }
}
