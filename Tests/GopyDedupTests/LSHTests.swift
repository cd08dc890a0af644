@testable import GopyDedup
import Foundation
import GopyText
import Testing

@Suite struct LSHTests {
    /// The S-curve P(s) = 1 - (1 - s^r)^b of the default bands: a pair at the threshold is
    /// found at least 95% of the time, a pair far below it seldom.
    @Test func defaultBandsFindAPairAtTheThreshold() {
        let configuration = DedupConfiguration()
        let lsh = configuration.lsh
        #expect(lsh.bands == 16 && lsh.rows == 4 && lsh.hashes == 64)
        #expect(lsh.detectionProbability(configuration.threshold) >= 0.95)
        #expect(abs(lsh.detectionProbability(0.7) - 0.9877) < 0.001)
        #expect(lsh.detectionProbability(0.9) > 0.9999)
        #expect(lsh.detectionProbability(0.3) < 0.13)
        #expect(lsh.detectionProbability(0.1) < 0.002)
        // Campaign links: a loose curve, a member needing only one link.
        #expect(configuration.campaigns.lsh.detectionProbability(0.4) > 0.93)
    }

    /// Candidates are verified only when their signatures share enough values; a pair at the
    /// threshold still passes both the bands and that test at least 95% of the time.
    @Test func estimateFilterKeepsAPairAtTheThreshold() {
        let configuration = DedupConfiguration()
        let least = LSHParameters.leastEqualValues(similarity: configuration.threshold, hashes: 64, recall: configuration.estimateRecall)
        #expect(least == 37)
        // P(at least 37 of 64 agree) at 0.7, and at 36 (one more would not keep the recall).
        func tail(_ k: Int, _ p: Double) -> Double {
            (k...64).reduce(0.0) { sum, i in
                var c = 1.0
                for j in 0..<i { c *= Double(64 - j) / Double(i - j) }
                return sum + c * pow(p, Double(i)) * pow(1 - p, Double(64 - i))
            }
        }
        #expect(tail(least, 0.7) >= configuration.estimateRecall)
        #expect(tail(least + 1, 0.7) < configuration.estimateRecall)
        // Found by a band and passing the test: at least P(pass) - P(no band).
        #expect(tail(least, 0.7) - (1 - configuration.lsh.detectionProbability(0.7)) >= 0.95)
        #expect(LSHParameters.leastEqualValues(similarity: 0.7, hashes: 64, recall: 0) == 64)
        #expect(LSHParameters.leastEqualValues(similarity: 0.7, hashes: 64, recall: 1) == 0)
    }

    @Test func choosingBandsForAThreshold() {
        #expect(LSHParameters.choose(threshold: 0.7, recall: 0.95, hashes: 64) == LSHParameters(bands: 16, rows: 4))
        #expect(LSHParameters.choose(threshold: 0.5, recall: 0.95, hashes: 32) == LSHParameters(bands: 16, rows: 2))
        // datasketch's 9 × 13 at 0.8 finds such a pair only about 40% of the time.
        #expect(abs(LSHParameters(bands: 9, rows: 13).detectionProbability(0.8) - 0.40) < 0.05)
    }

    /// One-permutation MinHash estimates the Jaccard similarity without bias.
    @Test func signaturesEstimateJaccardSimilarity() {
        var gen = SyntheticComments(seed: 51)
        let hasher = MinHasher(hashes: 64)
        var shingler = Shingler()
        func signature(_ text: String) -> ([UInt32], Set<UInt64>) {
            shingler.load(MatchingKey.make(text), folded: true)
            shingler.shingle(.characters(5))
            var values = [UInt32](repeating: 0, count: 64)
            shingler.withHashes { h in values.withUnsafeMutableBufferPointer { hasher.signature(of: h, into: $0) } }
            return (values, Set(shingler.withHashes { Array($0) }))
        }
        var errors: [Double] = []
        for _ in 0..<200 {
            let base = gen.comment(sentences: 2)
            let (a, setA) = signature(base)
            let (b, setB) = signature(gen.variant(of: base, edits: 1 + gen.random.below(6)))
            let exact = Double(setA.intersection(setB).count) / Double(setA.union(setB).count)
            let estimate = Double(zip(a, b).filter { $0 == $1 }.count) / 64
            errors.append(estimate - exact)
        }
        let bias = errors.reduce(0, +) / Double(errors.count)
        let spread = (errors.map { $0 * $0 }.reduce(0, +) / Double(errors.count)).squareRoot()
        #expect(abs(bias) < 0.02)
        #expect(spread < 0.08)
    }

    /// Hashes are fixed, never seeded per process: the same key gives these values in every run.
    @Test func hashesAreTheSameInEveryProcess() {
        var shingler = Shingler()
        shingler.load("đề nghị bổ sung", folded: false)
        shingler.shingle(.characters(5))
        #expect(shingler.shingleCount == 11)
        #expect(shingler.hash(ofShingle: 0) == Self.firstShingle)
        #expect(StableHash.string("đề nghị bổ sung") == Self.keyHash)
    }

    static let firstShingle: UInt64 = 3_292_144_086_179_284_078
    static let keyHash: UInt64 = 16_187_819_022_970_732_958
}
