import GopyLedger
import GopyModel

/// Which comments' assignments (cluster, point, campaign) changed since the ledger's, and
/// what they were.
///
/// The ledger's assignments are read in comment id order beside the comments sorted by id,
/// so neither is held as a table: a night of a million comments keeps a flag per comment and
/// the earlier assignments of those that changed.
struct AssignmentChanges {
    private var changed: [Bool]
    private var earlier: [Int: Assignment] = [:]

    /// - Parameters:
    ///   - comments: the night's comments (ids unique).
    ///   - now: a comment's assignment tonight.
    init(_ comments: [Comment], now: (Comment) -> Assignment, ledger: Ledger) throws(LedgerError) {
        changed = Array(repeating: true, count: comments.count)
        // Byte order of the ids, as SQLite sorts them.
        let order = comments.indices.sorted { comments[$0].id.utf8.lexicographicallyPrecedes(comments[$1].id.utf8) }
        var next = 0
        var changed = self.changed
        var earlier: [Int: Assignment] = [:]
        try ledger.forEachAssignment { stored in
            while next < order.count, comments[order[next]].id.utf8.lexicographicallyPrecedes(stored.commentID.utf8) { next += 1 }
            guard next < order.count, comments[order[next]].id == stored.commentID else { return }   // no longer counts
            let index = order[next]
            next += 1
            if now(comments[index]) == stored { changed[index] = false } else { earlier[index] = stored }
        }
        self.changed = changed
        self.earlier = earlier
    }

    /// Whether the comment at `index` has a different assignment tonight (or had none).
    func isChanged(_ index: Int) -> Bool { changed[index] }

    /// The ledger's assignment of the comment at `index`, if it had one and it changed.
    func earlier(_ index: Int) -> Assignment? { earlier[index] }
}
