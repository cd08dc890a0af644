/// Fast reads of a string's UTF-8 bytes (native strings are contiguous: no copy).
enum KeyBytes {
    /// The number of syllables (space-separated runs) of a key.
    static func syllables(_ key: String) -> Int {
        var key = key
        return key.withUTF8 { bytes in
            var count = 0
            var inWord = false
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether a key has at least `count` syllables (stops counting there).
    static func hasSyllables(_ key: String, atLeast count: Int) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            var found = 0
            var inWord = false
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    found += 1
                    if found >= count { return true }
                }
            }
            return found >= count
        }
    }

    /// Whether two strings have the same UTF-8 bytes.
    static func equal(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && (x.count == 0 || memcmpBytes(x.baseAddress!, y.baseAddress!, x.count))
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

    @inline(__always)
    private static func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
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
