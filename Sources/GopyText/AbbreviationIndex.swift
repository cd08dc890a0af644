/// The unambiguous abbreviations of ``AbbreviationRow/table`` as matching keys use them.
///
/// A key maps every spelling of an abbreviation and its long form to one token, in two steps, so
/// that the key is a function of the words the text stands for, however it spelled them:
/// 1. Spelling out. Each spelling of an abbreviation is replaced by the words of what it stands
///    for: "UBND" → "ủy ban nhân dân", "TPHCM" → "thành phố hồ chí minh". A single-word spelling
///    is recognised as the table writes it or in capitals ("TTg", "TTG"); in lower case too when it
///    has three letters or more and cannot be a Vietnamese syllable ("ubnd", but never "da" for
///    "DA"). A spelling that is itself a syllable ("DA", "ĐA", "PA", "TƯ") is not recognised next
///    to a word in capitals that is not an abbreviation ("ĐA DẠNG", "KINH TẾ TƯ NHÂN"). Spellings
///    of several words ("KT-XH", "CB, CC, VC", "TP. HCM", "Đoàn TNCS HCM", "Mặt trận") are phrases
///    with the case each part must have; the longest phrase wins over a single word.
/// 2. Tokens. Each long form, as a run of whole words, becomes the row's token, longest run first
///    from the left: "ủy ban nhân dân" → `UBND`, "ban chấp hành trung ương" → `BCH TW`. A run does
///    not start inside a two-syllable word of ``compounds`` unless the word before it ended a run.
///
/// Tokens are the only upper-case words of a key, so they never equal a word of the text ("DA",
/// Dự án, is not "da"). A spelling claimed by two rows, or by an ambiguous row, is not recognised;
/// without diacritics, spellings that fold alike are told apart by whether they were written with
/// a diacritic ("ĐA" Đề án, "DA" Dự án; "TƯ" Trung ương, "TU" ambiguous).
struct AbbreviationIndex: Sendable {
    /// The index for keys with diacritics.
    static let marked = AbbreviationIndex(form: .marked)
    /// The index for keys without diacritics.
    static let folded = AbbreviationIndex(form: .folded)

    /// A word whose bytes are in ``pool``.
    struct PoolWord: Sendable {
        var start: Int32
        var end: Int32
        var hash: UInt64
        var scalars: Int32
        /// The root slot of the word, or -1.
        var slot: Int32

        var keyWord: MatchingKey.Word {
            MatchingKey.Word(pooled: true, start: start, end: end, hash: hash, upper: 0, scalars: scalars, slot: slot)
        }
    }

    /// The case a word must have been written in.
    struct CaseRule: Sendable, Equatable {
        /// Any case: the words of long forms, and plain words in phrases.
        var anyCase: Bool
        /// Whether capitals are accepted.
        var allUpper: Bool
        /// Whether lower case is accepted.
        var lowerCase: Bool
        /// Case patterns (``MatchingKey.Word/upper``) accepted as they are: the first `patternCount` of these.
        var patternCount: Int8
        var patterns: (UInt64, UInt64, UInt64, UInt64)

        static let any = CaseRule(anyCase: true, allUpper: true, lowerCase: true, patternCount: 0, patterns: (0, 0, 0, 0))

        init(anyCase: Bool, allUpper: Bool, lowerCase: Bool, patternCount: Int8, patterns: (UInt64, UInt64, UInt64, UInt64)) {
            self.anyCase = anyCase
            self.allUpper = allUpper
            self.lowerCase = lowerCase
            self.patternCount = patternCount
            self.patterns = patterns
        }

        init(patterns list: [UInt64], allUpper: Bool, lowerCase: Bool) {
            precondition(list.count <= 4, "at most four case patterns per spelling")
            var patterns: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            for (k, pattern) in list.enumerated() {
                switch k {
                case 0: patterns.0 = pattern
                case 1: patterns.1 = pattern
                case 2: patterns.2 = pattern
                default: patterns.3 = pattern
                }
            }
            self.init(anyCase: false, allUpper: allUpper, lowerCase: lowerCase, patternCount: Int8(list.count), patterns: patterns)
        }

        static func == (a: CaseRule, b: CaseRule) -> Bool {
            a.anyCase == b.anyCase && a.allUpper == b.allUpper && a.lowerCase == b.lowerCase && a.patternCount == b.patternCount
                && a.patterns.0 == b.patterns.0 && a.patterns.1 == b.patterns.1 && a.patterns.2 == b.patterns.2
                && a.patterns.3 == b.patterns.3
        }

        @inline(__always)
        func accepts(_ word: MatchingKey.Word) -> Bool {
            if anyCase { return true }
            if word.pooled { return lowerCase }
            let upper = word.upper
            if patternCount > 0 && patterns.0 == upper { return true }
            if patternCount > 1 && patterns.1 == upper { return true }
            if patternCount > 2 && patterns.2 == upper { return true }
            if patternCount > 3 && patterns.3 == upper { return true }
            if allUpper && word.isAllUpper { return true }
            return lowerCase && upper == 0
        }
    }

    /// A single-word spelling of an abbreviation.
    struct Spelling: Sendable {
        var rule: CaseRule
        /// In the folded form, when two spellings fold alike ("ĐA" and "DA"): whether the word must
        /// have been written with a diacritic (1) or without (0); -1 when either will do.
        var marks: Int8
        /// Another spelling with the same bytes (the other side of ``marks``), or -1.
        var next: Int32
        /// Whether the spelling is also a syllable ("DA", "TƯ"): not recognised beside capitals.
        var isSyllable: Bool
        /// The words it stands for: `words[meaningStart..<meaningEnd]`.
        var meaningStart: Int32
        var meaningEnd: Int32
    }

    /// The end of a run of words in one of the tries: a long form (any case; its output is the
    /// token) or a phrase (each word in its case; its output is what the phrase stands for).
    struct Terminal: Sendable {
        /// The trie node the run ends at.
        var node: Int32
        /// The hash of the first word of a long form: it does not start after a word it would
        /// make a compound with (``compounds``).
        var lead: UInt64
        /// The case of each word of a phrase, `rules[rulesStart..<rulesEnd]`; none for long forms.
        var rulesStart: Int32
        var rulesEnd: Int32
        /// The words the run becomes, `words[outputStart..<outputEnd]`.
        var outputStart: Int32
        var outputEnd: Int32
    }

    /// An entry of the hash table: a word under a trie node, and what it leads to.
    struct Slot: Sendable {
        var parent: Int32
        var wordStart: Int32
        var wordEnd: Int32
        /// The next node of the run (long forms from the root, or the phrase the parent is in), or -1.
        var child: Int32
        /// Root entries: the spelling this word is, or -1.
        var spelling: Int32
        /// Root entries: the first node of the phrases that begin with this word, or -1.
        var phrase: Int32
    }

    /// Pairs of words (``pairKey(_:_:)``) after which no long form may start: ``compounds``.
    private(set) var blockedPairs: Set<UInt64> = []
    /// One bit per root entry, at bit `hash >> 50` of their word's hash: most words are not there.
    private(set) var rootFilter: [UInt64] = Array(repeating: 0, count: 256)
    /// Open addressing over (node, word hash); 0 is an empty slot.
    private(set) var keys: [UInt64] = []
    private(set) var slots: [Slot] = []
    private var mask = 0
    /// Bytes of every word the index knows, and 8 more (``MatchingKey.Word/hash(_:count:)``).
    private(set) var pool: [UInt8] = []
    /// The terminals of each trie node (node 0 is the root): `terminals[firstTerminal[n]...]` while
    /// their node is `n`, or none when `firstTerminal[n]` is -1.
    private(set) var firstTerminal: [Int32] = []
    private(set) var terminals: [Terminal] = []
    private(set) var rules: [CaseRule] = []
    /// The words of outputs and meanings.
    private(set) var words: [PoolWord] = []
    private(set) var spellings: [Spelling] = []

    /// Whether the root may hold a word with this hash.
    @inline(__always)
    func mayStartRun(_ hash: UInt64) -> Bool {
        let bit = hash >> 50
        return rootFilter[Int(bit >> 6)] & (1 << (bit & 63)) != 0
    }

    /// The key of two adjacent words, by their hashes.
    @inline(__always)
    static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        ((first << 23) | (first >> 41)) ^ (second &* 0x9E37_79B9_7F4A_7C15)
    }

    @inline(__always)
    static func slotKey(node: Int32, hash: UInt64) -> UInt64 {
        let key = hash ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)
        return key == 0 ? 1 : key
    }

    /// The slot of `word` (bytes in `bytes`) under `node`, or -1.
    @inline(__always)
    func lookup(node: Int32, hash: UInt64, bytes: UnsafeBufferPointer<UInt8>, pool: UnsafeBufferPointer<UInt8>) -> Int32 {
        let key = Self.slotKey(node: node, hash: hash)
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let stored = keys[i]
            if stored == 0 { return -1 }
            if stored == key {
                let slot = slots[i]
                if slot.parent == node && Self.equal(pool, Int(slot.wordStart), Int(slot.wordEnd), bytes) { return Int32(i) }
            }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    static func equal(_ pool: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end - start == bytes.count else { return false }
        var k = 0
        while k < bytes.count {
            if pool[start + k] != bytes[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether folded lower-case ASCII letters could be one Vietnamese syllable: an initial
    /// consonant or none, one to three vowels, a final consonant or none ("da", "tu", "an", but
    /// not "ubnd", "tw" or "hcm").
    static func looksLikeSyllable(_ letters: [UInt8]) -> Bool {
        let text = String(decoding: letters, as: UTF8.self)
        let initials = ["ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
                        "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
        let finals: Set<Substring> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        for initial in initials where text.hasPrefix(initial) {
            let rest = text.dropFirst(initial.count)
            let nucleus = rest.prefix { vowels.contains($0) }
            guard (1...3).contains(nucleus.count) || (initial == "gi" && nucleus.isEmpty) else { continue }
            if finals.contains(rest.dropFirst(nucleus.count)) { return true }
        }
        return false
    }
}

// MARK: - Building

extension AbbreviationIndex {
    init(form: MatchingKey.Lexer.Form, rows: [AbbreviationRow] = AbbreviationRow.table) {
        var builder = Builder(form: form)
        builder.build(rows)
        self = builder.finish()
    }

    private struct EdgeKey: Hashable {
        var parent: Int32
        var word: [UInt8]
    }

    private struct Edge {
        var child: Int32 = -1
        var spelling: Int32 = -1
        var phrase: Int32 = -1
    }

    private struct Builder {
        let form: MatchingKey.Lexer.Form
        var edges: [EdgeKey: Edge] = [:]
        /// The edges in the order they were made, for a table laid out the same way every time.
        var edgeOrder: [EdgeKey] = []
        /// Per node: its terminals.
        var terminals: [[(rules: [CaseRule], lead: UInt64, output: [PoolWord])]] = [[]]
        var spellings: [(rule: CaseRule, marks: Int8, isSyllable: Bool, meaning: [PoolWord])] = []
        /// Spellings with the same bytes, chained.
        var nextSpelling: [Int32: Int32] = [:]
        var pool: [UInt8] = []
        /// Nodes where two rows end the same run in the same case with different outputs.
        var conflicts: Set<Int32> = []

        init(form: MatchingKey.Lexer.Form) { self.form = form }

        struct Word {
            var bytes: [UInt8]
            var word: MatchingKey.Word
        }

        func words(_ text: String, form: MatchingKey.Lexer.Form? = nil) -> [Word] {
            let lexed = MatchingKey.Lexer.lex(text, form: form ?? self.form)
            return lexed.words.map { Word(bytes: Array(lexed.bytes[Int($0.start)..<Int($0.end)]), word: $0) }
        }

        mutating func poolWord(_ bytes: [UInt8], scalars: Int32) -> PoolWord {
            let start = Int32(pool.count)
            pool.append(contentsOf: bytes)
            return PoolWord(start: start, end: Int32(pool.count), hash: MatchingKey.Word.hash(bytes), scalars: scalars, slot: -1)
        }

        mutating func poolWords(_ words: [Word]) -> [PoolWord] {
            words.map { poolWord($0.bytes, scalars: $0.word.scalars) }
        }

        func bytes(of word: PoolWord) -> [UInt8] { Array(pool[Int(word.start)..<Int(word.end)]) }

        mutating func edge(_ key: EdgeKey, _ change: (inout Edge) -> Void) {
            if edges[key] == nil { edgeOrder.append(key) }
            change(&edges[key, default: Edge()])
        }

        /// The node under `parent` for `word`, created when missing. From the root, long forms and
        /// phrases start separate tries.
        mutating func child(of parent: Int32, _ word: [UInt8], phrase: Bool) -> Int32 {
            let key = EdgeKey(parent: parent, word: word)
            let existing = edges[key].map { parent == 0 && phrase ? $0.phrase : $0.child } ?? -1
            if existing >= 0 { return existing }
            let node = Int32(terminals.count)
            terminals.append([])
            edge(key) { edge in
                if parent == 0 && phrase { edge.phrase = node } else { edge.child = node }
            }
            return node
        }

        mutating func addRun(_ words: [[UInt8]], phrase: Bool, rules: [CaseRule], lead: UInt64, output: [PoolWord]) {
            var node: Int32 = 0
            for word in words { node = child(of: node, word, phrase: phrase) }
            let outputBytes = output.map(bytes(of:))
            for terminal in terminals[Int(node)] where terminal.rules == rules {
                if terminal.output.map(bytes(of:)) != outputBytes { conflicts.insert(node) }
                return
            }
            terminals[Int(node)].append((rules, lead, output))
        }

        static func isAbbreviationLike(_ word: MatchingKey.Word) -> Bool {
            word.upper.nonzeroBitCount >= 2 || (word.scalars == 1 && word.upper == 1)
        }

        func lowerCaseAllowed(_ folded: [UInt8], scalars: Int32) -> Bool {
            scalars >= 3 && !AbbreviationIndex.looksLikeSyllable(folded)
        }

        mutating func build(_ rows: [AbbreviationRow]) {
            // 1. Single-word spellings: who claims each word.
            struct Claim {
                var meaning: String
                var row: Int
                var isUnambiguous: Bool
                var upper: UInt64
                var scalars: Int32
                var hadMarks: Bool
                var folded: [UInt8]
            }
            var claims: [[UInt8]: [Claim]] = [:]
            var phrases: [(row: Int, spelling: String)] = []
            for (index, row) in rows.enumerated() {
                let spellings = row.isUnambiguous
                    ? row.spellings
                    : ([row.abbreviation] + row.variants).map { String($0.prefix { $0 != "(" }) }
                for spelling in spellings {
                    let lexed = words(spelling)
                    guard lexed.count == 1, let only = lexed.first else {
                        if row.isUnambiguous { phrases.append((index, spelling)) }
                        continue
                    }
                    let folded = words(spelling, form: .folded).first?.bytes ?? []
                    claims[only.bytes, default: []].append(Claim(
                        meaning: row.meaning(of: spelling), row: index, isUnambiguous: row.isUnambiguous,
                        upper: only.word.upper, scalars: only.word.scalars, hadMarks: only.word.hadMarks, folded: folded
                    ))
                }
            }
            // A word claimed by one unambiguous row, with one meaning, is that row's spelling. When
            // claims disagree, those written with diacritics and those without may still each agree
            // ("ĐA" and "DA" once folded); otherwise the word stays a word.
            for (word, list) in claims.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
                func agree(_ claims: [Claim]) -> Bool {
                    claims.allSatisfy { $0.isUnambiguous && $0.row == claims[0].row && $0.meaning == claims[0].meaning }
                }
                var groups: [(marks: Int8, claims: [Claim])] = []
                if agree(list) {
                    groups = [(-1, list)]
                } else {
                    for marks: Int8 in [0, 1] {
                        let side = list.filter { $0.hadMarks == (marks == 1) }
                        if !side.isEmpty && agree(side) { groups.append((marks, side)) }
                    }
                }
                var previous: Int32 = -1
                for (marks, side) in groups {
                    let claim = side[0]
                    var patterns: [UInt64] = []
                    for c in side where !patterns.contains(c.upper) { patterns.append(c.upper) }
                    let rule = CaseRule(patterns: patterns, allUpper: claim.scalars >= 2,
                                        lowerCase: lowerCaseAllowed(claim.folded, scalars: claim.scalars))
                    let isSyllable = claim.scalars >= 2 && AbbreviationIndex.looksLikeSyllable(claim.folded)
                    spellings.append((rule, marks, isSyllable, poolWords(words(claim.meaning))))
                    let index = Int32(spellings.count - 1)
                    if previous < 0 {
                        edge(EdgeKey(parent: 0, word: word)) { $0.spelling = index }
                    } else {
                        nextSpelling[previous] = index
                    }
                    previous = index
                }
            }

            // 2. Long forms: the token.
            for row in rows where row.isUnambiguous {
                let longForm = words(row.longForm).map(\.bytes)
                let token = poolWord(Array(row.token.utf8), scalars: Int32(row.token.unicodeScalars.count))
                // Keys are written into room for the words they come from: a token must be shorter.
                precondition(row.token.utf8.count <= longForm.reduce(longForm.count - 1) { $0 + $1.count })
                addRun(longForm, phrase: false, rules: [], lead: MatchingKey.Word.hash(longForm[0]), output: [token])
            }

            // 3. Phrases: spellings of several words, each part in its case, when the parts do not
            // already spell it out on their own ("BCH TW" does: BCH, TW).
            for (index, spelling) in phrases {
                let row = rows[index]
                let parts = words(spelling)
                let hasAbbreviation = parts.contains { Self.isAbbreviationLike($0.word) }
                var rules: [CaseRule] = []
                var needed = false
                for part in parts {
                    if Self.isAbbreviationLike(part.word) {
                        let folded = words(String(decoding: part.bytes, as: UTF8.self), form: .folded).first?.bytes ?? part.bytes
                        rules.append(CaseRule(patterns: [part.word.upper], allUpper: true,
                                              lowerCase: lowerCaseAllowed(folded, scalars: part.word.scalars)))
                        let spelled = edges[EdgeKey(parent: 0, word: part.bytes)]?.spelling ?? -1
                        if spelled < 0 || spellings[Int(spelled)].marks >= 0 { needed = true }
                    } else if !hasAbbreviation && part.word.upper != 0 {
                        // A spelling in words ("Mặt trận"): only as the table capitalises it.
                        rules.append(CaseRule(patterns: [part.word.upper], allUpper: false, lowerCase: false))
                        needed = true
                    } else {
                        rules.append(.any)
                    }
                }
                guard needed else { continue }
                addRun(parts.map(\.bytes), phrase: true, rules: rules, lead: 0, output: poolWords(words(row.meaning(of: spelling))))
            }
        }

        /// Lays the edges out in an open-addressing table, the terminals in flat arrays, and
        /// resolves the root slots of the words that spellings and phrases stand for.
        mutating func finish() -> AbbreviationIndex {
            var index = AbbreviationIndex()
            var capacity = 64
            while capacity < 4 * edgeOrder.count { capacity *= 2 }
            index.keys = Array(repeating: 0, count: capacity)
            index.slots = Array(repeating: Slot(parent: -1, wordStart: 0, wordEnd: 0, child: -1, spelling: -1, phrase: -1), count: capacity)
            index.mask = capacity - 1
            for key in edgeOrder {
                guard let edge = edges[key] else { continue }
                let word = poolWord(key.word, scalars: 0)
                let slotKey = AbbreviationIndex.slotKey(node: key.parent, hash: word.hash)
                var i = Int(truncatingIfNeeded: slotKey ^ (slotKey >> 29)) & index.mask
                while index.keys[i] != 0 { i = (i + 1) & index.mask }
                index.keys[i] = slotKey
                index.slots[i] = Slot(parent: key.parent, wordStart: word.start, wordEnd: word.end, child: edge.child,
                                      spelling: edge.spelling, phrase: edge.phrase)
                if key.parent == 0 { index.rootFilter[Int(word.hash >> 56)] |= 1 << ((word.hash >> 50) & 63) }
            }
            for node in conflicts { terminals[Int(node)].removeAll() }
            for compound in AbbreviationIndex.compounds {
                let pair = words(compound)
                precondition(pair.count == 2, "a compound has two words: \(compound)")
                index.blockedPairs.insert(AbbreviationIndex.pairKey(pair[0].word.hash, pair[1].word.hash))
            }
            pool.append(contentsOf: [UInt8](repeating: 0, count: 8))
            index.pool = pool
            func resolved(_ word: PoolWord) -> PoolWord {
                var word = word
                word.slot = index.pool.withUnsafeBufferPointer { pool in
                    index.lookup(node: 0, hash: word.hash, bytes: UnsafeBufferPointer(rebasing: pool[Int(word.start)..<Int(word.end)]), pool: pool)
                }
                return word
            }
            for (node, list) in terminals.enumerated() {
                index.firstTerminal.append(list.isEmpty ? -1 : Int32(index.terminals.count))
                for (rules, lead, output) in list {
                    let rulesStart = Int32(index.rules.count)
                    index.rules.append(contentsOf: rules)
                    let outputStart = Int32(index.words.count)
                    // What a phrase stands for is read for long forms like any other words.
                    index.words.append(contentsOf: output.map(resolved))
                    index.terminals.append(Terminal(node: Int32(node), lead: lead, rulesStart: rulesStart, rulesEnd: Int32(index.rules.count),
                                                    outputStart: outputStart, outputEnd: Int32(index.words.count)))
                }
            }
            for (number, (rule, marks, isSyllable, meaning)) in spellings.enumerated() {
                let start = Int32(index.words.count)
                index.words.append(contentsOf: meaning.map(resolved))
                index.spellings.append(Spelling(
                    rule: rule, marks: marks, next: nextSpelling[Int32(number)] ?? -1, isSyllable: isSyllable,
                    meaningStart: start, meaningEnd: Int32(index.words.count)
                ))
            }
            return index
        }
    }
}
