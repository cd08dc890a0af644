import GopyText

/// Abbreviation tokens that a comment's key holds for words its leaf lists apart.
///
/// A matching key writes an abbreviation's long form as its token ("cán bộ, đảng viên" →
/// `CBĐV`, "quốc phòng, an ninh" → `QPAN`, "trật tự, an toàn xã hội" → `TTATXH`). A leaf whose
/// keywords are "cán bộ" and "đảng viên" holds neither word of the token, so a comment about
/// "cán bộ, đảng viên" would not match it. The outline's own words say which tokens these are:
/// every two phrases of one leaf (its keywords and the parts of its title) are keyed together,
/// and a token that appears only then is read as the words it stands for.
struct TokenExpansions: Sendable {
    /// Token hash → the syllables it stands for.
    private let table: HashedTable<[UInt64]>
    /// Whether there is any token to expand.
    private let isEmpty: Bool

    /// The tokens formed by two of the phrases of one leaf, for `phrasesByLeaf` (each leaf's
    /// keywords and title parts), with keys of one kind.
    init(phrasesByLeaf: [[String]], folded: Bool) {
        func key(_ text: String) -> String { folded ? MatchingKey.diacriticFree(text) : MatchingKey.make(text) }
        var expansions: [UInt64: [UInt64]] = [:]
        for phrases in phrasesByLeaf {
            let keyed = phrases.map { SyllableHash.syllables(ofKey: key($0)) }
            for (a, first) in phrases.enumerated() where !keyed[a].isEmpty {
                for (b, second) in phrases.enumerated() where b != a && !keyed[b].isEmpty {
                    let apart = keyed[a] + keyed[b]
                    let together = SyllableHash.syllables(ofKey: key(first + ", " + second))
                    guard together != apart, together.count < apart.count else { continue }
                    // The part that differs: one token in `together`, words in `apart`.
                    var prefix = 0
                    while prefix < together.count && together[prefix] == apart[prefix] { prefix += 1 }
                    var suffix = 0
                    while suffix < together.count - prefix
                        && together[together.count - 1 - suffix] == apart[apart.count - 1 - suffix]
                    {
                        suffix += 1
                    }
                    guard together.count - prefix - suffix == 1 else { continue }
                    let token = together[prefix]
                    if expansions[token] == nil {
                        expansions[token] = Array(apart[prefix..<(apart.count - suffix)])
                    }
                }
            }
        }
        table = HashedTable(expansions.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        isEmpty = expansions.isEmpty
    }

    /// `syllables` with every known token replaced by the syllables it stands for.
    func expand(_ syllables: [UInt64]) -> [UInt64] {
        guard !isEmpty, syllables.contains(where: { table[$0] != nil }) else { return syllables }
        var out: [UInt64] = []
        out.reserveCapacity(syllables.count + 4)
        for syllable in syllables {
            if let words = table[syllable] { out += words } else { out.append(syllable) }
        }
        return out
    }
}
