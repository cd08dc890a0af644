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

    /// ``string(_:seed:)`` of `count` strings, on `jobs` threads; and, per shard (`shardOf` a
    /// hash and the number of shards), how many strings it has.
    static func strings(
        _ count: Int, jobs: Int, shards: Int = 1, shardOf: @Sendable (UInt64, Int) -> Int = { _, _ in 0 }, _ string: @Sendable (Int) -> String
    ) -> (values: [UInt64], strings: [Int]) {
        var values = [UInt64](repeating: 0, count: count)
        let chunk = 4096
        let chunks = (count + chunk - 1) / chunk
        var sizes = [Int](repeating: 0, count: chunks * shards)
        values.withUnsafeMutableBufferPointer { values in
            sizes.withUnsafeMutableBufferPointer { sizes in
                let out = SharedBuffer(values), totals = SharedBuffer(sizes)
                Parallel.forEachChunk(count, jobs: jobs, chunk: chunk) { range in
                    let row = range.lowerBound / chunk * shards
                    for i in range {
                        var text = string(i)
                        let hash = text.withUTF8 { Self.bytes($0) }
                        out[i] = hash
                        totals[row + shardOf(hash, shards)] += 1
                    }
                }
            }
        }
        var strings = [Int](repeating: 0, count: shards)
        for c in 0..<chunks {
            for s in 0..<shards { strings[s] += sizes[c * shards + s] }
        }
        return (values, strings)
    }
}
