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
        let diacriticFree = MatchingKey.isTypedWithoutDiacritics(text)
        guard let words = MatchingKey.sourcedWords(of: text, diacriticFree: diacriticFree),
              let found = additionRuns(own, among: words.map(\.word))
        else { return nil }
        return (
            found.map { words[$0].lazy.map(\.word).joined(separator: " ") }.joined(separator: " … "),
            found.map { MatchingKey.sourceText(text, of: words, $0) }.joined(separator: " … ")
        )
    }

    /// The key of ``addition(_:in:)`` alone, found among the key words of `text` without
    /// tracing them back to the text: several times cheaper, for counting a campaign's
    /// additions (only those shown need ``addition(_:in:)``).
    public static func additionKey(_ own: String, in text: String) -> String? {
        let key = MatchingKey.isTypedWithoutDiacritics(text) ? MatchingKey.diacriticFree(text) : MatchingKey.make(text)
        let words = key.split(separator: " ", omittingEmptySubsequences: true)
        guard let found = additionRuns(own, among: words) else { return nil }
        return found.map { words[$0].joined(separator: " ") }.joined(separator: " … ")
    }

    /// Where the runs of `own` lie among a text's key words, its opening and short edits left
    /// out (see ``addition(_:in:)``).
    static func additionRuns(_ own: String, among words: [Substring]) -> [Range<Int>]? {
        guard var found = positions(own, among: words), !found.isEmpty else { return nil }
        if found[0].lowerBound == 0 && found[0].upperBound < words.count { found.removeFirst() }
        guard found.reduce(0, { $0 + $1.count }) >= minimumAdditionWords else { return nil }
        return found
    }

    struct Run {
        var key: String
        var display: String
    }

    /// Each run of `excerpt` found in order among the key words of `text`.
    static func runs(_ excerpt: String, in text: String) -> [Run]? {
        guard let words = MatchingKey.sourcedWords(of: text, diacriticFree: MatchingKey.isTypedWithoutDiacritics(text)),
              let found = positions(excerpt, among: words.map(\.word))
        else { return nil }
        return found.map {
            Run(key: words[$0].lazy.map(\.word).joined(separator: " "), display: String(MatchingKey.sourceText(text, of: words, $0)))
        }
    }

    /// Where each run of `excerpt` (key words, runs joined by "…") lies, in order, among
    /// `words`; nil when the excerpt is empty or a run cannot be found. Key words are NFC, so
    /// their bytes are compared.
    static func positions(_ excerpt: String, among words: [Substring]) -> [Range<Int>]? {
        let runs = excerpt.split(separator: "…").map { $0.split(separator: " ") }.filter { !$0.isEmpty }
        guard !runs.isEmpty else { return nil }
        var position = 0
        var found: [Range<Int>] = []
        for run in runs {
            var start = position
            while start + run.count <= words.count,
                  !zip(words[start..<start + run.count], run).allSatisfy({ $0.utf8.elementsEqual($1.utf8) }) {
                start += 1
            }
            guard start + run.count <= words.count else { return nil }
            found.append(start..<start + run.count)
            position = start + run.count
        }
        return found
    }
}
