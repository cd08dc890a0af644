/// A partition's distinct keys, read by many threads in any order. Each key is lent as its
/// UTF-8 bytes for the length of a call (``withKey(_:_:)``): the strings themselves are kept
/// (not a copy of their bytes, which would cost as much memory again as the keys take).
/// Made by ``number(_:jobs:key:)``, then read only.
final class KeyStore: @unchecked Sendable {
    private let keys: [String]

    private init(keys: [String]) {
        self.keys = keys
    }

    var count: Int { keys.count }

    /// Calls `body` with key `t`'s UTF-8 bytes.
    @inline(__always)
    func withKey<R>(_ t: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = keys[t].utf8.withContiguousStorageIfAvailable(body) { return result }
        var key = keys[t]
        return key.withUTF8(body)
    }

    /// Key `t`.
    func string(_ t: Int) -> String { keys[t] }

    /// Distinct keys among `count` strings, numbered in the order of their first occurrence,
    /// compared by their UTF-8 bytes (matching keys are already NFC: `String`'s canonical
    /// equivalence is not needed), with fixed hashes (``StableHash``).
    struct Numbering {
        /// Per string: its key's number.
        var numberOf: [Int32]
        /// Per key: the first string that has it.
        var first: [Int32]
        /// The keys.
        var store: KeyStore
    }

    /// Numbers the distinct keys of `key(0..<count)` on `jobs` threads: the strings are hashed
    /// in parallel, then split by hash into one shard per thread, each numbering its own keys
    /// in string order; the shards' numbers are then merged in the order of the keys' first
    /// strings, so the result does not depend on the threads.
    /// Without `storing`, the store is left empty (when only the numbers are wanted).
    static func number(_ count: Int, jobs: Int, storing: Bool = true, key: @Sendable (Int) -> String) -> Numbering {
        let shards = max(1, min(jobs, 64))
        let hashes = StableHash.strings(count, jobs: jobs, shards: shards, shardOf: Self.shard, key)
        var localOf = [Int32](repeating: 0, count: count)
        var tables = [Table?](repeating: nil, count: shards)
        localOf.withUnsafeMutableBufferPointer { localOf in
            tables.withUnsafeMutableBufferPointer { tables in
                let local = SharedBuffer(localOf), out = SharedBuffer(tables)
                Parallel.forEachChunk(shards, jobs: shards, chunk: 1) { range in
                    for s in range {
                        let table = Table(keys: hashes.strings[s])
                        hashes.values.withUnsafeBufferPointer { values in
                            for i in 0..<count where Self.shard(values[i], shards) == s {
                                var text = key(i)
                                local[i] = text.withUTF8 { table.add($0, hash: values[i], at: Int32(i), key: key) }
                            }
                        }
                        out[s] = table
                    }
                }
            }
        }
        // Numbers in the order of first strings: a merge of the shards' lists, each in order.
        let tablesDone = tables.map { $0! }
        let total = tablesDone.reduce(0) { $0 + $1.count }
        var first = [Int32](repeating: 0, count: total)
        var numberOfLocal = tablesDone.map { [Int32](repeating: 0, count: $0.count) }
        var next = [Int](repeating: 0, count: shards)
        var keys: [String] = []
        keys.reserveCapacity(total)
        for t in 0..<total {
            var best = -1
            var bestFirst = Int32.max
            for s in 0..<shards where next[s] < tablesDone[s].count {
                let f = tablesDone[s].firstString(next[s])
                if f < bestFirst {
                    bestFirst = f
                    best = s
                }
            }
            let l = next[best]
            numberOfLocal[best][l] = Int32(t)
            first[t] = bestFirst
            if storing { keys.append(key(Int(bestFirst))) }
            next[best] += 1
        }
        var numberOf = localOf
        let numbering = numberOfLocal
        numberOf.withUnsafeMutableBufferPointer { numberOf in
            let out = SharedBuffer(numberOf)
            Parallel.forEachChunk(count, jobs: jobs, chunk: 8192) { range in
                hashes.values.withUnsafeBufferPointer { values in
                    for i in range { out[i] = numbering[Self.shard(values[i], shards)][Int(out[i])] }
                }
            }
        }
        return Numbering(numberOf: numberOf, first: first, store: KeyStore(keys: keys))
    }

    @inline(__always)
    private static func shard(_ hash: UInt64, _ shards: Int) -> Int { shards == 1 ? 0 : Int((hash >> 40) % UInt64(shards)) }

    /// One shard's distinct keys: a hash table of their hashes and first strings.
    private final class Table {
        private var firsts: [Int32] = []
        private var slots: [Int32]  // -1: empty; else a local number
        private var slotHashes: [UInt64]
        private let mask: Int

        var count: Int { firsts.count }

        /// - Parameter keys: at most this many keys.
        init(keys: Int) {
            var size = 16
            while size < keys * 2 { size <<= 1 }
            slots = Array(repeating: -1, count: size)
            slotHashes = Array(repeating: 0, count: size)
            mask = size - 1
            firsts.reserveCapacity(keys)
        }

        /// The local number of the key whose bytes are `bytes` and hash `hash`, first seen in
        /// string `string` if new (`key` gives the strings, to compare with).
        func add(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, at string: Int32, key: (Int) -> String) -> Int32 {
            var i = Int(truncatingIfNeeded: hash) & mask
            while true {
                let slot = slots[i]
                if slot < 0 {
                    let local = Int32(firsts.count)
                    slots[i] = local
                    slotHashes[i] = hash
                    firsts.append(string)
                    return local
                }
                if slotHashes[i] == hash {
                    var other = key(Int(firsts[Int(slot)]))
                    let same = other.withUTF8 { other in
                        other.count == bytes.count && (other.count == 0 || KeyBytes.equalBytes(other.baseAddress!, bytes.baseAddress!, other.count))
                    }
                    if same { return slot }
                }
                i = (i + 1) & mask
            }
        }

        func firstString(_ l: Int) -> Int32 { firsts[l] }
    }
}
