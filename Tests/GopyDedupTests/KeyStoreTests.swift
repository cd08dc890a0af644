@testable import GopyDedup
import GopyTestSupport
import Testing

@Suite struct KeyStoreTests {
    /// Keys are numbered in the order of their first string, whatever the number of threads,
    /// and the store lends each key's bytes.
    @Test(arguments: [1, 2, 5])
    func numbersDistinctKeysInOrderOfFirstOccurrence(jobs: Int) {
        var random = SplitMix(seed: 3)
        let words = ["đề nghị", "bổ sung", "nội dung", "Ủy ban", "", "chỉ tiêu 2030", "cán bộ"]
        let strings = (0..<3000).map { _ in (0..<(1 + random.below(3))).map { _ in words[random.below(words.count)] }.joined(separator: " ") }
        let numbering = KeyStore.number(strings.count, jobs: jobs) { strings[$0] }

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
        #expect(KeyStore.number(strings.count, jobs: jobs, storing: false) { strings[$0] }.numberOf == numbering.numberOf)
    }
}
