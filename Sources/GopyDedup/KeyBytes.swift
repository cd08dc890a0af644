/// Fast reads of a string's UTF-8 bytes (native strings are contiguous: no copy).
enum KeyBytes {
    /// The number of syllables (space-separated runs) of a key.
    static func syllables(_ key: String) -> Int {
        var key = key
        return key.withUTF8 { syllables($0) }
    }

    /// The number of syllables (space-separated runs) of a key's bytes: the bytes that are not
    /// a space and follow a space (or start the key), counted eight at a time.
    static func syllables(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = bytes.count
        guard n > 0 else { return 0 }
        let raw = UnsafeRawBufferPointer(bytes)
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, high: UInt64 = 0x8080_8080_8080_8080
        var count = 0
        var previousWord: UInt64 = 0  // the byte before the key counts as a space
        var i = 0
        while i + 8 <= n {
            // High bit of each byte: set where the byte is not a space (exactly: no carries
            // cross bytes).
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x2020_2020_2020_2020
            let notSpace = (((x & low7) &+ low7) | x) & high
            // Each byte's predecessor: the previous byte of this word, or the last of the last.
            let before = notSpace << 8 | previousWord >> 56
            count += (notSpace & ~before).nonzeroBitCount
            previousWord = notSpace
            i += 8
        }
        // The last bytes one by one, the byte before them known.
        return count + syllables(UnsafeBufferPointer(rebasing: bytes[i...]), upTo: .max, inWord: previousWord >> 63 != 0)
    }

    /// The number of syllables of a key's bytes, counted one byte at a time up to `limit` at
    /// most; `inWord`: whether the byte before them is part of a syllable.
    private static func syllables(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int, inWord: Bool = false) -> Int {
        var count = 0
        var inWord = inWord
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
        var b = b
        return b.withUTF8 { equal(a, $0) }
    }

    /// Whether a string's UTF-8 bytes are `bytes`.
    static func equal(_ a: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var a = a
        return a.withUTF8 { x in
            // The same storage (keys shared by the caller) needs no comparing.
            x.count == bytes.count && (x.count == 0 || x.baseAddress == bytes.baseAddress || equalBytes(x.baseAddress!, bytes.baseAddress!, x.count))
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
    /// `then(index)` where those are equal (then in index order). Each string's first 16 bytes
    /// are read as two big-endian integers (on `jobs` threads) and the indices radix-sorted by
    /// them; only runs that agree on those bytes are sorted by comparing the strings.
    static func order(_ count: Int, jobs: Int = 1, first: @Sendable (Int) -> String, then: @Sendable (Int) -> String) -> [Int32] {
        var entries = [OrderEntry](repeating: OrderEntry(high: 0, low: 0, index: 0), count: count)
        entries.withUnsafeMutableBufferPointer { entries in
            let out = SharedBuffer(entries)
            Parallel.forEachChunk(count, jobs: jobs, chunk: 4096) { range in
                for i in range {
                    let (high, low) = prefix(first(i))
                    out[i] = OrderEntry(high: high, low: low, index: Int32(i))
                }
            }
        }
        // By (high, low), stable: the less significant key first.
        RadixSort.sort(&entries) { $0.low }
        RadixSort.sort(&entries) { $0.high }
        var start = 0
        while start < count {
            var end = start + 1
            while end < count && entries[end].high == entries[start].high && entries[end].low == entries[start].low { end += 1 }
            if end - start > 1 {
                entries[start..<end].sort { a, b in
                    let x = first(Int(a.index)), y = first(Int(b.index))
                    if !equal(x, y) { return less(x, y) }
                    let u = then(Int(a.index)), v = then(Int(b.index))
                    if !equal(u, v) { return less(u, v) }
                    return a.index < b.index
                }
            }
            start = end
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
