/// Sorts 64-bit values by least-significant-digit radix sort (16-bit digits, passes where
/// every value has the same digit skipped): linear time for the millions of candidate pairs
/// and posting entries the clusterer sorts.
enum RadixSort {
    static func sort(_ values: inout [UInt64]) {
        let n = values.count
        guard n > 256 else {
            values.sort()
            return
        }
        var buffer = [UInt64](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 65536)
        var sourceIsValues = true
        for pass in 0..<4 {
            let shift = UInt64(pass * 16)
            // Skip a pass whose digit is the same everywhere.
            let first = (values[0] >> shift) & 0xFFFF
            var uniform = true
            let source = sourceIsValues ? values : buffer
            for v in source where (v >> shift) & 0xFFFF != first {
                uniform = false
                break
            }
            if uniform { continue }
            for i in 0..<65536 { counts[i] = 0 }
            for v in source { counts[Int((v >> shift) & 0xFFFF)] += 1 }
            var total = 0
            for i in 0..<65536 {
                let c = counts[i]
                counts[i] = total
                total += c
            }
            if sourceIsValues {
                buffer.withUnsafeMutableBufferPointer { out in
                    for v in values {
                        let d = Int((v >> shift) & 0xFFFF)
                        out[counts[d]] = v
                        counts[d] += 1
                    }
                }
            } else {
                values.withUnsafeMutableBufferPointer { out in
                    for v in buffer {
                        let d = Int((v >> shift) & 0xFFFF)
                        out[counts[d]] = v
                        counts[d] += 1
                    }
                }
            }
            sourceIsValues.toggle()
        }
        if !sourceIsValues { values = buffer }
    }
}
