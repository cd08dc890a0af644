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
    private mutating func load(_ key: UnsafeBufferPointer<UInt8>, folded: Bool, unit: ShingleUnit) -> Bool {
        guard loadKey(key, folded: folded) else { return false }
        shingler.shingle(unit)
        return shingler.shingleCount > 0
    }

    /// Loads `key` (folded or not) and masks quotations, for ``withLoadedShingles(_:_:)``;
    /// false when fewer than `minSyllables` syllables are left.
    mutating func loadKey(_ key: UnsafeBufferPointer<UInt8>, folded: Bool) -> Bool {
        shingler.load(key, folded: folded)
        if let mask { shingler.mask(mask) }
        return shingler.keptSyllableCount >= minSyllables
    }

    /// Calls `body` with the shingle hashes, in text order, of the key last loaded by
    /// ``loadKey(_:folded:)`` (true); nil when it has no shingle of this unit.
    mutating func withLoadedShingles<R>(_ unit: ShingleUnit, _ body: (UnsafeBufferPointer<UInt64>) -> R) -> R? {
        shingler.shingle(unit)
        guard shingler.shingleCount > 0 else { return nil }
        return shingler.withHashes(body)
    }

    /// The set of `key`'s shingles in `set`; false (and `set` empty) when the key is compared
    /// by itself alone.
    @discardableResult
    mutating func set(_ key: UnsafeBufferPointer<UInt8>, folded: Bool, unit: ShingleUnit, into set: inout [UInt64]) -> Bool {
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
    mutating func setReference(_ key: UnsafeBufferPointer<UInt8>, folded: Bool, unit: ShingleUnit) -> Bool {
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

    /// Loads `key` to be compared with the reference and empties the set its shingles go to;
    /// returns how many shingles it has (nil when it is compared by itself alone, or has none).
    private mutating func loadOther(_ key: UnsafeBufferPointer<UInt8>, folded: Bool, unit: ShingleUnit) -> Int? {
        guard loadKey(key, folded: folded) else { return nil }
        let n = shingler.shingleTotal(unit)
        guard n > 0 else { return nil }
        other.reset(capacity: n)
        return n
    }

    /// The reference's size.
    var referenceCount: Int { reference.count }

    /// Whether `key`'s shingles and the reference share at least `least` shingles and at least
    /// `share` of the smaller of the two sets, as counting them all would tell (nil when
    /// `key` is compared by itself alone). The shingles are hashed as they are compared, and
    /// the comparison stops as soon as the answer is known: yes once `share` of the reference
    /// is shared (the smaller set is at most the reference), no once the shingles left cannot
    /// make it.
    mutating func containsWithReference(_ key: UnsafeBufferPointer<UInt8>, folded: Bool, unit: ShingleUnit, least: Int, share: Double) -> Bool? {
        guard let n = loadOther(key, folded: folded, unit: unit) else { return nil }
        let referenceCount = reference.count
        let other = other, reference = reference
        var shared = 0
        var i = 0
        var decided: Bool? = nil
        _ = shingler.forEachShingle(unit) { hash in
            if other.insert(hash), reference.contains(hash) {
                shared += 1
                if shared >= least && Double(shared) >= share * Double(referenceCount) {
                    decided = true
                    return false
                }
            }
            i += 1
            if i & 15 == 0 {
                let best = shared + n - i
                if best < least || Double(best) < share * Double(min(referenceCount, other.count)) {
                    decided = false
                    return false
                }
            }
            return true
        }
        if let decided { return decided }
        return shared >= least && Double(shared) >= share * Double(min(referenceCount, other.count))
    }

    /// Whether the Jaccard similarity of the reference and `key`'s shingles reaches
    /// `threshold` (nil when `key` is compared by itself alone). The shingles are hashed as
    /// they are compared, and the comparison stops as soon as those left cannot reach it.
    mutating func reachesWithReference(_ key: UnsafeBufferPointer<UInt8>, folded: Bool, unit: ShingleUnit, threshold: Double) -> Bool? {
        guard let n = loadOther(key, folded: folded, unit: unit) else { return nil }
        let referenceCount = reference.count
        let other = other, reference = reference
        var shared = 0
        var i = 0
        let finished = shingler.forEachShingle(unit) { hash in
            if other.insert(hash), reference.contains(hash) { shared += 1 }
            i += 1
            // At best every shingle left is new and shared: the similarity is then
            // (shared + left) / (|reference| + distinct - shared), whatever comes.
            if i & 15 == 0 {
                let union = referenceCount + other.count - shared
                if union > 0, Double(shared + n - i) / Double(union) < threshold { return false }
            }
            return true
        }
        guard finished else { return false }
        let union = referenceCount + other.count - shared
        return (union == 0 ? 1 : Double(shared) / Double(union)) >= threshold
    }
}
