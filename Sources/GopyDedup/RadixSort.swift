/// Sorts by 64-bit keys by least-significant-digit radix sort (passes where every key has the
/// same digit skipped): linear time for the millions of candidate pairs, posting entries and
/// key hashes the clusterer sorts. Digits of 16 bits for large arrays, of 8 bits for smaller
/// ones (whose passes would otherwise go mostly to the 65,536 counters). Stable: elements with
/// equal keys keep their order.
enum RadixSort {
    static func sort(_ values: inout [UInt64]) {
        guard values.count > 256 else {
            values.sort()
            return
        }
        sort(&values) { $0 }
    }

    /// Sorts `values` by `key`; elements with equal keys keep their order.
    static func sort<Element>(_ values: inout [Element], key: (Element) -> UInt64) {
        let n = values.count
        guard n > 1 else { return }
        let digitBits = n >= 1 << 16 ? 16 : 8
        let buckets = 1 << digitBits
        let digitMask = UInt64(buckets - 1)
        // Which digits vary at all: bits where some key differs from the first.
        var varying: UInt64 = 0
        let first = key(values[0])
        for v in values { varying |= key(v) ^ first }
        guard varying != 0 else { return }
        var buffer = values
        var counts = [Int](repeating: 0, count: buckets)
        var sourceIsValues = true
        values.withUnsafeMutableBufferPointer { values in
            buffer.withUnsafeMutableBufferPointer { buffer in
                counts.withUnsafeMutableBufferPointer { counts in
                    for pass in 0..<(64 / digitBits) {
                        let shift = UInt64(pass * digitBits)
                        guard (varying >> shift) & digitMask != 0 else { continue }
                        let source = sourceIsValues ? values : buffer
                        let target = sourceIsValues ? buffer : values
                        for i in 0..<buckets { counts[i] = 0 }
                        for v in source { counts[Int((key(v) >> shift) & digitMask)] += 1 }
                        var total = 0
                        for i in 0..<buckets {
                            let c = counts[i]
                            counts[i] = total
                            total += c
                        }
                        for v in source {
                            let d = Int((key(v) >> shift) & digitMask)
                            target[counts[d]] = v
                            counts[d] += 1
                        }
                        sourceIsValues.toggle()
                    }
                }
            }
        }
        if !sourceIsValues { values = buffer }
    }

    /// The indices of `values` in ascending order of their values (equal values: in index
    /// order).
    static func order(of values: [Int32]) -> [Int32] {
        var entries = values.enumerated().map { UInt64(UInt32(bitPattern: $0.element)) << 32 | UInt64($0.offset) }
        sort(&entries)
        return entries.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
    }
}
