/// Precision, recall and F1 of one clustering against the truth.
struct Scores: Sendable {
    var precision: Double
    var recall: Double
    var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    var formatted: String { String(format: "P %.4f  R %.4f  F1 %.4f", precision, recall, f1) }
}

/// B-cubed and pairwise scores of a clustering (`found[i]`: the cluster of item i) against
/// the labelled groups (`truth[i]`). Items are numbered 0..<n; cluster and group numbers are
/// any integers, with `nil` for "in none" where ``campaigns(found:truth:)`` allows it.
///
/// - B-cubed (Bagga and Baldwin): for each item, the share of its cluster in its group
///   (precision) and of its group in its cluster (recall), averaged over the items.
/// - Pairwise: of the pairs of items put together, the share that belong together (precision);
///   of the pairs that belong together, the share put together (recall).
struct ClusterScores: Sendable {
    var bCubed: Scores
    var pairwise: Scores
    /// Pairs put together, pairs that belong together, and both.
    var foundPairs: Int
    var truePairs: Int
    var sharedPairs: Int

    /// Each item's B-cubed precision and recall (their means are ``bCubed``).
    var itemPrecision: [Double] = []
    var itemRecall: [Double] = []

    init(found: [Int], truth: [Int], perItem: Bool = false) {
        precondition(found.count == truth.count)
        var cells: [Pair: Int] = [:]
        var clusterSizes: [Int: Int] = [:]
        var groupSizes: [Int: Int] = [:]
        cells.reserveCapacity(found.count)
        for i in found.indices {
            cells[Pair(found[i], truth[i]), default: 0] += 1
            clusterSizes[found[i], default: 0] += 1
            groupSizes[truth[i], default: 0] += 1
        }
        var precision = 0.0
        var recall = 0.0
        var shared = 0
        for (pair, count) in cells {
            let squared = Double(count) * Double(count)
            precision += squared / Double(clusterSizes[pair.cluster]!)
            recall += squared / Double(groupSizes[pair.group]!)
            shared += count * (count - 1) / 2
        }
        let n = Double(max(1, found.count))
        bCubed = Scores(precision: precision / n, recall: recall / n)
        foundPairs = clusterSizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        truePairs = groupSizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        sharedPairs = shared
        pairwise = Scores(
            precision: foundPairs > 0 ? Double(shared) / Double(foundPairs) : 1,
            recall: truePairs > 0 ? Double(shared) / Double(truePairs) : 1)
        if perItem {
            itemPrecision = found.indices.map { Double(cells[Pair(found[$0], truth[$0])]!) / Double(clusterSizes[found[$0]]!) }
            itemRecall = found.indices.map { Double(cells[Pair(found[$0], truth[$0])]!) / Double(groupSizes[truth[$0]]!) }
        }
    }

    /// Campaign membership: items in no campaign (nil) make no pairs, and count for B-cubed
    /// only when the other side puts them in a campaign (each then alone); items in none on
    /// both sides are left out.
    static func campaigns(found: [Int?], truth: [Int?]) -> ClusterScores {
        var f: [Int] = []
        var t: [Int] = []
        var alone = -1
        for i in found.indices where found[i] != nil || truth[i] != nil {
            f.append(found[i] ?? alone)
            t.append(truth[i] ?? alone)
            alone -= 1
        }
        // Each "alone" item has a number of its own, so it makes no pair on that side.
        return ClusterScores(found: f, truth: t)
    }

    private struct Pair: Hashable {
        var cluster: Int
        var group: Int
        init(_ cluster: Int, _ group: Int) {
            self.cluster = cluster
            self.group = group
        }
    }
}
