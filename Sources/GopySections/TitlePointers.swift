import GopyModel

/// Sections a comment names by their title rather than their number: "phần hạn chế",
/// "phần dự báo tình hình", "bổ sung chỉ tiêu", "làm rõ nguyên nhân".
///
/// Each part of a section's title (titles split at commas, colons, dashes and "và") gives a
/// head: its first two syllables after grammatical words ("Về", "Các") and stock verbs
/// ("Tập trung phát triển …"). A pointer word ("phần", "mục", "bổ sung", "nêu rõ", "làm rõ")
/// followed by a head names every section with that head; of sections inside one another the
/// innermost is meant ("phần hạn chế" is "Hạn chế, yếu kém", not "Hạn chế, yếu kém và nguyên
/// nhân"). What a comment names is the leaves of those sections; several pointers narrow it
/// down together.
struct TitlePointers: Sendable {
    /// Pointer words.
    static let pointerWords = ["phần", "mục", "bổ sung", "nêu rõ", "làm rõ"]

    /// Phrase group n is ``heads``[n].
    private let phrases: CuePhrases
    /// For each head, the leaves it names (indices into the inferrer's leaves).
    private let heads: [[Int]]

    /// Pointers into the outline whose sections' leaves are `leafRanges` (by section id).
    /// `grammatical`: syllables skipped before a head ("về", "các"); `stock`: bigrams skipped
    /// before a head ("tập trung", "phát triển").
    init(draft: Draft, leafRanges: [String: Range<Int>], grammatical: Set<UInt64>, stock: Set<UInt64>, folded: Bool) {
        // Heads in the order first met, each with its syllables and the sections it heads.
        var order: [UInt64: Int] = [:]
        var found: [(syllables: [UInt64], sections: [OutlineSection])] = []
        for section in draft.allSections {
            for part in Self.parts(of: section.title) {
                var syllables = SyllableHash.syllables(of: part, folded: folded)[...]
                while let first = syllables.first {
                    if grammatical.contains(first) {
                        syllables = syllables.dropFirst()
                    } else if syllables.count >= 2,
                        stock.contains(SyllableHash.bigram(first, syllables[syllables.startIndex + 1]))
                    {
                        syllables = syllables.dropFirst(2)
                    } else {
                        break
                    }
                }
                guard syllables.count >= 2 else { continue }
                let head = Array(syllables.prefix(2))
                let key = SyllableHash.bigram(head[0], head[1])
                if let index = order[key] {
                    found[index].sections.append(section)
                } else {
                    order[key] = found.count
                    found.append((head, [section]))
                }
            }
        }
        let pointers = Self.pointerWords.map { SyllableHash.syllables(of: $0, folded: folded) }.filter { !$0.isEmpty }
        var heads: [[Int]] = []
        var groupPhrases: [[[UInt64]]] = []
        for (head, sections) in found {
            // The innermost: drop a section that holds another one named by the same head.
            let innermost = sections.filter { outer in
                !sections.contains { $0.id != outer.id && $0.id.hasPrefix(outer.id + ".") }
            }
            var leaves = Set<Int>()
            for section in innermost { leaves.formUnion(leafRanges[section.id] ?? 0..<0) }
            heads.append(leaves.sorted())
            groupPhrases.append(pointers.map { $0 + head })
        }
        self.heads = heads
        self.phrases = CuePhrases(syllableGroups: groupPhrases)
    }

    /// The leaves `syllables` names by title, or nil when it names none.
    func leaves(in syllables: [UInt64]) -> [Int]? {
        var named: [Int]?
        for group in phrases.matches(in: syllables) {
            let leaves = heads[group]
            guard let current = named else {
                named = leaves
                continue
            }
            let both = current.filter(leaves.contains)
            if !both.isEmpty { named = both }
        }
        return named
    }

    /// The parts of a title: split at `:` (keeping what follows the first, as in "Phần thứ
    /// nhất: Đánh giá …"), `,`, `;`, ` - ` and the word "và".
    static func parts(of title: String) -> [String] {
        var text = Substring(title)
        if let colon = text.firstIndex(of: ":") { text = text[text.index(after: colon)...] }
        var parts: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var ends = false
            if let last = word.last, ",;".contains(last) {
                word.removeLast()
                ends = true
            }
            if word == "và" || word == "-" || word == "–" {
                parts.append(current)
                current = ""
                continue
            }
            current += current.isEmpty ? word : " " + word
            if ends {
                parts.append(current)
                current = ""
            }
        }
        parts.append(current)
        return parts.filter { !$0.isEmpty }
    }
}
