/// Sorts 64-bit values by least-significant-digit radix sort (passes where every value has the
/// same digit skipped): linear time for the millions of candidate pairs and posting entries
/// the clusterer sorts. Digits of 16 bits for large arrays, of 8 bits for smaller ones (whose
/// passes would otherwise go mostly to the 65,536 counters); the standard sort below 256.
enum RadixSort {
    static func sort(_ values: inout [UInt64]) {
        let n = values.count
        guard n > 256 else {
            values.sort()
            return
        }
        if n >= 1 << 16 {
            sort(&values, digitBits: 16)
        } else {
            sort(&values, digitBits: 8)
        }
    }

    private static func sort(_ values: inout [UInt64], digitBits: Int) {
        let n = values.count
        let buckets = 1 << digitBits
        let digitMask = UInt64(buckets - 1)
        var buffer = [UInt64](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: buckets)
        // Which digits vary at all: bits where some value differs from the first.
        var varying: UInt64 = 0
        let first = values[0]
        for v in values { varying |= v ^ first }
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
                        for v in source { counts[Int((v >> shift) & digitMask)] += 1 }
                        var total = 0
                        for i in 0..<buckets {
                            let c = counts[i]
                            counts[i] = total
                            total += c
                        }
                        for v in source {
                            let d = Int((v >> shift) & digitMask)
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
}
