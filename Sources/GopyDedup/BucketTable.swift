/// One LSH band's buckets, keyed by the band's 64-bit key, each remembering its first two
/// members (its leaders). A comment added to a bucket is linked to the leaders only, so a
/// bucket of any size costs at most two candidate pairs per member: linear, even inside a
/// campaign of a million copies.
struct BucketTable {
    private struct Slot {
        var key: UInt64 = 0
        var first: Int32 = -1  // -1: empty
        var second: Int32 = -1
    }

    private var slots: [Slot]
    private var mask: Int
    /// The slots filled since the table was last emptied.
    private var used: [Int32] = []

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    /// Makes room for `capacity` buckets (emptying the table when it grows).
    mutating func reserve(capacity: Int) {
        guard capacity * 2 > slots.count else { return }
        var size = slots.count
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
        used.removeAll(keepingCapacity: true)
    }

    /// Empties the table, keeping its memory: only the slots used are cleared.
    mutating func removeAll() {
        let used = used
        slots.withUnsafeMutableBufferPointer { slots in
            for i in used { slots[Int(i)] = Slot() }
        }
        self.used.removeAll(keepingCapacity: true)
    }

    /// Adds `item` to the bucket of `key` and returns the bucket's leaders before it came
    /// (-1 where there is none).
    @inline(__always)
    mutating func add(_ item: Int32, key: UInt64) -> (Int32, Int32) {
        let mask = mask
        return slots.withUnsafeMutableBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key >> 20) & mask
            while true {
                let slot = slots[i]
                if slot.first < 0 {
                    slots[i] = Slot(key: key, first: item, second: -1)
                    used.append(Int32(i))
                    return (-1, -1)
                }
                if slot.key == key {
                    if slot.second < 0 { slots[i].second = item }
                    return (slot.first, slot.second)
                }
                i = (i + 1) & mask
            }
        }
    }
}
