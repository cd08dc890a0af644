import GopyText

/// Makes a near-duplicate of a text: the small edits of someone who copies a comment and
/// retypes or touches it up. Each edit that changes the words costs the character shingles it
/// breaks, and the edits of one copy stay within a budget (13% of the text's characters), so
/// that a copy keeps a character 5-gram Jaccard similarity of about 0.75 or more with its
/// original: the label "same group" stays true by any reasonable reading. Short texts and
/// general agreement only get edits that leave the matching key as it was (spacing, case,
/// tone-mark style, abbreviations), since one changed word in five is no longer a small edit
/// (and could make general agreement read as a proposal).
struct NearDuplicateEditor {
    /// Shingle length the budget is counted in: 5 for text with diacritics, 7 for text
    /// without (what gopy compares such copies on).
    var shingle = 5

    /// Word-changing edits and their weights; key-preserving ones below.
    private static let kinds: [(TextEdits, Double)] = [
        (.typo, 30), (.wordDropped, 12), (.wordAdded, 12), (.wordsSwapped, 6),
        (.spacing, 12), (.toneStyle, 8), (.abbreviation, 12), (.letterCase, 8),
    ]

    /// `text` with one to three edits (fewer for short texts), and which.
    func edit(_ text: String, onlyKeyPreserving: Bool, _ random: inout SplitMix64) -> (String, TextEdits) {
        let length = text.unicodeScalars.count
        var budget = Int(0.13 * Double(length))
        let syllables = text.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
        let keyOnly = onlyKeyPreserving || syllables < 8
        let wanted = length < 80 ? 1 : length < 200 ? 1 + random.below(2) : 1 + random.below(3)
        var text = text
        var done: TextEdits = []
        for _ in 0..<wanted {
            var kind = Self.kinds[random.weighted(Self.kinds.map(\.1))].0
            if keyOnly && !TextEdits.keyPreserving.contains(kind) { kind = .spacing }
            if let (edited, cost) = apply(kind, to: text, budget: budget, &random) {
                text = edited
                budget -= cost
                done.insert(kind)
            } else if let (edited, _) = apply(.spacing, to: text, budget: 0, &random) {
                text = edited
                done.insert(.spacing)
            }
        }
        return (text, done)
    }

    /// The text with one edit of `kind` and the shingles it cost; nil when the text offers no
    /// place for it or it costs more than `budget`.
    func apply(_ kind: TextEdits, to text: String, budget: Int, _ random: inout SplitMix64) -> (String, Int)? {
        switch kind {
        case .typo: return typo(text, budget: budget, &random)
        case .wordDropped, .wordAdded, .wordsSwapped: return words(kind, text, budget: budget, &random)
        case .spacing: return (spacing(text, &random), 0)
        case .toneStyle:
            let restyled = ToneStyle.new.apply(to: text)
            if restyled != text { return (restyled, 0) }
            let back = ToneStyle.old.apply(to: text)
            return back != text ? (back, 0) : nil
        case .abbreviation: return abbreviation(text, &random).map { ($0, 0) }
        case .letterCase:
            if random.chance(0.5) { return (text.lowercased(), 0) }
            guard let first = text.first, first.isUppercase else { return (text.lowercased(), 0) }
            return (first.lowercased() + text.dropFirst(), 0)
        default: return nil
        }
    }

    /// One letter swapped with the next, doubled or dropped, or one word without diacritics.
    private func typo(_ text: String, budget: Int, _ random: inout SplitMix64) -> (String, Int)? {
        let cost = shingle + 1
        guard cost <= budget else { return nil }
        var words = text.split(separator: " ", omittingEmptySubsequences: false)
        let candidates = words.indices.filter { index in
            words[index].unicodeScalars.count >= 3 && words[index].unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
        }
        guard !candidates.isEmpty else { return nil }
        let index = random.pick(candidates)
        var letters = Array(words[index].unicodeScalars)
        let at = random.below(letters.count - 1)
        switch random.below(4) {
        case 0: letters.swapAt(at, at + 1)
        case 1: letters.insert(letters[at], at: at)
        case 2: letters.remove(at: at)
        default:
            let folded = Person.unaccented(String(words[index]))
            if folded == String(words[index]) { letters.swapAt(at, at + 1) } else { letters = Array(folded.unicodeScalars) }
        }
        words[index] = Substring(String(String.UnicodeScalarView(letters)))
        return (words.joined(separator: " "), cost)
    }

    /// A word dropped, a filler word added, or two neighbouring words swapped (words without
    /// punctuation, away from the ends).
    private func words(_ kind: TextEdits, _ text: String, budget: Int, _ random: inout SplitMix64) -> (String, Int)? {
        var words = text.split(separator: " ").map(String.init)
        guard words.count >= 6 else { return nil }
        let plain = (1..<(words.count - 1)).filter { words[$0].unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }
        guard !plain.isEmpty else { return nil }
        let at = random.pick(plain)
        switch kind {
        case .wordDropped:
            let cost = shingle + words[at].unicodeScalars.count
            guard cost <= budget else { return nil }
            words.remove(at: at)
            return (words.joined(separator: " "), cost)
        case .wordAdded:
            let filler = random.pick(Phrases.fillers)
            let cost = shingle + filler.unicodeScalars.count + 1
            guard cost <= budget else { return nil }
            words.insert(filler, at: at)
            return (words.joined(separator: " "), cost)
        default:
            guard plain.contains(at + 1) else { return nil }
            let cost = shingle + words[at].unicodeScalars.count + words[at + 1].unicodeScalars.count + 1
            guard cost <= budget else { return nil }
            words.swapAt(at, at + 1)
            return (words.joined(separator: " "), cost)
        }
    }

    /// A double space, a space before a comma, none after it, or a space before the final stop.
    private func spacing(_ text: String, _ random: inout SplitMix64) -> String {
        switch random.below(3) {
        case 0 where text.holds(", "):
            return random.chance(0.5) ? text.replacingFirst(", ", with: ",") : text.replacingFirst(", ", with: " , ")
        case 1 where text.hasSuffix("."):
            return String(text.dropLast()) + " ."
        default:
            var words = text.split(separator: " ", omittingEmptySubsequences: false)
            guard words.count > 1 else { return text + " " }
            let at = 1 + random.below(words.count - 1)
            words[at] = " " + words[at]
            return words.joined(separator: " ")
        }
    }

    /// A long form the text holds written as its abbreviation, or an abbreviation spelled out.
    private func abbreviation(_ text: String, _ random: inout SplitMix64) -> String? {
        let long = Abbreviations.pairs.filter { text.holds($0.long) }
        if !long.isEmpty {
            let pair = random.pick(long)
            return text.replacingFirst(pair.long, with: pair.short)
        }
        let words = Set(text.split(separator: " ").map { $0.filter { $0.isLetter || $0 == "&" || $0 == "-" } })
        let short = Abbreviations.pairs.filter { words.contains($0.short) }
        guard !short.isEmpty else { return nil }
        let pair = random.pick(short)
        return text.replacingFirst(pair.short, with: pair.long)
    }
}

extension String {
    /// Whether the UTF-8 bytes of `part` occur in the text's (a plain byte search: Foundation's
    /// `contains`, which the generator would otherwise get, is far slower).
    func holds(_ part: String) -> Bool {
        var text = self
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
                var i = 0
                let last = haystack.count - needle.count
                while i <= last {
                    if haystack[i] == first {
                        var j = 1
                        while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
