import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// Maps the elements on `workers` threads and hands each result to `consume`, on the
    /// calling thread, in the elements' order, as soon as it and those before it are done.
    ///
    /// At most `window` results wait to be consumed (the workers pause until the consumer
    /// catches up), so the results never need to be in memory all at once. When `consume`
    /// throws, the workers stop taking new elements and the error is rethrown once they have
    /// finished the ones in hand.
    func forEachInOrder<T: Sendable, E: Error>(
        workers: Int, window: Int = 64,
        _ transform: @escaping @Sendable (Element) -> T,
        consume: (T) throws(E) -> Void
    ) throws(E) {
        guard !isEmpty else { return }
        let items = self
        let shared = OrderedResults<T>()
        let done = DispatchSemaphore(value: 0)       // one signal per result
        let slots = DispatchSemaphore(value: Swift.max(1, window))
        let group = DispatchGroup()
        let workerCount = Swift.min(Swift.max(1, workers), count)
        for _ in 0..<workerCount {
            DispatchQueue.global().async(group: group) {
                while true {
                    slots.wait()
                    let index = shared.next.add(1, ordering: .relaxed).oldValue
                    guard index < items.count, !shared.stop.load(ordering: .relaxed) else {
                        slots.signal()
                        return
                    }
                    let result = transform(items[index])
                    shared.ready.withLock { $0[index] = result }
                    done.signal()
                }
            }
        }
        var failure: E?
        var consumed = 0
        while consumed < count {
            guard let result = shared.ready.withLock({ $0.removeValue(forKey: consumed) }) else {
                done.wait()
                continue
            }
            consumed += 1
            slots.signal()
            do { try consume(result) } catch {
                failure = error
                shared.stop.store(true, ordering: .relaxed)
                for _ in 0..<workerCount { slots.signal() }   // wake the workers so they see `stop`
                break
            }
        }
        group.wait()
        // Give back the slots of results left unconsumed (a semaphore must not end below
        // its starting value).
        for _ in 0..<shared.ready.withLock({ $0.count }) { slots.signal() }
        if let failure { throw failure }
    }
}

/// What the workers of ``Swift/Array/forEachInOrder(workers:window:_:consume:)`` share.
private final class OrderedResults<T: Sendable>: Sendable {
    let ready = Mutex<[Int: T]>([:])
    let next = Atomic<Int>(0)
    let stop = Atomic<Bool>(false)
}
