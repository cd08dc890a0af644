/// Numbers distinct strings in the order they are first added, comparing them by their UTF-8
/// bytes (not by Unicode canonical equivalence, which `String`'s hashing and `==` pay for:
/// matching keys are already NFC). Hashes are fixed (``StableHash``), never per process.
struct KeyTable {
    private var slots: [Int32]  // -1: empty; else an index into `keys`
    private var slotHashes: [UInt64]
    private var mask: Int
    private(set) var keys: [String] = []

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        slotHashes = Array(repeating: 0, count: size)
        mask = size - 1
        keys.reserveCapacity(capacity)
    }

    var count: Int { keys.count }

    /// The number of `key`, adding it if new; and whether it was new.
    mutating func add(_ key: String) -> (index: Int32, new: Bool) {
        let hash = StableHash.string(key)
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot < 0 {
                let index = Int32(keys.count)
                slots[i] = index
                slotHashes[i] = hash
                keys.append(key)
                if keys.count * 2 > slots.count { grow() }
                return (index, true)
            }
            if slotHashes[i] == hash && KeyBytes.equal(keys[Int(slot)], key) { return (slot, false) }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldSlots = slots, oldHashes = slotHashes
        slots = Array(repeating: -1, count: oldSlots.count * 2)
        slotHashes = Array(repeating: 0, count: oldSlots.count * 2)
        mask = slots.count - 1
        for (slot, hash) in zip(oldSlots, oldHashes) where slot >= 0 {
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = slot
            slotHashes[i] = hash
        }
    }
}
