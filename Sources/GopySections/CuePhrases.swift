/// Phrases looked for in a comment's syllables, each in a group; finds which groups occur.
///
/// Phrases are written with their diacritics and matched on the key the comment was
/// scored with: with diacritics (``MatchingKey/make(_:)``) or without
/// (``MatchingKey/diacriticFree(_:)``). Without diacritics, single syllables are too
/// ambiguous ("can" is cần, cán and cạn; "con" is còn and con) and only phrases of two
/// syllables or more are looked for.
struct CuePhrases: Sendable {
    /// The groups found in a text, one bit per group (bit `n` for group `n`): for sets of at
    /// most 32 groups (cue words); ``matches(in:)`` serves larger ones.
    struct Groups: Sendable, Hashable {
        var bits: UInt32 = 0

        func contains(_ group: Int) -> Bool { bits & (1 << UInt32(group)) != 0 }
        mutating func insert(_ group: Int) { bits |= 1 << UInt32(group) }
    }

    private struct Phrase: Sendable {
        /// The syllables after the first.
        var rest: [UInt64]
        var group: Int
    }

    /// Phrases by their first syllable.
    private let byFirst: HashedTable<[Phrase]>

    /// Phrases by group (`groups[n]` is group `n`), for text typed with diacritics or without.
    init(groups: [[String]], folded: Bool) {
        var byFirst: [UInt64: [Phrase]] = [:]
        for (group, phrases) in groups.enumerated() {
            for phrase in phrases {
                let syllables = SyllableHash.syllables(of: phrase, folded: folded)
                guard let first = syllables.first, !(folded && syllables.count < 2) else { continue }
                byFirst[first, default: []].append(Phrase(rest: Array(syllables.dropFirst()), group: group))
            }
        }
        self.byFirst = HashedTable(byFirst.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// Phrases given as syllable hashes, by group (`groups[n]` is group `n`).
    init(syllableGroups groups: [[[UInt64]]]) {
        var byFirst: [UInt64: [Phrase]] = [:]
        for (group, phrases) in groups.enumerated() {
            for syllables in phrases {
                guard let first = syllables.first else { continue }
                byFirst[first, default: []].append(Phrase(rest: Array(syllables.dropFirst()), group: group))
            }
        }
        self.byFirst = HashedTable(byFirst.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The groups of the phrases in `syllables`, in the order the phrases start (a group as
    /// often as its phrases occur).
    func matches(in syllables: [UInt64]) -> [Int] {
        var found: [Int] = []
        for (i, syllable) in syllables.enumerated() {
            guard let phrases = byFirst[syllable] else { continue }
            for phrase in phrases where i + phrase.rest.count < syllables.count {
                if phrase.rest.indices.allSatisfy({ syllables[i + 1 + $0] == phrase.rest[$0] }) {
                    found.append(phrase.group)
                }
            }
        }
        return found
    }

    /// Where the first phrase in `syllables` ends (the index after its last syllable; the
    /// longest, of those that start at the same syllable), or nil when there is none.
    func firstEnd(in syllables: [UInt64]) -> Int? {
        for (i, syllable) in syllables.enumerated() {
            guard let phrases = byFirst[syllable] else { continue }
            var end: Int?
            for phrase in phrases where i + phrase.rest.count < syllables.count {
                var matches = true
                for (offset, next) in phrase.rest.enumerated() where syllables[i + 1 + offset] != next {
                    matches = false
                    break
                }
                if matches { end = max(end ?? 0, i + 1 + phrase.rest.count) }
            }
            if let end { return end }
        }
        return nil
    }

    /// `syllables` with every phrase found in them blanked out (its syllables set to 0, which
    /// no syllable hashes to), so that phrases inside them are not read as cues.
    func blanking(_ syllables: [UInt64]) -> [UInt64] {
        var result = syllables
        for (i, syllable) in syllables.enumerated() {
            guard let phrases = byFirst[syllable] else { continue }
            for phrase in phrases where i + phrase.rest.count < syllables.count {
                if phrase.rest.indices.allSatisfy({ syllables[i + 1 + $0] == phrase.rest[$0] }) {
                    for k in i...(i + phrase.rest.count) { result[k] = 0 }
                }
            }
        }
        return result
    }

    /// The groups with a phrase in `syllables`.
    func groups(in syllables: [UInt64]) -> Groups {
        var found = Groups()
        for (i, syllable) in syllables.enumerated() {
            guard let phrases = byFirst[syllable] else { continue }
            for phrase in phrases where !found.contains(phrase.group) {
                guard i + phrase.rest.count < syllables.count else { continue }
                var matches = true
                for (offset, next) in phrase.rest.enumerated() where syllables[i + 1 + offset] != next {
                    matches = false
                    break
                }
                if matches { found.insert(phrase.group) }
            }
        }
        return found
    }
}
