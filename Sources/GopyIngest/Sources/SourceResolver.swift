import GopyModel
import GopyText

/// Decides which configured ``Source`` a file's comments come from.
///
/// In order (CONTRACT §2): a source id the file names outright, when it is known; then what
/// the file says about its sender (XML `<source>`, the CSV source column, `Đơn vị:`, the
/// organisation heading of a report), matched against names and aliases without regard to
/// case, diacritics or tone-mark style; then the first route whose glob matches the file's path.
public struct SourceResolver: Sendable {
    /// The sources, in configuration order.
    public let sources: [Source]
    /// The routes, in configuration order.
    public let routes: [Route]

    private let indexByID: [String: Int]
    /// Folded name or alias → index of the first source that has it.
    private let indexByKey: [String: Int]
    /// The most words any folded name or alias has.
    private let longestKeyWords: Int
    private let globs: [Glob]

    /// A resolver over the sources and routes of `config/sources.yaml`.
    public init(sources: [Source], routes: [Route]) {
        self.sources = sources
        self.routes = routes
        var byID: [String: Int] = [:]
        var byKey: [String: Int] = [:]
        var longest = 0
        for (index, source) in sources.enumerated() {
            if byID[source.id] == nil { byID[source.id] = index }
            for name in [source.name] + source.aliases {
                let key = Folding.words(name)
                guard !key.isEmpty else { continue }
                if byKey[key] == nil { byKey[key] = index }
                longest = max(longest, key.split(separator: " ").count)
            }
        }
        self.indexByID = byID
        self.indexByKey = byKey
        self.longestKeyWords = longest
        self.globs = routes.map { Glob($0.match) }
    }

    /// The source with this id, if configured.
    public func source(id: String) -> Source? {
        indexByID[id].map { sources[$0] }
    }

    /// The source of a file.
    ///
    /// - Parameters:
    ///   - sourceID: a source id the file names outright (XML `<source id="…">`); used when known.
    ///   - named: what the file says about its sender, most authoritative first. Each string is
    ///     tried in turn: first for a name or alias equal to it once folded (or a source id
    ///     written out as it is), then for the longest name or alias it contains as whole words
    ///     ("BAN THƯỜNG VỤ HUYỆN UỶ KRÔNG PẮC" contains "Huyện ủy Krông Pắc").
    ///   - path: the file's path relative to `inbox/`, with `/` separators, for the routes.
    /// - Returns: the source, or nil when nothing identifies one.
    public func resolve(sourceID: String?, named: [String], path: String) -> Source? {
        if let sourceID, let source = source(id: sourceID) { return source }
        for text in named {
            if let index = match(text) { return sources[index] }
        }
        for (route, glob) in zip(routes, globs) where glob.matches(path) {
            if let source = source(id: route.source) { return source }
        }
        return nil
    }

    /// The source a sender's name designates, if any.
    private func match(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace()
        if let index = indexByID[trimmed] { return index }
        let folded = Folding.words(text)
        guard !folded.isEmpty else { return nil }
        if let index = indexByKey[folded] { return index }
        // The longest name or alias contained as whole words: look up every run of words,
        // longest runs first; among runs of one length, the longest in characters, then the
        // source listed first.
        let words = folded.split(separator: " ")
        var length = min(longestKeyWords, words.count)
        while length > 0 {
            var best: (characters: Int, index: Int)?
            for start in 0...(words.count - length) {
                let key = words[start..<start + length].joined(separator: " ")
                guard let index = indexByKey[key] else { continue }
                let candidate = (characters: key.utf8.count, index: index)
                if let current = best, (current.characters, -current.index) >= (candidate.characters, -candidate.index) { continue }
                best = candidate
            }
            if let best { return best.index }
            length -= 1
        }
        return nil
    }
}

extension String {
    /// Without leading and trailing white space.
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
