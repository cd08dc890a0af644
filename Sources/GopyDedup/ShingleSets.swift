/// Makes the shingle sets comments are compared by (without repeats, in no particular
/// order), masking what they quote from the draft; compares them. One per thread: it reuses
/// its buffers.
struct ShingleSets {
    private var shingler = Shingler()
    private let seen = ScratchSet()
    private let reference = ScratchSet()
    private let other = ScratchSet()
    let mask: QuotationMask?
    let minSyllables: Int

    init(mask: QuotationMask?, minSyllables: Int) {
        self.mask = mask
        self.minSyllables = minSyllables
    }

    /// Loads `key` (folded or not), masks quotations, and shingles what is left; false when
    /// fewer than `minSyllables` syllables are left, or no shingle: such a comment is compared
    /// by its key alone.
    private mutating func load(_ key: String, folded: Bool, unit: ShingleUnit) -> Bool {
        shingler.load(key, folded: folded)
        if let mask { shingler.mask(mask) }
        guard shingler.keptSyllableCount >= minSyllables else { return false }
        shingler.shingle(unit)
        return shingler.shingleCount > 0
    }

    /// Calls `body` with `key`'s shingle hashes in text order (repeats included); nil when
    /// the key is compared by itself alone.
    mutating func withShingles<R>(_ key: String, folded: Bool, unit: ShingleUnit, _ body: (UnsafeBufferPointer<UInt64>) -> R) -> R? {
        guard load(key, folded: folded, unit: unit) else { return nil }
        return shingler.withHashes(body)
    }

    /// The set of `key`'s shingles in `set`; false (and `set` empty) when the key is compared
    /// by itself alone.
    @discardableResult
    mutating func set(_ key: String, folded: Bool, unit: ShingleUnit, into set: inout [UInt64]) -> Bool {
        set.removeAll(keepingCapacity: true)
        guard load(key, folded: folded, unit: unit) else { return false }
        seen.reset(capacity: shingler.shingleCount)
        shingler.withHashes { hashes in
            for hash in hashes where seen.insert(hash) { set.append(hash) }
        }
        return true
    }

    /// Makes `key`'s shingles the reference (false when `key` is compared by itself alone).
    @discardableResult
    mutating func setReference(_ key: String, folded: Bool, unit: ShingleUnit) -> Bool {
        guard load(key, folded: folded, unit: unit) else {
            reference.reset(capacity: 0)
            return false
        }
        reference.reset(capacity: shingler.shingleCount)
        shingler.withHashes { hashes in
            for hash in hashes { reference.insert(hash) }
        }
        return true
    }

    /// Makes `set` (without repeats) the reference that ``shared(_:)`` compares with.
    mutating func setReference(_ set: [UInt64]) {
        reference.reset(capacity: set.count)
        for hash in set { reference.insert(hash) }
    }

    /// How many elements of `set` (without repeats) the reference holds.
    func shared(_ set: [UInt64]) -> Int {
        var count = 0
        for hash in set where reference.contains(hash) { count += 1 }
        return count
    }

    /// The reference's size.
    var referenceCount: Int { reference.count }

    /// How many of `key`'s shingles the reference holds, and how many it has (without
    /// repeats); nil when `key` is compared by itself alone.
    mutating func sharedWithReference(_ key: String, folded: Bool, unit: ShingleUnit) -> (shared: Int, size: Int)? {
        guard load(key, folded: folded, unit: unit) else { return nil }
        other.reset(capacity: shingler.shingleCount)
        var shared = 0
        shingler.withHashes { hashes in
            for hash in hashes where other.insert(hash) {
                if reference.contains(hash) { shared += 1 }
            }
        }
        return (shared, other.count)
    }

    /// Jaccard similarity of the reference and `key`'s shingles (nil when `key` is compared
    /// by itself alone).
    mutating func jaccardWithReference(_ key: String, folded: Bool, unit: ShingleUnit) -> Double? {
        guard load(key, folded: folded, unit: unit) else { return nil }
        other.reset(capacity: shingler.shingleCount)
        var shared = 0
        shingler.withHashes { hashes in
            for hash in hashes where other.insert(hash) {
                if reference.contains(hash) { shared += 1 }
            }
        }
        let union = reference.count + other.count - shared
        return union == 0 ? 1 : Double(shared) / Double(union)
    }
}
