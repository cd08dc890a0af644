import GopyDedup
import GopyText

extension ClusterScope {
    static let test = ClusterScope(draft: "bcct-xvii", round: 2)
}

/// An input for a display text, as the pipeline makes it: the comparison key (diacritic-free
/// for text typed without diacritics), and whether it was.
func input(_ id: String, _ text: String, sender: String? = nil, scope: ClusterScope = .test) -> DedupInput {
    let key = MatchingKey.comparisonKey(text)
    return DedupInput(
        commentID: id, scope: scope, senderKey: sender ?? "sender-" + id, matchingKey: key,
        general: GeneralAgreement.isGeneral(matchingKey: key),
        typedWithoutDiacritics: MatchingKey.isTypedWithoutDiacritics(text)
    )
}

extension DedupResult {
    /// The cluster holding a comment.
    func cluster(of id: String) -> Cluster? { clusters.first { $0.members.contains(id) } }

    func sameCluster(_ a: String, _ b: String) -> Bool {
        guard let c = cluster(of: a) else { return false }
        return c.members.contains(b)
    }
}

/// A text's character 5-grams (of its matching key), computed the plain way (for tests).
func grams(_ text: String) -> Set<String> {
    let scalars = Array(MatchingKey.make(text).unicodeScalars)
    guard scalars.count >= 5 else { return [String(String.UnicodeScalarView(scalars))] }
    return Set((0...(scalars.count - 5)).map { String(String.UnicodeScalarView(scalars[$0..<$0 + 5])) })
}

func plainJaccard(_ x: Set<String>, _ y: Set<String>) -> Double {
    Double(x.intersection(y).count) / Double(x.union(y).count)
}
