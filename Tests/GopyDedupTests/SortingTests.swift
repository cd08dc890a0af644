@testable import GopyDedup
import GopyTestSupport
import Testing

@Suite struct SortingTests {
    /// Radix sort gives the standard order, with 8- and 16-bit digits, and where some digits
    /// are the same in every value.
    @Test(arguments: [0, 1, 200, 300, 5_000, 70_000])
    func radixSortSorts(count: Int) {
        var random = SplitMix(seed: UInt64(count))
        let values = (0..<count).map { i -> UInt64 in
            let v = random.next()
            return i % 3 == 0 ? v & 0xFFFF_0000_FFFF : v  // a pass skipped for a third of them
        }
        var sorted = values
        RadixSort.sort(&sorted)
        #expect(sorted == values.sorted())
        var uniform = values.map { $0 & 0x00FF_0000 }
        RadixSort.sort(&uniform)
        #expect(uniform == values.map { $0 & 0x00FF_0000 }.sorted())
    }

    /// Sorting by a key keeps the order of elements with equal keys (the numbering of keys
    /// relies on it: index order within a hash).
    @Test(arguments: [2, 300, 70_000])
    func radixSortByKeyIsStable(count: Int) {
        var random = SplitMix(seed: 5)
        let values = (0..<count).map { i in (key: random.next() % 97 << 40, index: i) }
        var sorted = values
        RadixSort.sort(&sorted) { $0.key }
        let expected = values.indices.sorted { (values[$0].key, $0) < (values[$1].key, $1) }
        #expect(sorted.map(\.index) == expected)
    }

    /// Permuting in place gives what mapping through the order gives.
    @Test(arguments: [0, 1, 7, 1_000])
    func permuteMatchesMappingThroughTheOrder(count: Int) {
        var random = SplitMix(seed: UInt64(count) + 1)
        let values = (0..<count).map { "giá trị \($0)" }
        var order = (0..<Int32(count)).map { $0 }
        for i in order.indices.reversed() where i > 0 { order.swapAt(i, random.below(i + 1)) }
        var permuted = values
        permuted.permute(by: order)
        #expect(permuted == order.map { values[Int($0)] })
    }

    /// Syllables counted eight bytes at a time are those counted byte by byte, for keys of
    /// every length and spacing.
    @Test func syllablesAreCountedAsByteByByte() {
        var random = SplitMix(seed: 17)
        let pieces = [" ", "  ", "a", "đề", "nghị", "Ủy", "x", "2030", "   "]
        for _ in 0..<3_000 {
            let key = (0..<random.below(30)).map { _ in pieces[random.below(pieces.count)] }.joined()
            var expected = 0
            var inWord = false
            for byte in key.utf8 {
                if byte == 0x20 { inWord = false } else if !inWord { inWord = true; expected += 1 }
            }
            #expect(KeyBytes.syllables(key) == expected, "\(key)")
        }
    }

    /// Byte order of the first strings, then of the second, however long their common
    /// prefix and however many threads.
    @Test(arguments: [1, 3])
    func orderIsByteOrder(jobs: Int) {
        var random = SplitMix(seed: 11)
        let prefixes = ["C-", "C-0123456789abcdef", "C-0123456789abcdefXYZ", "Đ", "D"]
        let count = 17_000
        let first = (0..<count).map { _ in prefixes[random.below(prefixes.count)] + String(random.below(50), radix: 16) }
        let then = (0..<count).map { _ in ["b", "a", "ă", ""][random.below(4)] }
        let order = KeyBytes.order(count, jobs: jobs, first: { first[$0] }, then: { then[$0] })
        let firstBytes = first.map { Array($0.utf8) }, thenBytes = then.map { Array($0.utf8) }
        let expected = (0..<count).sorted {
            if firstBytes[$0] != firstBytes[$1] { return firstBytes[$0].lexicographicallyPrecedes(firstBytes[$1]) }
            if thenBytes[$0] != thenBytes[$1] { return thenBytes[$0].lexicographicallyPrecedes(thenBytes[$1]) }
            return $0 < $1
        }
        // Equal pairs may come in either order: compare the strings.
        #expect(order.map { first[Int($0)] } == expected.map { first[$0] })
        #expect(order.map { then[Int($0)] } == expected.map { then[$0] })
        #expect(Set(order) == Set((0..<count).map(Int32.init)))
    }
}
