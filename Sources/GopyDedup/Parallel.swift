import Dispatch
import Synchronization

/// Runs work over index ranges on a few threads. Each range's results go to its own slots,
/// so the outcome is the same for any number of threads.
enum Parallel {
    /// Calls `body` on consecutive chunks of `0..<count`, on up to `jobs` threads.
    static func forEachChunk(_ count: Int, jobs: Int, chunk: Int = 512, _ body: @Sendable (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let chunks = (count + chunk - 1) / chunk
        let workers = min(jobs, chunks)
        if workers <= 1 {
            body(0..<count)
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let c = next.add(1, ordering: .relaxed).oldValue
                guard c < chunks else { return }
                body(c * chunk..<min(count, (c + 1) * chunk))
            }
        }
    }
}

/// Per-worker state for ``Parallel/forEachChunk(_:workers:chunk:_:)``: slot `w` is used by
/// worker `w` only, so it is never touched by two threads at once.
final class Workspaces<State>: @unchecked Sendable {
    private var states: [State]

    init(count: Int, make: () -> State) {
        states = (0..<count).map { _ in make() }
    }

    var count: Int { states.count }

    func withState<R>(_ worker: Int, _ body: (inout State) -> R) -> R {
        body(&states[worker])
    }
}

extension Parallel {
    /// Like ``forEachChunk(_:jobs:chunk:_:)``, with one workspace per worker: `body` gets the
    /// worker's index (below `workers.count`).
    static func forEachChunk<State>(
        _ count: Int, workers: Workspaces<State>, chunk: Int = 512, _ body: @Sendable (inout State, Range<Int>) -> Void
    ) {
        guard count > 0 else { return }
        let chunks = (count + chunk - 1) / chunk
        let n = min(workers.count, chunks)
        if n <= 1 {
            workers.withState(0) { body(&$0, 0..<count) }
            return
        }
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: n) { w in
            workers.withState(w) { state in
                while true {
                    let c = next.add(1, ordering: .relaxed).oldValue
                    guard c < chunks else { return }
                    body(&state, c * chunk..<min(count, (c + 1) * chunk))
                }
            }
        }
    }
}

/// A buffer written by several threads at disjoint indices.
struct SharedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ pointer: UnsafeMutableBufferPointer<Element>) {
        base = pointer.baseAddress!
        count = pointer.count
    }

    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }
}

/// A read-only buffer shared by several threads.
struct UnsafeSendable<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>

    init(_ buffer: UnsafeBufferPointer<Element>) { self.buffer = buffer }
}
