/// Fixed, seeded 64-bit hashing: the same value for the same input in every process and on
/// every machine (unlike `hashValue` and `Hasher`, which are seeded per process).
/// Used for shingles, MinHash and LSH buckets; ids use ``GopyModel/StableID`` (SHA-256).
enum StableHash {
    /// The seed of shingle hashes. Changing it changes which pairs LSH proposes, never
    /// which pairs are verified similar.
    static let shingleSeed: UInt64 = 0x6A09_E667_F3BC_C908

    /// A bijective 64-bit finaliser (MurmurHash3's fmix64): every input bit affects every
    /// output bit.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return z ^ (z >> 33)
    }

    /// Combines a running hash with one more value (order-dependent).
    @inline(__always)
    static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        mix(hash ^ (value &+ 0x9E37_79B9_7F4A_7C15 &+ (hash << 6) &+ (hash >> 2)))
    }

    /// A hash of a string's UTF-8 bytes.
    static func string(_ text: String, seed: UInt64 = 0) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes($0, seed: seed) }
    }

    /// A hash of bytes (``string(_:seed:)`` of the string they encode).
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0) -> UInt64 {
        var hash = mix(seed ^ 0x243F_6A88_85A3_08D3)
        var i = 0
        let n = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= n {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            hash = (hash ^ word) &* 0x9FB2_1C65_1E98_DF25
            hash ^= hash >> 29
            i += 8
        }
        var word: UInt64 = 0
        while i < n {
            word = word << 8 | UInt64(bytes[i])
            i += 1
        }
        return mix(hash ^ word ^ UInt64(n) << 56)
    }

    /// ``string(_:seed:)`` of `count` strings (or another hash of their bytes), on `jobs` threads,
    /// visited in the order `visit` gives (the strings' order in memory, for instance), or in
    /// index order.
    static func strings(
        _ count: Int, jobs: Int, visit: [Int32]? = nil, hash: @Sendable (UnsafeBufferPointer<UInt8>) -> UInt64 = { bytes($0) },
        _ string: @Sendable (Int) -> String
    ) -> [UInt64] {
        precondition(visit == nil || visit!.count == count)
        var values = [UInt64](repeating: 0, count: count)
        values.withUnsafeMutableBufferPointer { values in
            let out = SharedBuffer(values)
            Parallel.forEachChunk(count, jobs: jobs, chunk: 4096) { range in
                for k in range {
                    let i = visit.map { Int($0[k]) } ?? k
                    var text = string(i)
                    out[i] = text.withUTF8(hash)
                }
            }
        }
        return values
    }
}
