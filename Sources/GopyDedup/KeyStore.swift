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

    /// Numbers the distinct keys of `key(0..<count)` on `jobs` threads. The strings are hashed
    /// in parallel and sorted by hash (a radix sort, stable: index order within a hash); within
    /// each run of equal hashes, each string is compared with the run's first (the others only
    /// when the hash collides), giving each string the first string with the same bytes. The
    /// keys are then numbered in the order of their first strings. Each string is read twice at
    /// most: to hash it, and (if an earlier string has its hash) to compare it; the result does
    /// not depend on the threads.
    /// Without `storing`, the store is left empty (when only the numbers are wanted).
    /// The strings are hashed in the order `visit` gives, if any (their order in memory);
    /// `hash` is for tests (a poor hash makes keys collide).
    static func number(
        _ count: Int, jobs: Int, storing: Bool = true, visit: [Int32]? = nil,
        hash: @Sendable (UnsafeBufferPointer<UInt8>) -> UInt64 = { StableHash.bytes($0) },
        key: @Sendable (Int) -> String
    ) -> Numbering {
        let hashes = StableHash.strings(count, jobs: jobs, visit: visit, hash: hash, key)
        var entries = (0..<count).map { HashedIndex(hash: hashes[$0], index: Int32($0)) }
        RadixSort.sort(&entries) { $0.hash }
        // Each string's first string with the same bytes, run by run of equal hashes: the
        // sorted entries are cut into one slice per thread at run boundaries.
        var firstOf = [Int32](repeating: 0, count: count)
        let slices = count < 1 << 14 ? 1 : max(1, jobs)
        var bounds = (0...slices).map { $0 * count / slices }
        for s in 1..<slices {
            var b = max(bounds[s], bounds[s - 1])
            while b > 0, b < count, entries[b].hash == entries[b - 1].hash { b += 1 }
            bounds[s] = b
        }
        let cuts = bounds, sorted = entries
        firstOf.withUnsafeMutableBufferPointer { firstOf in
            let out = SharedBuffer(firstOf)
            Parallel.forEachChunk(slices, jobs: slices, chunk: 1) { range in
                for s in range {
                    var e = cuts[s]
                    while e < cuts[s + 1] {
                        var end = e + 1
                        while end < cuts[s + 1] && sorted[end].hash == sorted[e].hash { end += 1 }
                        Self.firstStrings(sorted[e..<end], key: key, into: out)
                        e = end
                    }
                }
            }
        }
        entries = []
        // Numbers in the order of first strings.
        var numberOf = [Int32](repeating: 0, count: count)
        var first: [Int32] = []
        for i in 0..<count {
            let f = Int(firstOf[i])
            if f == i {
                numberOf[i] = Int32(first.count)
                first.append(Int32(i))
            } else {
                numberOf[i] = numberOf[f]
            }
        }
        var keys: [String] = []
        if storing {
            keys.reserveCapacity(first.count)
            for f in first { keys.append(key(Int(f))) }
        }
        return Numbering(numberOf: numberOf, first: first, store: KeyStore(keys: keys))
    }

    /// A string's index and its key's hash, sorted by hash.
    private struct HashedIndex {
        var hash: UInt64
        var index: Int32
    }

    /// Gives each string of one run of equal hashes (in index order) the first string with the
    /// same bytes: the run's first, unless the hash collides.
    private static func firstStrings(_ run: ArraySlice<HashedIndex>, key: (Int) -> String, into firstOf: SharedBuffer<Int32>) {
        let head = run[run.startIndex].index
        firstOf[Int(head)] = head
        guard run.count > 1 else { return }
        var distinct = [(first: Int32, key: String)]()
        distinct.append((head, key(Int(head))))
        for entry in run.dropFirst() {
            var text = key(Int(entry.index))
            let known = text.withUTF8 { bytes in
                distinct.firstIndex { KeyBytes.equal($0.key, bytes) }
            }
            if let known {
                firstOf[Int(entry.index)] = distinct[known].first
            } else {
                firstOf[Int(entry.index)] = entry.index
                distinct.append((entry.index, text))
            }
        }
    }
}
