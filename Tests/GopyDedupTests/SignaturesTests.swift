@testable import GopyDedup
import GopyTestSupport
import GopyText
import Testing

@Suite struct SignaturesTests {
    /// Comments and copies of them with a few edits (so that buckets are shared), as a store.
    static func store(_ count: Int, seed: UInt64) -> KeyStore {
        var gen = SyntheticComments(seed: seed)
        var keys: [String] = []
        for n in 0..<count {
            if n > 0, gen.random.chance(0.5) {
                keys.append(MatchingKey.make(gen.variant(of: keys[gen.random.below(keys.count)], edits: 1 + gen.random.below(6))))
            } else {
                keys.append(MatchingKey.make(gen.comment()))
            }
        }
        let all = keys
        return KeyStore.number(all.count, jobs: 1) { all[$0] }.store
    }

    @Test func equalValuesAreCounted() {
        var random = SplitMix(seed: 23)
        for count in [0, 3, 8, 9, 64, 70] {
            let x = (0..<count).map { _ in UInt16(random.below(3)) }
            let y = (0..<count).map { _ in UInt16(random.below(3)) }
            let counted = x.withUnsafeBufferPointer { a in y.withUnsafeBufferPointer { b in Signatures.equalValues(a.baseAddress ?? UnsafePointer(bitPattern: 8)!, b.baseAddress ?? UnsafePointer(bitPattern: 8)!, count: count) } }
            #expect(counted == zip(x, y).filter { $0 == $1 }.count)
        }
    }

    /// Bands split into parts, threads, per-band estimates: the pairs are those of one bucket
    /// table over all the items in order, each linked to its bucket's first two members.
    @Test(arguments: [1, 2])
    func candidatePairsAreThoseOfOneTable(jobs: Int) {
        let keys = Self.store(600, seed: 29)
        let signatures = Signatures(count: keys.count, keys: keys, hasher: MinHasher(hashes: 64), jobs: jobs, mask: nil, minSyllables: 5) {
            ($0, true, .characters(5))
        }
        let lsh = LSHParameters(bands: 16, rows: 4)
        for floor in [0.0, 0.5] {
            let keep: @Sendable (Int, Int) -> Bool = { a, b in (a + b) % 7 != 0 }
            let pairs = signatures.candidatePairs(lsh, floor: floor, jobs: jobs, itemsPerPart: 32, keep: keep)
            #expect(pairs == Self.plainPairs(signatures, lsh, floor: floor, keep: keep))
            #expect(!pairs.isEmpty)
        }
    }

    static func plainPairs(_ signatures: Signatures, _ lsh: LSHParameters, floor: Double, keep: (Int, Int) -> Bool) -> [UInt64] {
        var found = Set<UInt64>()
        let h = signatures.hashes
        for band in 0..<lsh.bands {
            var leaders: [UInt64: [Int]] = [:]
            for i in 0..<signatures.count where signatures.present[i] {
                let key = signatures.values.withUnsafeBufferPointer {
                    MinHasher.bandKey(UnsafeBufferPointer(rebasing: $0[i * h..<(i + 1) * h]), band: band, rows: lsh.rows)
                }
                for leader in leaders[key, default: []] { found.insert(UInt64(leader) << 32 | UInt64(i)) }
                if leaders[key, default: []].count < 2 { leaders[key, default: []].append(i) }
            }
        }
        let minEqual = Int((floor * Double(h)).rounded(.up))
        return found.filter { pair in
            let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
            var equal = 0
            for v in 0..<h where signatures.values[a * h + v] == signatures.values[b * h + v] { equal += 1 }
            return equal >= minEqual && keep(a, b)
        }.sorted()
    }

    /// Signing twice from one loading of each key gives the signatures signed apart.
    @Test func secondSignaturesAreThoseSignedApart() {
        let keys = Self.store(300, seed: 31)
        let hasher = MinHasher(hashes: 64)
        let rows = (0..<keys.count).map { Int32($0 % 3 == 0 ? $0 / 3 : -1) }
        let (first, second) = Signatures.sign(
            count: keys.count, keys: keys, hasher: hasher, jobs: 2, mask: nil, minSyllables: 5,
            source: { ($0, true, .characters(5)) }, second: (.syllables(8), rows, (keys.count + 2) / 3)
        )
        let apart = Signatures(count: keys.count, keys: keys, hasher: hasher, jobs: 1, mask: nil, minSyllables: 5) { ($0, true, .characters(5)) }
        let apartSecond = Signatures(count: keys.count, keys: keys, hasher: hasher, jobs: 1, mask: nil, minSyllables: 5) { ($0, true, .syllables(8)) }
        #expect(first.values == apart.values && first.present == apart.present)
        let selected = apartSecond.selecting((0..<keys.count).filter { $0 % 3 == 0 })
        #expect(second?.values == selected.values && second?.present == selected.present)
    }
}
