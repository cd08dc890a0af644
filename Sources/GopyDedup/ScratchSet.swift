/// A reusable set of shingle hashes (already well mixed), emptied in constant time by
/// advancing a generation stamp: for comparing many small sets without sorting them.
/// Owned by one thread; its storage is raw memory, for speed.
final class ScratchSet {
    private var slots: UnsafeMutablePointer<UInt64>
    private var stamps: UnsafeMutablePointer<UInt32>
    private var size: Int
    private var generation: UInt32 = 1
    private var mask: Int
    private(set) var count = 0

    init() {
        size = 64
        mask = size - 1
        slots = .allocate(capacity: size)
        stamps = .allocate(capacity: size)
        stamps.initialize(repeating: 0, count: size)
        slots.initialize(repeating: 0, count: size)
    }

    deinit {
        slots.deallocate()
        stamps.deallocate()
    }

    /// Empties the set, making room for `capacity` elements.
    func reset(capacity: Int) {
        if capacity * 2 > size {
            slots.deallocate()
            stamps.deallocate()
            while size < capacity * 2 { size <<= 1 }
            mask = size - 1
            slots = .allocate(capacity: size)
            stamps = .allocate(capacity: size)
            stamps.initialize(repeating: 0, count: size)
            slots.initialize(repeating: 0, count: size)
            generation = 0
        }
        generation &+= 1
        if generation == 0 {
            stamps.update(repeating: 0, count: size)
            generation = 1
        }
        count = 0
    }

    /// Inserts `value`; false if it was there.
    @inline(__always)
    @discardableResult
    func insert(_ value: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: value >> 17) & mask
        while stamps[i] == generation {
            if slots[i] == value { return false }
            i = (i + 1) & mask
        }
        stamps[i] = generation
        slots[i] = value
        count += 1
        return true
    }

    @inline(__always)
    func contains(_ value: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: value >> 17) & mask
        while stamps[i] == generation {
            if slots[i] == value { return true }
            i = (i + 1) & mask
        }
        return false
    }
}
