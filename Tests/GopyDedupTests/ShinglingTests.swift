@testable import GopyDedup
import GopyTestSupport
import GopyText
import Testing

@Suite struct ShinglingTests {
    static let units: [ShingleUnit] = [.characters(5), .characters(7), .syllables(8)]
    static let mask = QuotationMask(draftTexts: QuotationTests.drafts["bcct-xvii"]!)
    /// Keys quoting the draft, with and without diacritics.
    static let quoting = [QuotationTests.first, QuotationTests.second, SyntheticComments.unaccented(QuotationTests.first)].map(MatchingKey.comparisonKey)

    static func keys(_ count: Int, seed: UInt64) -> [String] {
        var gen = SyntheticComments(seed: seed)
        return (0..<count).map { _ in MatchingKey.make(gen.comment()) }
    }

    /// Shingles hashed one by one (as comparisons that stop early take them) are those
    /// `shingle` stores, in the same order, masked parts left out.
    @Test(arguments: units)
    func shinglesOneByOneAreTheStoredOnes(unit: ShingleUnit) {
        let mask = Self.mask
        var shingler = Shingler()
        for key in Self.keys(200, seed: 5) + Self.quoting {
            for folded in [false, true] {
                shingler.load(key, folded: folded)
                shingler.mask(mask)
                shingler.shingle(unit)
                let stored = shingler.withHashes { Array($0) }
                var streamed: [UInt64] = []
                #expect(shingler.forEachShingle(unit) { streamed.append($0); return true })
                #expect(streamed == stored)
                #expect(shingler.shingleTotal(unit) == stored.count)
            }
        }
    }

    /// The mask rolls the runs' hashes along the key: it masks what testing each run of the
    /// key against the draft masks.
    @Test func maskingRollsTheRunsAlong() {
        let mask = Self.mask
        var shingler = Shingler()
        var maskedSome = false
        for key in Self.keys(100, seed: 7) + Self.quoting {
            shingler.load(key)
            var expected = [Bool](repeating: true, count: shingler.syllableCount)
            if shingler.syllableCount >= mask.syllables {
                for start in 0...(shingler.syllableCount - mask.syllables)
                where mask.contains(shingler.syllableRunHash(start: start, length: mask.syllables)) {
                    for s in start..<start + mask.syllables { expected[s] = false }
                }
            }
            shingler.mask(mask)
            #expect(Array(shingler.kept.prefix(shingler.syllableCount)) == expected)
            #expect(shingler.keptSyllableCount == expected.filter { $0 }.count)
            maskedSome = maskedSome || expected.contains(false)
        }
        #expect(maskedSome)
    }

    /// A comparison that stops early decides as the full Jaccard similarity does.
    @Test func stoppingEarlyDecidesAsTheFullComparison() {
        var gen = SyntheticComments(seed: 9)
        var sets = ShingleSets(mask: nil, minSyllables: 5)
        var shingler = Shingler()
        func set(_ key: String, _ unit: ShingleUnit) -> Set<UInt64> {
            shingler.load(key)
            shingler.shingle(unit)
            return Set(shingler.withHashes { Array($0) })
        }
        var decided = [false: 0, true: 0]
        for _ in 0..<300 {
            let a = MatchingKey.make(gen.comment())
            let b = gen.random.chance(0.5) ? MatchingKey.make(gen.variant(of: a, edits: 1 + gen.random.below(8))) : MatchingKey.make(gen.comment())
            let unit = ShingleUnit.characters(5)
            let (x, y) = (set(a, unit), set(b, unit))
            let exact = Double(x.intersection(y).count) / Double(x.union(y).count)
            var a8 = a, b8 = b
            a8.withUTF8 { _ = sets.setReference($0, folded: false, unit: unit) }
            for threshold in [0.3, 0.7, 0.9] {
                let reached = b8.withUTF8 { sets.reachesWithReference($0, folded: false, unit: unit, threshold: threshold) }
                #expect(reached == (exact >= threshold))
                decided[exact >= threshold, default: 0] += 1
            }
            _ = a8
        }
        #expect(decided[true]! > 50 && decided[false]! > 50)
    }

    /// A containment test that stops early decides as counting all shared shingles does.
    @Test func stoppingEarlyDecidesAsFullContainment() {
        var gen = SyntheticComments(seed: 13)
        var sets = ShingleSets(mask: nil, minSyllables: 5)
        var shingler = Shingler()
        let unit = ShingleUnit.syllables(8)
        func set(_ key: String) -> Set<UInt64> {
            shingler.load(key, folded: true)
            shingler.shingle(unit)
            return Set(shingler.withHashes { Array($0) })
        }
        var decided = [false: 0, true: 0]
        for _ in 0..<300 {
            let template = gen.template(sentences: 3)
            let a = MatchingKey.make(gen.random.chance(0.5) ? template : gen.personalAddition(words: 20) + " " + template)
            let b = MatchingKey.make(gen.random.chance(0.7) ? template + " " + gen.personalAddition(words: 5 + gen.random.below(40)) : gen.comment(sentences: 3))
            let (x, y) = (set(a), set(b))
            guard !x.isEmpty, !y.isEmpty else { continue }
            var a8 = a, b8 = b
            a8.withUTF8 { _ = sets.setReference($0, folded: true, unit: unit) }
            for (least, share) in [(16, 0.5), (1, 0.8), (60, 0.3)] {
                let shared = x.intersection(y).count
                let expected = shared >= least && Double(shared) >= share * Double(min(x.count, y.count))
                let found = b8.withUTF8 { sets.containsWithReference($0, folded: true, unit: unit, least: least, share: share) }
                #expect(found == expected)
                decided[expected, default: 0] += 1
            }
        }
        #expect(decided[true]! > 50 && decided[false]! > 50)
    }
}
