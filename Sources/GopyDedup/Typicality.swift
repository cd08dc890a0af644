/// The most typical member of a group of texts: the medoid of the group's comments, the one
/// with the highest average similarity to the others.
///
/// A text `u` is sent by `w(u)` comments; a comment's similarity to the `w(u) - 1` others
/// with the same text is 1, and to the rest their Jaccard similarity, whose average is
/// estimated in linear time from shingle counts over the whole group: the average overlap
/// with another text's comment `I` is the sum, over `u`'s shingles, of how many other
/// comments hold that shingle, divided by their number; with `m` their average size, the
/// average similarity is about `I / (|u| + m - I)`. The score is
/// `(w(u) - 1) + (W - w(u)) · I / (|u| + m - I)`.
struct Typicality {
    /// Shingles kept between the two passes, at most (8 bytes each).
    let keptLimit: Int

    /// Buffers reused from one group to the next (one per thread).
    private var counter = ShingleCounter()
    private var set: [UInt64] = []
    private var sizes: [Int] = []
    private var kept: [UInt64] = []

    init(keptLimit: Int = 1 << 22) {
        self.keptLimit = keptLimit
    }

    /// - Parameters:
    ///   - count: the number of texts.
    ///   - weight: how many comments have each text (at least 1).
    ///   - fill: fills a text's shingle set (no repeats); only for groups of three texts or
    ///     more; once per text, or twice when the group's sets are too many to keep.
    /// - Returns: the index of the most typical text; ties go to the smallest index. Of two
    ///   texts, the one more comments have.
    mutating func mostTypical(count: Int, weight: (Int) -> Int, fill: (Int, inout [UInt64]) -> Void) -> Int {
        guard count > 1 else { return 0 }
        guard count > 2 else { return weight(1) > weight(0) ? 1 : 0 }
        sizes.removeAll(keepingCapacity: true)
        kept.removeAll(keepingCapacity: true)
        var total = 0
        var sizeSum = 0
        // The sets, kept while they fit; counted once all are known (the counter is then
        // sized for them), or as they come when they do not fit.
        var keeping = true
        for u in 0..<count {
            fill(u, &set)
            let w = weight(u)
            sizes.append(set.count)
            total += w
            sizeSum += w * set.count
            if keeping && kept.count + set.count > keptLimit {
                keeping = false
                counter.reset(capacity: kept.count + set.count)
                var offset = 0
                for v in 0..<u {
                    let wv = weight(v)
                    for i in offset..<offset + sizes[v] { counter.add(kept[i], wv) }
                    offset += sizes[v]
                }
                kept.removeAll()
            }
            if keeping {
                kept += set
            } else {
                for s in set { counter.add(s, w) }
            }
        }
        if keeping {
            // Near-duplicates share most shingles: room for twice the largest set, to begin with.
            counter.reset(capacity: min(kept.count, 2 * (sizes.max() ?? 0)))
            var offset = 0
            for u in 0..<count {
                let w = weight(u)
                kept.withUnsafeBufferPointer { kept in
                    counter.add(UnsafeBufferPointer(rebasing: kept[offset..<offset + sizes[u]]), w)
                }
                offset += sizes[u]
            }
        }
        var best = 0
        var bestScore = -1.0
        var offset = 0
        for u in 0..<count {
            let w = weight(u)
            var overlap = 0
            if keeping {
                overlap = kept.withUnsafeBufferPointer { kept in
                    counter.sum(UnsafeBufferPointer(rebasing: kept[offset..<offset + sizes[u]]))
                }
                offset += sizes[u]
            } else {
                fill(u, &set)
                for s in set { overlap += counter[s] }
            }
            let others = Double(total - w)
            overlap -= w * sizes[u]
            let shared = Double(overlap) / others
            let otherSize = Double(sizeSum - w * sizes[u]) / others
            let union = Double(sizes[u]) + otherSize - shared
            let similarity = union > 0 ? shared / union : 1
            let score = Double(w - 1) + others * similarity
            if score > bestScore {
                bestScore = score
                best = u
            }
        }
        return best
    }
}

/// Sums of weights per shingle hash (already well mixed: its bits index the table directly),
/// with open addressing; keys and sums side by side. Zero is kept apart (it marks empty
/// slots). Reused from one group to the next.
struct ShingleCounter {
    private var slots: [(key: UInt64, sum: Int)] = []
    private var mask = 0
    private var zero = 0
    private var count = 0

    init() {}

    /// Empties the counter, with room for `capacity` distinct keys without growing.
    mutating func reset(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        if slots.count != size || count > 0 {
            if slots.count == size {
                slots.withUnsafeMutableBufferPointer { slots in
                    for i in slots.indices { slots[i] = (0, 0) }
                }
            } else {
                slots = Array(repeating: (0, 0), count: size)
            }
        }
        mask = size - 1
        zero = 0
        count = 0
    }

    @inline(__always)
    mutating func add(_ key: UInt64, _ amount: Int) {
        if key == 0 {
            zero += amount
            return
        }
        if (count + 1) * 2 > slots.count { grow() }
        let mask = mask
        let inserted: Bool = slots.withUnsafeMutableBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key >> 17) & mask
            while true {
                let slot = slots[i]
                if slot.key == key {
                    slots[i].sum += amount
                    return false
                }
                if slot.key == 0 {
                    slots[i] = (key, amount)
                    return true
                }
                i = (i + 1) & mask
            }
        }
        if inserted { count += 1 }
    }

    /// Adds `amount` for each of `keys`.
    mutating func add(_ keys: UnsafeBufferPointer<UInt64>, _ amount: Int) {
        for key in keys { add(key, amount) }
    }

    /// The sum of the counts of `keys`.
    func sum(_ keys: UnsafeBufferPointer<UInt64>) -> Int {
        let mask = mask, zero = zero
        return slots.withUnsafeBufferPointer { slots in
            var total = 0
            for key in keys {
                if key == 0 {
                    total += zero
                    continue
                }
                var i = Int(truncatingIfNeeded: key >> 17) & mask
                while true {
                    let slot = slots[i]
                    if slot.key == key {
                        total += slot.sum
                        break
                    }
                    if slot.key == 0 { break }
                    i = (i + 1) & mask
                }
            }
            return total
        }
    }

    @inline(__always)
    subscript(key: UInt64) -> Int {
        if key == 0 { return zero }
        let mask = mask
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key >> 17) & mask
            while true {
                let slot = slots[i]
                if slot.key == key { return slot.sum }
                if slot.key == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let old = slots
        let size = max(16, old.count * 2)
        slots = Array(repeating: (0, 0), count: size)
        mask = size - 1
        count = 0
        for slot in old where slot.key != 0 { add(slot.key, slot.sum) }
    }
}
