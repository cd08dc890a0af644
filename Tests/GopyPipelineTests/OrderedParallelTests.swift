import Foundation
import Synchronization
@testable import GopyPipeline
import Testing

/// Files read in parallel, their results handed over in the files' order.
@Suite struct OrderedParallelTests {
    @Test func resultsAreConsumedInOrderWhateverOrderTheyFinishIn() throws {
        let items = Array(0..<500)
        var seen: [Int] = []
        items.forEachInOrder(workers: 4, window: 8) { n in
            if n % 7 == 0 { usleep(200) }
            return n * 2
        } consume: { seen.append($0) }
        #expect(seen == items.map { $0 * 2 })
    }

    @Test func aConsumerErrorStopsTheWorkers() throws {
        struct Stop: Error {}
        final class Count: Sendable { let value = Mutex(0) }
        let transformed = Count()
        var seen: [Int] = []
        #expect(throws: Stop.self) {
            try Array(0..<10_000).forEachInOrder(workers: 2, window: 4) { n in
                transformed.value.withLock { $0 += 1 }
                return n
            } consume: { (n: Int) throws(Stop) in
                if n == 50 { throw Stop() }
                seen.append(n)
            }
        }
        #expect(seen == Array(0..<50))
        // At most the window and one in each worker's hands beyond the one that failed.
        #expect(transformed.value.withLock { $0 } <= 51 + 4 + 2)
    }
}
