import GopyText

/// Shows, in the commenter's own spelling, a part of a comment that was found on its
/// comparison key (a campaign's template, a member's own additions).
public enum KeyExcerpt {
    /// Own words shorter than this, in all, are edits of the template, not additions.
    public static let minimumAdditionWords = 3

    /// The stretches of `text` whose key words are `excerpt` (runs of key words of
    /// ``MatchingKey/comparisonKey(_:)`` joined by " … ", in order of the text), joined by
    /// " … "; nil when a run cannot be found.
    public static func display(_ excerpt: String, in text: String) -> String? {
        runs(excerpt, in: text).map { $0.map(\.display).joined(separator: " … ") }
    }

    /// A campaign member's own words (runs of key words beyond the template, as
    /// ``GopyDedup/Campaign/additions`` gives them) without its opening: the run that starts
    /// the text before the template ("Kính gửi Ban soạn thảo, tôi là …") is a greeting, not
    /// something added to the template; nor are fewer than ``minimumAdditionWords`` words in
    /// all (a word changed or inserted in the template is an edit, not an addition). Returns the
    /// rest as key words (to count the same addition once however spelt) and as the member
    /// wrote it; nil when nothing is left.
    public static func addition(_ own: String, in text: String) -> (key: String, display: String)? {
        guard var found = runs(own, in: text), !found.isEmpty else { return nil }
        if found[0].start == 0 && found[0].end < found[0].wordCount { found.removeFirst() }
        guard found.reduce(0, { $0 + $1.end - $1.start }) >= minimumAdditionWords else { return nil }
        return (found.map(\.key).joined(separator: " … "), found.map(\.display).joined(separator: " … "))
    }

    struct Run {
        var key: String
        var display: String
        /// Where the run lies among the text's key words, and how many the text has.
        var start: Int
        var end: Int
        var wordCount: Int
    }

    /// Each run of `excerpt` found in order among the key words of `text`.
    static func runs(_ excerpt: String, in text: String) -> [Run]? {
        let runs = excerpt.split(separator: "…").map { $0.split(separator: " ") }.filter { !$0.isEmpty }
        guard !runs.isEmpty,
            let words = MatchingKey.sourcedWords(of: text, diacriticFree: MatchingKey.isTypedWithoutDiacritics(text))
        else { return nil }
        var position = 0
        var found: [Run] = []
        for run in runs {
            var start = position
            while start + run.count <= words.count, !zip(words[start..<start + run.count], run).allSatisfy({ $0.word == $1 }) {
                start += 1
            }
            guard start + run.count <= words.count else { return nil }
            found.append(Run(
                key: run.joined(separator: " "), display: String(MatchingKey.sourceText(text, of: words, start..<start + run.count)),
                start: start, end: start + run.count, wordCount: words.count
            ))
            position = start + run.count
        }
        return found
    }
}
