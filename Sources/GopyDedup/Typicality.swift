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
enum Typicality {
    /// Shingles kept between the two passes, at most (8 bytes each).
    static let keptLimit = 1 << 22

    /// - Parameters:
    ///   - count: the number of texts.
    ///   - weight: how many comments have each text (at least 1).
    ///   - fill: fills a text's shingle set (no repeats); only for groups of three texts or
    ///     more; once per text, or twice when the group's sets are too many to keep.
    /// - Returns: the index of the most typical text; ties go to the smallest index. Of two
    ///   texts, the one more comments have.
    static func mostTypical(count: Int, weight: (Int) -> Int, fill: (Int, inout [UInt64]) -> Void) -> Int {
        guard count > 1 else { return 0 }
        guard count > 2 else { return weight(1) > weight(0) ? 1 : 0 }
        var counter = UInt64Counter(capacity: 256)
        var set: [UInt64] = []
        var sizes: [Int] = []
        sizes.reserveCapacity(count)
        var total = 0
        var sizeSum = 0
        // The sets, kept while they fit.
        var kept: [UInt64] = []
        var keeping = true
        for u in 0..<count {
            fill(u, &set)
            let w = weight(u)
            for s in set { counter.add(s, w) }
            sizes.append(set.count)
            total += w
            sizeSum += w * set.count
            if keeping {
                if kept.count + set.count <= Self.keptLimit { kept += set } else { keeping = false; kept = [] }
            }
        }
        var best = 0
        var bestScore = -1.0
        var offset = 0
        for u in 0..<count {
            if keeping {
                set.removeAll(keepingCapacity: true)
                set += kept[offset..<offset + sizes[u]]
                offset += sizes[u]
            } else {
                fill(u, &set)
            }
            let w = weight(u)
            let others = Double(total - w)
            var overlap = 0
            for s in set { overlap += counter[s] }
            overlap -= w * set.count
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
