@testable import GopyDedup
import GopyTestSupport
import Testing

@Suite struct KeyStoreTests {
    /// Keys are numbered in the order of their first string, whatever the number of threads,
    /// and the store lends each key's bytes.
    /// With a few threads, the strings are cut into slices at runs of equal hashes (from 16,384
    /// strings); with a poor hash, different keys collide and must still be told apart.
    @Test(arguments: [(1, 3000, false), (2, 3000, false), (5, 3000, false), (1, 40_000, false), (2, 40_000, false), (3, 40_000, false),
                      (1, 3000, true), (2, 40_000, true)])
    func numbersDistinctKeysInOrderOfFirstOccurrence(jobs: Int, count: Int, poorHash: Bool) {
        var random = SplitMix(seed: 3)
        let words = ["đề nghị", "bổ sung", "nội dung", "Ủy ban", "", "chỉ tiêu 2030", "cán bộ", "x"]
        let strings = (0..<count).map { _ in (0..<(1 + random.below(4))).map { _ in words[random.below(words.count)] }.joined(separator: " ") }
        let hash: @Sendable (UnsafeBufferPointer<UInt8>) -> UInt64
        if poorHash { hash = { bytes in UInt64(bytes.count % 3) } } else { hash = { bytes in StableHash.bytes(bytes) } }
        let numbering = KeyStore.number(strings.count, jobs: jobs, hash: hash) { strings[$0] }

        var expected: [String: Int32] = [:]
        var firsts: [Int32] = []
        for (i, s) in strings.enumerated() where expected[s] == nil {
            expected[s] = Int32(firsts.count)
            firsts.append(Int32(i))
        }
        #expect(numbering.numberOf == strings.map { expected[$0]! })
        #expect(numbering.first == firsts)
        #expect(numbering.store.count == firsts.count)
        for (t, first) in firsts.enumerated() {
            #expect(numbering.store.string(t) == strings[Int(first)])
            #expect(numbering.store.withKey(t) { Array($0) } == Array(strings[Int(first)].utf8))
        }
        #expect(KeyStore.number(strings.count, jobs: jobs, storing: false, hash: hash) { strings[$0] }.numberOf == numbering.numberOf)
        // Hashing the strings in another order (their order in memory) changes nothing.
        var visit = (0..<Int32(count)).map { $0 }
        for i in visit.indices.reversed() where i > 0 { visit.swapAt(i, random.below(i + 1)) }
        let visited = KeyStore.number(strings.count, jobs: jobs, visit: visit, hash: hash) { strings[$0] }
        #expect(visited.numberOf == numbering.numberOf && visited.first == numbering.first)
    }
}
