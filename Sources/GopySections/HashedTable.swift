/// A read-only table from 64-bit hashes to small values, by open addressing: a lookup is a
/// mask and, mostly, one comparison. Keys are already well-mixed hashes (``SyllableHash``),
/// so they index the table as they are; Swift's `Dictionary` would hash them again.
struct HashedTable<Value: Sendable>: Sendable {
    private let keys: [UInt64]
    private let values: [Value?]
    private let mask: Int

    /// A table of `entries` (a later entry for the same key wins).
    init(_ entries: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        let mask = capacity - 1
        for (key, value) in entries {
            let key = Self.stored(key)
            var slot = Self.slot(of: key, mask: mask)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    /// The value for `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let key = Self.stored(key)
        var slot = Self.slot(of: key, mask: mask)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// 0 marks an empty slot; the one key that hashes to it is stored as 1.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The high bits are the best mixed in FNV-1a and in ``SyllableHash/bigram(_:_:)``.
    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
