import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// Maps the elements on `workers` threads; the results come back in the elements' order,
    /// whatever order the workers finish in.
    func parallelMap<T: Sendable>(workers: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        let results = Mutex<[T?]>(Array<T?>(repeating: nil, count: count))
        let next = Atomic<Int>(0)
        let items = self
        DispatchQueue.concurrentPerform(iterations: Swift.min(Swift.max(1, workers), Swift.max(1, count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                let result = transform(items[index])
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
