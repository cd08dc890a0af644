/// MinHash signatures of many comments, kept as the low 16 bits of each value (b-bit
/// MinHash: two different minima agree by chance once in 65,536), and the LSH candidate pairs
/// they give.
struct Signatures {
    let hashes: Int
    /// `hashes` values per item.
    private(set) var values: [UInt16]
    /// Whether each item has a signature (it has shingles to compare).
    private(set) var present: [Bool]

    var count: Int { present.count }

    /// What to sign for an item: its key (a text in the store) and how to shingle it; nil for
    /// an item compared by its key alone.
    typealias Source = (text: Int, folded: Bool, unit: ShingleUnit)

    private init(hashes: Int, values: [UInt16], present: [Bool]) {
        self.hashes = hashes
        self.values = values
        self.present = present
    }

    /// Signs items `0..<count` on `jobs` threads.
    init(
        count: Int, keys: KeyStore, hasher: MinHasher, jobs: Int, mask: QuotationMask?, minSyllables: Int,
        source: @Sendable (Int) -> Source?
    ) {
        self = Self.sign(count: count, keys: keys, hasher: hasher, jobs: jobs, mask: mask, minSyllables: minSyllables, source: source).0
    }

    /// Signs items `0..<count` on `jobs` threads; the items that `second.rows` gives a row (not
    /// -1) are signed a second time, on shingles of the second unit of the same loaded key,
    /// into that row of the second set: one decoding and masking of the key for both. Items
    /// are visited in the order `visit` gives (their keys' order in memory), if any.
    static func sign(
        count: Int, keys: KeyStore, hasher: MinHasher, jobs: Int, mask: QuotationMask?, minSyllables: Int,
        visit: [Int32]? = nil, source: @Sendable (Int) -> Source?, second: (unit: ShingleUnit, rows: [Int32], count: Int)? = nil
    ) -> (Signatures, Signatures?) {
        precondition(visit == nil || visit!.count == count)
        let hashes = hasher.hashes
        var values = [UInt16](repeating: 0, count: count * hashes)
        var present = [Bool](repeating: false, count: count)
        var values2 = [UInt16](repeating: 0, count: (second?.count ?? 0) * hashes)
        var present2 = [Bool](repeating: false, count: second?.count ?? 0)
        values.withUnsafeMutableBufferPointer { values in
            present.withUnsafeMutableBufferPointer { present in
                values2.withUnsafeMutableBufferPointer { values2 in
                    present2.withUnsafeMutableBufferPointer { present2 in
                        let out = SharedBuffer(values), flags = SharedBuffer(present)
                        let out2 = second == nil ? nil : SharedBuffer(values2), flags2 = second == nil ? nil : SharedBuffer(present2)
                        Parallel.forEachChunk(count, jobs: jobs) { range in
                            var maker = ShingleSets(mask: mask, minSyllables: minSyllables)
                            var signature = [UInt32](repeating: 0, count: hashes)
                            /// Signs the loaded key's shingles of `unit` into row `i` of `out`.
                            func sign(_ unit: ShingleUnit, _ i: Int, _ out: SharedBuffer<UInt16>, _ flags: SharedBuffer<Bool>) {
                                let signed: Bool? = maker.withLoadedShingles(unit) { shingles in
                                    signature.withUnsafeMutableBufferPointer { hasher.signature(of: shingles, into: $0) }
                                    return true
                                }
                                guard signed != nil else { return }
                                for h in 0..<hashes { out[i * hashes + h] = UInt16(truncatingIfNeeded: signature[h]) }
                                flags[i] = true
                            }
                            for k in range {
                                let i = visit.map { Int($0[k]) } ?? k
                                guard let (text, folded, unit) = source(i), keys.withKey(text, { maker.loadKey($0, folded: folded) }) else { continue }
                                sign(unit, i, out, flags)
                                if let second, let out2, let flags2, second.rows[i] >= 0 { sign(second.unit, Int(second.rows[i]), out2, flags2) }
                            }
                        }
                    }
                }
            }
        }
        return (
            Signatures(hashes: hashes, values: values, present: present),
            second == nil ? nil : Signatures(hashes: hashes, values: values2, present: present2)
        )
    }

    /// The signatures of some items (`rows`), in that order: a row -1 has none.
    func selecting(_ rows: [Int]) -> Signatures {
        var values = [UInt16](repeating: 0, count: rows.count * hashes)
        var present = [Bool](repeating: false, count: rows.count)
        for (i, row) in rows.enumerated() where row >= 0 && self.present[row] {
            present[i] = true
            for h in 0..<hashes { values[i * hashes + h] = self.values[row * hashes + h] }
        }
        return Signatures(hashes: hashes, values: values, present: present)
    }

    /// The share of equal values among the first `first` of two signatures: an estimate of
    /// the Jaccard similarity of the two shingle sets.
    func estimate(_ a: Int, _ b: Int, first: Int) -> Double {
        values.withUnsafeBufferPointer { v in
            Double(Self.equalValues(v.baseAddress! + a * hashes, v.baseAddress! + b * hashes, count: first)) / Double(first)
        }
    }

    /// How many of the first `count` values of two signatures are equal: eight values at a
    /// time (vector compares, their all-ones lanes subtracted from per-lane counters).
    @inline(__always)
    static func equalValues(_ x: UnsafePointer<UInt16>, _ y: UnsafePointer<UInt16>, count: Int) -> Int {
        var lanes = SIMD8<Int16>()
        var h = 0
        let rx = UnsafeRawPointer(x), ry = UnsafeRawPointer(y)
        while h + 8 <= count {
            let a = rx.loadUnaligned(fromByteOffset: 2 * h, as: SIMD8<UInt16>.self)
            let b = ry.loadUnaligned(fromByteOffset: 2 * h, as: SIMD8<UInt16>.self)
            // A true lane of the mask is all ones (-1).
            lanes &-= unsafeBitCast(a .== b, to: SIMD8<Int16>.self)
            h += 8
        }
        var equal = Int(lanes.wrappedSum())
        while h < count {
            if x[h] == y[h] { equal += 1 }
            h += 1
        }
        return equal
    }

    /// Pairs of items (smaller first, encoded `a << 32 | b`) that share a band of `lsh`
    /// (over the first `lsh.hashes` values), each item linked to its bucket's first two
    /// members only, whose signatures estimate a Jaccard similarity of at least `floor` (over
    /// all values), and that `keep` accepts; sorted, without repeats. The bands are spread
    /// over `jobs` threads; the result does not depend on how.
    ///
    /// Each band's items are first split by the upper bits of their bucket key into parts small
    /// enough for their bucket table to stay in cache (an item's bucket lies in one part, and
    /// each part keeps the items in order, so the first two members of a bucket are those of
    /// the whole band). A band's pairs are then sorted and estimated, the first item's
    /// signature read in order; only those kept are stored.
    func candidatePairs(
        _ lsh: LSHParameters, floor: Double, jobs: Int, itemsPerPart: Int = Signatures.itemsPerPart, keep: @Sendable (Int, Int) -> Bool
    ) -> [UInt64] {
        precondition(lsh.hashes <= hashes)
        let items = (0..<count).filter { present[$0] }
        guard items.count > 1 else { return [] }
        let hashes = hashes
        let minEqual = Int((floor * Double(hashes)).rounded(.up))
        var bits = 0
        while items.count >> bits > itemsPerPart && bits < 12 { bits += 1 }
        let partBits = bits
        let workers = max(1, min(jobs, lsh.bands))
        var perWorker = [[UInt64]](repeating: [], count: workers)
        perWorker.withUnsafeMutableBufferPointer { perWorker in
            let out = SharedBuffer(perWorker)
            Parallel.forEachChunk(workers, jobs: workers, chunk: 1) { range in
                for w in range {
                    var pairs: [UInt64] = []
                    var bandPairs: [UInt64] = []
                    // Repeats are dropped whenever the list has grown much (pairs found in
                    // many bands are stored once): memory stays near the distinct pairs.
                    var compactAt = max(1 << 16, items.count)
                    var keys = [UInt64](repeating: 0, count: items.count)
                    var parted = [(key: UInt64, item: Int32)](repeating: (0, 0), count: items.count)
                    var partStart = [Int](repeating: 0, count: (1 << partBits) + 1)
                    var table = BucketTable(capacity: 0)
                    values.withUnsafeBufferPointer { values in
                        let base = values.baseAddress!
                        for band in stride(from: w, to: lsh.bands, by: workers) {
                            // Bucket keys, and each item's part (upper bits of its key).
                            for i in 0..<(1 << partBits) + 1 { partStart[i] = 0 }
                            for (k, item) in items.enumerated() {
                                let key = MinHasher.bandKey(UnsafeBufferPointer(start: base + item * hashes, count: hashes), band: band, rows: lsh.rows)
                                keys[k] = key
                                partStart[Self.part(key, partBits) + 1] += 1
                            }
                            var largest = 0
                            for p in 0..<(1 << partBits) {
                                largest = max(largest, partStart[p + 1])
                                partStart[p + 1] += partStart[p]
                            }
                            var fill = partStart
                            for (k, item) in items.enumerated() {
                                let p = Self.part(keys[k], partBits)
                                parted[fill[p]] = (keys[k], Int32(item))
                                fill[p] += 1
                            }
                            table.reserve(capacity: largest)
                            bandPairs.removeAll(keepingCapacity: true)
                            for p in 0..<(1 << partBits) where partStart[p + 1] - partStart[p] > 1 {
                                table.removeAll()
                                for e in partStart[p]..<partStart[p + 1] {
                                    let (key, item) = parted[e]
                                    let (first, second) = table.add(item, key: key)
                                    if first >= 0 { bandPairs.append(UInt64(first) << 32 | UInt64(item)) }
                                    if second >= 0 { bandPairs.append(UInt64(second) << 32 | UInt64(item)) }
                                }
                            }
                            // The band's pairs, estimated in order.
                            Self.sortAndDropRepeats(&bandPairs)
                            for pair in bandPairs {
                                let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
                                if Self.equalValues(base + a * hashes, base + b * hashes, count: hashes) >= minEqual, keep(a, b) {
                                    pairs.append(pair)
                                }
                            }
                            if pairs.count > compactAt {
                                Self.sortAndDropRepeats(&pairs)
                                compactAt = max(compactAt, 2 * pairs.count)
                            }
                        }
                    }
                    out[w] = pairs
                }
            }
        }
        var pairs = perWorker.count == 1 ? perWorker[0] : perWorker.flatMap { $0 }
        perWorker = []
        Self.sortAndDropRepeats(&pairs)
        return pairs
    }

    /// Items per part of a band, about: their bucket table (16 bytes a slot, half full) then
    /// fits in a core's cache.
    static let itemsPerPart = 8192

    @inline(__always)
    private static func part(_ key: UInt64, _ bits: Int) -> Int { bits == 0 ? 0 : Int(key >> UInt64(64 - bits)) }

    static func sortAndDropRepeats(_ pairs: inout [UInt64]) {
        RadixSort.sort(&pairs)
        var write = 0
        for read in pairs.indices where read == 0 || pairs[read] != pairs[read - 1] {
            pairs[write] = pairs[read]
            write += 1
        }
        pairs.removeLast(pairs.count - write)
    }
}
