extension Array {
    /// Puts the elements in `order` (the new element `k` is the old element `order[k]`; `order`
    /// is a permutation of the indices), moving them along the permutation's cycles rather
    /// than copying them: elements that hold references are not retained again.
    mutating func permute(by order: [Int32]) {
        precondition(order.count == count)
        var done = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { elements in
            for start in elements.indices where !done[start] {
                var j = start
                while true {
                    done[j] = true
                    let next = Int(order[j])
                    if next == start { break }
                    elements.swapAt(j, next)
                    j = next
                }
            }
        }
    }
}
