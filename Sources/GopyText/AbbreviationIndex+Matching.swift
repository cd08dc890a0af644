extension AbbreviationIndex {
    /// The key of lexed text: spellings of abbreviations spelled out, long forms turned into their
    /// tokens (see ``AbbreviationIndex``), words separated by one space.
    func key(of lexed: inout MatchingKey.Lexed) -> String {
        let output: [UInt8]? = lexed.bytes.withUnsafeBufferPointer { text in
            pool.withUnsafeBufferPointer { pool in
                lexed.words.withUnsafeMutableBufferPointer { words in
                    // The root slot of every word; most words have none.
                    var anySpelling = false
                    var anyRun = false
                    for i in 0..<words.count {
                        let word = words[i]
                        guard mayStartRun(word.hash) else { continue }
                        let slot = lookup(node: 0, hash: word.hash, bytes: Self.bytes(word, text, pool), pool: pool)
                        guard slot >= 0 else { continue }
                        words[i].slot = slot
                        let entry = slots[Int(slot)]
                        if entry.spelling >= 0 || entry.phrase >= 0 { anySpelling = true }
                        if entry.child >= 0 { anyRun = true }
                    }
                    if anySpelling, let units = spellingOut(UnsafeBufferPointer(words), text, pool) {
                        return units.withUnsafeBufferPointer { contracting($0, text, pool, changed: true) }
                    }
                    guard anyRun else { return nil }
                    return contracting(UnsafeBufferPointer(words), text, pool, changed: false)
                }
            }
        }
        return String(decoding: output ?? lexed.bytes, as: UTF8.self)
    }

    @inline(__always)
    static func bytes(_ word: MatchingKey.Word, _ text: UnsafeBufferPointer<UInt8>, _ pool: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let base = word.pooled ? pool.baseAddress! : text.baseAddress!
        return UnsafeBufferPointer(start: base + Int(word.start), count: Int(word.end - word.start))
    }

    // MARK: Step 1: spelling out

    /// The words with every recognised phrase and spelling replaced by what it stands for, or nil
    /// when there is none.
    private func spellingOut(_ words: UnsafeBufferPointer<MatchingKey.Word>, _ text: UnsafeBufferPointer<UInt8>, _ pool: UnsafeBufferPointer<UInt8>) -> [MatchingKey.Word]? {
        var units: [MatchingKey.Word] = []
        var expanded = false
        var i = 0
        while i < words.count {
            let word = words[i]
            var meaning = (start: -1, end: -1)
            var next = i + 1
            if word.slot >= 0 {
                let entry = slots[Int(word.slot)]
                if entry.phrase >= 0 {
                    let phrase = longestPhrase(at: i, node: entry.phrase, words, text, pool)
                    // A phrase of words that begins a longer long form is that long form
                    // ("Mặt trận Tổ quốc" is MTTQ, not "Mặt trận" and "Tổ quốc").
                    if phrase.end >= 0 && longestRun(at: i, afterRun: true, words, text, pool).end <= phrase.end {
                        let terminal = terminals[phrase.terminal]
                        meaning = (Int(terminal.outputStart), Int(terminal.outputEnd))
                        next = phrase.end
                    }
                }
                if meaning.start < 0 && entry.spelling >= 0 {
                    let s = spelling(at: i, first: Int(entry.spelling), in: words)
                    if s >= 0 { meaning = (Int(spellings[s].meaningStart), Int(spellings[s].meaningEnd)) }
                }
            }
            if meaning.start >= 0 {
                if !expanded {
                    expanded = true
                    units.reserveCapacity(words.count + 16)
                    units.append(contentsOf: words[..<i])
                }
                for k in meaning.start..<meaning.end { units.append(self.words[k].keyWord) }
            } else if expanded {
                units.append(word)
            }
            i = next
        }
        return expanded ? units : nil
    }

    /// The longest phrase from `i` whose words are written in the case it asks: where it ends and
    /// its terminal, or -1 for both.
    private func longestPhrase(at i: Int, node first: Int32, _ words: UnsafeBufferPointer<MatchingKey.Word>, _ text: UnsafeBufferPointer<UInt8>, _ pool: UnsafeBufferPointer<UInt8>) -> (end: Int, terminal: Int) {
        var best = (end: -1, terminal: -1)
        var node = first
        var j = i + 1
        while true {
            let found = terminal(at: node, words, i, j, after: nil)
            if found >= 0 { best = (j, found) }
            guard j < words.count else { break }
            let next = words[j]
            let slot = lookup(node: node, hash: next.hash, bytes: Self.bytes(next, text, pool), pool: pool)
            guard slot >= 0, case let child = slots[Int(slot)].child, child >= 0 else { break }
            node = child
            j += 1
        }
        return best
    }

    /// The spelling the word at `i` is, from the chain that starts at `first`, or -1.
    @inline(__always)
    private func spelling(at i: Int, first: Int, in words: UnsafeBufferPointer<MatchingKey.Word>) -> Int {
        var s = first
        while s >= 0 {
            let spelling = spellings[s]
            if spelling.marks < 0 || (spelling.marks == 1) == words[i].hadMarks, isSpelling(spelling, at: i, in: words) {
                return s
            }
            s = Int(spelling.next)
        }
        return -1
    }

    /// Whether the word at `i` is written as the spelling accepts, among neighbours that allow it.
    @inline(__always)
    private func isSpelling(_ spelling: Spelling, at i: Int, in words: UnsafeBufferPointer<MatchingKey.Word>) -> Bool {
        guard spelling.rule.accepts(words[i]) else { return false }
        guard spelling.isSyllable else { return true }
        // "ĐA DẠNG", "TƯ NHÂN": a syllable among capitals is a word, not an abbreviation.
        return !(i > 0 && isCapitalWord(words[i - 1])) && !(i + 1 < words.count && isCapitalWord(words[i + 1]))
    }

    /// A word of two letters or more in capitals that is not an abbreviation.
    @inline(__always)
    private func isCapitalWord(_ word: MatchingKey.Word) -> Bool {
        word.scalars >= 2 && word.isAllUpper && (word.slot < 0 || slots[Int(word.slot)].spelling < 0)
    }

    // MARK: Step 2: tokens

    /// The key bytes with every long form (longest first, from the left) replaced by its token, or
    /// nil when nothing changed (and `changed` is false).
    private func contracting(_ units: UnsafeBufferPointer<MatchingKey.Word>, _ text: UnsafeBufferPointer<UInt8>, _ pool: UnsafeBufferPointer<UInt8>, changed: Bool) -> [UInt8]? {
        var i = 0
        var match = (end: -1, terminal: -1)
        if !changed {
            // Nothing to write until the first run.
            while i < units.count {
                match = longestRun(at: i, afterRun: false, units, text, pool)
                if match.end >= 0 { break }
                i += 1
            }
            guard match.end >= 0 else { return nil }
        }
        // Tokens are shorter than their long forms (checked when the index is built).
        var capacity = 0
        for unit in units { capacity += unit.length + 1 }
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var writer = OutputWriter(base: buffer.baseAddress!)
            if !changed && i > 0 {
                // The key's own bytes up to the space before the first run.
                writer.copy(UnsafeBufferPointer(rebasing: text[0..<Int(units[i].start) - 1]))
            }
            var afterRun = false
            while i < units.count {
                if match.end < 0 { match = longestRun(at: i, afterRun: afterRun, units, text, pool) }
                afterRun = match.end >= 0
                if match.end >= 0 {
                    let terminal = terminals[match.terminal]
                    for k in Int(terminal.outputStart)..<Int(terminal.outputEnd) {
                        writer.word(Self.bytes(words[k].keyWord, text, pool))
                    }
                    i = match.end
                } else {
                    writer.word(Self.bytes(units[i], text, pool))
                    i += 1
                }
                match = (-1, -1)
            }
            initialized = writer.position
        }
    }

    /// The longest long form starting at `i`: where it ends and its terminal, or -1 for both.
    /// `afterRun`: whether the word before `i` ended a run (else it may block one, ``compounds``).
    @inline(__always)
    private func longestRun(at i: Int, afterRun: Bool, _ units: UnsafeBufferPointer<MatchingKey.Word>, _ text: UnsafeBufferPointer<UInt8>, _ pool: UnsafeBufferPointer<UInt8>) -> (end: Int, terminal: Int) {
        var best = (end: -1, terminal: -1)
        var slot = units[i].slot
        let before: UInt64? = i > 0 && !afterRun ? units[i - 1].hash : nil
        var j = i
        while slot >= 0 {
            let node = slots[Int(slot)].child
            if node < 0 { break }
            j += 1
            let found = terminal(at: node, units, i, j, after: before)
            if found >= 0 { best = (j, found) }
            guard j < units.count else { break }
            let next = units[j]
            slot = lookup(node: node, hash: next.hash, bytes: Self.bytes(next, text, pool), pool: pool)
        }
        return best
    }

    /// The index of the first terminal of `node` whose case rules the words `start..<end` meet and
    /// that makes no compound with the word `before` them, or -1.
    @inline(__always)
    private func terminal(at node: Int32, _ units: UnsafeBufferPointer<MatchingKey.Word>, _ start: Int, _ end: Int, after before: UInt64?) -> Int {
        var index = Int(firstTerminal[Int(node)])
        guard index >= 0 else { return -1 }
        while index < terminals.count && terminals[index].node == node {
            let terminal = terminals[index]
            if let before, blockedPairs.contains(Self.pairKey(before, terminal.lead)) {
                index += 1
                continue
            }
            let count = Int(terminal.rulesEnd - terminal.rulesStart)
            if count == 0 { return index }
            if count == end - start {
                var ok = true
                for k in 0..<count where !rules[Int(terminal.rulesStart) + k].accepts(units[start + k]) {
                    ok = false
                    break
                }
                if ok { return index }
            }
            index += 1
        }
        return -1
    }
}

/// Writes words one space apart into a buffer known to be large enough.
private struct OutputWriter {
    let base: UnsafeMutablePointer<UInt8>
    var position = 0

    @inline(__always)
    mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        (base + position).update(from: source, count: bytes.count)
        position += bytes.count
    }

    @inline(__always)
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>) {
        if position > 0 {
            base[position] = 0x20
            position += 1
        }
        copy(bytes)
    }
}
