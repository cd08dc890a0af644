/// Counts per 64-bit hash, with open addressing (no per-process seed). Zero is kept apart.
struct UInt64Counter {
    private var keys: [UInt64]
    private var values: [Int]
    private var mask: Int
    private var zero = 0
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    mutating func add(_ key: UInt64, _ amount: Int) {
        if key == 0 {
            zero += amount
            return
        }
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: StableHash.mix(key)) & mask
        while true {
            if keys[i] == key {
                values[i] += amount
                return
            }
            if keys[i] == 0 {
                keys[i] = key
                values[i] = amount
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    subscript(key: UInt64) -> Int {
        if key == 0 { return zero }
        var i = Int(truncatingIfNeeded: StableHash.mix(key)) & mask
        while true {
            if keys[i] == key { return values[i] }
            if keys[i] == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 { add(key, value) }
    }
}
