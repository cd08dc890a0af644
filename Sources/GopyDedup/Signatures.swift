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

    /// What to sign for an item: its key and how to shingle it; nil for an item compared by
    /// its key alone.
    typealias Source = (key: String, folded: Bool, unit: ShingleUnit)

    /// Signs items `0..<count` on `jobs` threads.
    init(
        count: Int, hasher: MinHasher, jobs: Int, mask: QuotationMask?, minSyllables: Int,
        source: @Sendable (Int) -> Source?
    ) {
        let hashes = hasher.hashes
        self.hashes = hashes
        values = [UInt16](repeating: 0, count: count * hashes)
        present = [Bool](repeating: false, count: count)
        values.withUnsafeMutableBufferPointer { values in
            present.withUnsafeMutableBufferPointer { present in
                let out = SharedBuffer(values), flags = SharedBuffer(present)
                Parallel.forEachChunk(count, jobs: jobs) { range in
                    var maker = ShingleSets(mask: mask, minSyllables: minSyllables)
                    var signature = [UInt32](repeating: 0, count: hashes)
                    for i in range {
                        guard let (key, folded, unit) = source(i) else { continue }
                        let signed: Bool? = maker.withShingles(key, folded: folded, unit: unit) { shingles in
                            signature.withUnsafeMutableBufferPointer { hasher.signature(of: shingles, into: $0) }
                            return true
                        }
                        guard signed != nil else { continue }
                        for h in 0..<hashes { out[i * hashes + h] = UInt16(truncatingIfNeeded: signature[h]) }
                        flags[i] = true
                    }
                }
            }
        }
    }

    /// The share of equal values among the first `first` of two signatures: an estimate of
    /// the Jaccard similarity of the two shingle sets.
    func estimate(_ a: Int, _ b: Int, first: Int) -> Double {
        values.withUnsafeBufferPointer { v in
            var equal = 0
            let x = a * hashes, y = b * hashes
            for h in 0..<first where v[x + h] == v[y + h] { equal += 1 }
            return Double(equal) / Double(first)
        }
    }

    /// Pairs of items (smaller first, encoded `a << 32 | b`) that share a band of `lsh`
    /// (over the first `lsh.hashes` values), each item linked to its bucket's first two
    /// members only, whose signatures estimate a Jaccard similarity of at least `floor` (over
    /// all values), and that `keep` accepts; sorted, without repeats. The work is spread over
    /// `jobs` threads; the result does not depend on how.
    func candidatePairs(_ lsh: LSHParameters, floor: Double, jobs: Int, keep: @Sendable (Int, Int) -> Bool) -> [UInt64] {
        precondition(lsh.hashes <= hashes)
        let workers = max(1, min(jobs, lsh.bands))
        var perWorker = [[UInt64]](repeating: [], count: workers)
        perWorker.withUnsafeMutableBufferPointer { perWorker in
            let out = SharedBuffer(perWorker)
            Parallel.forEachChunk(workers, jobs: workers, chunk: 1) { range in
                for w in range {
                    var pairs: [UInt64] = []
                    var table = BucketTable(capacity: count)
                    // Repeats are dropped whenever the list has grown much (pairs found in
                    // many bands are stored once): memory stays near the distinct pairs.
                    var compactAt = 4 * count
                    values.withUnsafeBufferPointer { values in
                        for band in stride(from: w, to: lsh.bands, by: workers) {
                            table.removeAll()
                            for i in 0..<count where present[i] {
                                let signature = UnsafeBufferPointer(rebasing: values[i * hashes..<(i + 1) * hashes])
                                let (first, second) = table.add(Int32(i), key: MinHasher.bandKey(signature, band: band, rows: lsh.rows))
                                if first >= 0 { pairs.append(UInt64(first) << 32 | UInt64(i)) }
                                if second >= 0 { pairs.append(UInt64(second) << 32 | UInt64(i)) }
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

        // Then the estimate and `keep`, in parallel.
        let minEqual = Int((floor * Double(hashes)).rounded(.up))
        var accepted = [Bool](repeating: false, count: pairs.count)
        let candidates = pairs
        accepted.withUnsafeMutableBufferPointer { accepted in
            let out = SharedBuffer(accepted)
            Parallel.forEachChunk(candidates.count, jobs: jobs, chunk: 4096) { range in
                values.withUnsafeBufferPointer { values in
                    for k in range {
                        let a = Int(candidates[k] >> 32), b = Int(candidates[k] & 0xFFFF_FFFF)
                        var equal = 0
                        let x = a * hashes, y = b * hashes
                        for h in 0..<hashes where values[x + h] == values[y + h] { equal += 1 }
                        out[k] = equal >= minEqual && keep(a, b)
                    }
                }
            }
        }
        var write = 0
        for read in pairs.indices where accepted[read] {
            pairs[write] = pairs[read]
            write += 1
        }
        pairs.removeLast(pairs.count - write)
        return pairs
    }

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
