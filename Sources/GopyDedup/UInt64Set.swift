/// A set of 64-bit hashes with open addressing: no per-process hash seed, no allocation per
/// element. Zero is stored apart (it marks empty slots).
struct UInt64Set: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private var hasZero = false
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @discardableResult
    mutating func insert(_ value: UInt64) -> Bool {
        if value == 0 {
            defer { hasZero = true }
            if !hasZero { count += 1 }
            return !hasZero
        }
        if (count + 1) * 2 > slots.count { grow() }
        var i = Int(truncatingIfNeeded: StableHash.mix(value)) & mask
        while true {
            let slot = slots[i]
            if slot == 0 {
                slots[i] = value
                count += 1
                return true
            }
            if slot == value { return false }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    func contains(_ value: UInt64) -> Bool {
        if value == 0 { return hasZero }
        var i = Int(truncatingIfNeeded: StableHash.mix(value)) & mask
        while true {
            let slot = slots[i]
            if slot == value { return true }
            if slot == 0 { return false }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        count = hasZero ? 1 : 0
        for value in old where value != 0 { insert(value) }
    }
}
