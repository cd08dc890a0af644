@testable import GopyDedup
import GopyTestSupport
import Testing

@Suite struct TypicalityTests {
    /// The pick is the one the formula gives, computed the plain way, whether the sets are
    /// kept between the passes or made again.
    @Test(arguments: [1 << 22, 40])
    func picksTheHighestScore(keptLimit: Int) {
        var random = SplitMix(seed: 17)
        var typicality = Typicality(keptLimit: keptLimit)
        for _ in 0..<200 {
            let count = 1 + random.below(12)
            let sets = (0..<count).map { _ in Array(Set((0..<(1 + random.below(30))).map { _ in UInt64(random.below(60)) })) }
            let weights = (0..<count).map { _ in 1 + random.below(4) }
            let pick = typicality.mostTypical(count: count, weight: { weights[$0] }, fill: { u, set in set = sets[u] })
            #expect(pick == Self.plainPick(sets, weights))
        }
    }

    static func plainPick(_ sets: [[UInt64]], _ weights: [Int]) -> Int {
        let count = sets.count
        guard count > 1 else { return 0 }
        guard count > 2 else { return weights[1] > weights[0] ? 1 : 0 }
        var counts: [UInt64: Int] = [:]
        for (u, set) in sets.enumerated() { for s in set { counts[s, default: 0] += weights[u] } }
        let total = weights.reduce(0, +)
        let sizeSum = zip(sets, weights).reduce(0) { $0 + $1.0.count * $1.1 }
        var best = 0, bestScore = -1.0
        for (u, set) in sets.enumerated() {
            let w = weights[u]
            let others = Double(total - w)
            let overlap = set.reduce(0) { $0 + counts[$1]! } - w * set.count
            let shared = Double(overlap) / others
            let otherSize = Double(sizeSum - w * set.count) / others
            let union = Double(set.count) + otherSize - shared
            let score = Double(w - 1) + others * (union > 0 ? shared / union : 1)
            if score > bestScore {
                bestScore = score
                best = u
            }
        }
        return best
    }
}
