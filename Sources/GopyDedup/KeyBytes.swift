/// Fast reads of a string's UTF-8 bytes (native strings are contiguous: no copy).
enum KeyBytes {
    /// The number of syllables (space-separated runs) of a key.
    static func syllables(_ key: String) -> Int {
        var key = key
        return key.withUTF8 { syllables($0) }
    }

    /// The number of syllables (space-separated runs) of a key's bytes.
    static func syllables(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        syllables(bytes, upTo: .max)
    }

    /// The number of syllables of a key's bytes, counted up to `limit` at most.
    private static func syllables(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return count }
            }
        }
        return count
    }

    /// Whether a key has at least `count` syllables (stops counting there).
    static func hasSyllables(_ key: String, atLeast count: Int) -> Bool {
        var key = key
        return key.withUTF8 { hasSyllables($0, atLeast: count) }
    }

    /// Whether a key's bytes hold at least `count` syllables (stops counting there).
    static func hasSyllables(_ bytes: UnsafeBufferPointer<UInt8>, atLeast count: Int) -> Bool {
        syllables(bytes, upTo: count) >= count
    }

    /// Whether two strings have the same UTF-8 bytes.
    static func equal(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && (x.count == 0 || equalBytes(x.baseAddress!, y.baseAddress!, x.count))
            }
        }
    }

    /// Byte order of two strings' UTF-8 (code-point order).
    static func less(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                for i in 0..<n where x[i] != y[i] { return x[i] < y[i] }
                return x.count < y.count
            }
        }
    }

    /// The indices `0..<count` in the UTF-8 byte order of `first(index)`, then of
    /// `then(index)` where those are equal. Sorted by their first 16 bytes (big-endian
    /// integers, cheap to compare), the strings themselves compared only where those agree;
    /// in `jobs` slices sorted in parallel, then merged.
    static func order(_ count: Int, jobs: Int = 1, first: @Sendable (Int) -> String, then: @Sendable (Int) -> String) -> [Int32] {
        var entries = [OrderEntry](repeating: OrderEntry(high: 0, low: 0, index: 0), count: count)
        let slices = count < 1 << 14 ? 1 : max(1, jobs)
        let bounds = (0...slices).map { $0 * count / slices }
        @Sendable func before(_ a: OrderEntry, _ b: OrderEntry) -> Bool {
            if a.high != b.high { return a.high < b.high }
            if a.low != b.low { return a.low < b.low }
            let x = first(Int(a.index)), y = first(Int(b.index))
            if !equal(x, y) { return less(x, y) }
            return less(then(Int(a.index)), then(Int(b.index)))
        }
        entries.withUnsafeMutableBufferPointer { entries in
            let out = SharedBuffer(entries)
            Parallel.forEachChunk(slices, jobs: slices, chunk: 1) { range in
                for s in range {
                    for i in bounds[s]..<bounds[s + 1] {
                        let (high, low) = prefix(first(i))
                        out[i] = OrderEntry(high: high, low: low, index: Int32(i))
                    }
                    var slice = UnsafeMutableBufferPointer(start: out.base + bounds[s], count: bounds[s + 1] - bounds[s])
                    slice.sort(by: before)
                }
            }
        }
        // Sorted slices merged pairwise, in rounds.
        var runs = (0..<slices).map { bounds[$0]..<bounds[$0 + 1] }
        var buffer = entries
        while runs.count > 1 {
            var next: [Range<Int>] = []
            var merges: [(Range<Int>, Range<Int>)] = []
            var r = 0
            while r < runs.count {
                if r + 1 < runs.count {
                    merges.append((runs[r], runs[r + 1]))
                    next.append(runs[r].lowerBound..<runs[r + 1].upperBound)
                } else {
                    merges.append((runs[r], runs[r].upperBound..<runs[r].upperBound))
                    next.append(runs[r])
                }
                r += 2
            }
            let work = merges
            entries.withUnsafeBufferPointer { source in
                buffer.withUnsafeMutableBufferPointer { target in
                    let source = UnsafeSendable(source), to = SharedBuffer(target)
                    Parallel.forEachChunk(work.count, jobs: jobs, chunk: 1) { range in
                        for m in range {
                            let (x, y) = work[m]
                            var i = x.lowerBound, j = y.lowerBound, k = x.lowerBound
                            while i < x.upperBound && j < y.upperBound {
                                if before(source.buffer[j], source.buffer[i]) {
                                    to[k] = source.buffer[j]
                                    j += 1
                                } else {
                                    to[k] = source.buffer[i]
                                    i += 1
                                }
                                k += 1
                            }
                            while i < x.upperBound {
                                to[k] = source.buffer[i]
                                i += 1
                                k += 1
                            }
                            while j < y.upperBound {
                                to[k] = source.buffer[j]
                                j += 1
                                k += 1
                            }
                        }
                    }
                }
            }
            swap(&entries, &buffer)
            runs = next
        }
        return entries.map(\.index)
    }

    /// An index with the first 16 bytes of its string.
    struct OrderEntry {
        var high: UInt64
        var low: UInt64
        var index: Int32
    }

    /// The first 16 UTF-8 bytes of a string as two big-endian integers (zeros after its end):
    /// their order is the strings' byte order, as far as those bytes go.
    @inline(__always)
    static func prefix(_ text: String) -> (UInt64, UInt64) {
        var text = text
        return text.withUTF8 { bytes in
            var high: UInt64 = 0, low: UInt64 = 0
            let n = min(bytes.count, 16)
            for i in 0..<n {
                if i < 8 { high |= UInt64(bytes[i]) << (56 - 8 * i) } else { low |= UInt64(bytes[i]) << (56 - 8 * (i - 8)) }
            }
            return (high, low)
        }
    }

    @inline(__always)
    static func equalBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i + 8 <= n {
            if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) { return false }
            i += 8
        }
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }
}
