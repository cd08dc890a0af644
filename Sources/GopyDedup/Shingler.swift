import GopyText

/// How a matching key is cut into shingles.
public enum ShingleUnit: Sendable, Hashable {
    /// Every run of this many characters (Unicode scalars), the spaces between words included.
    case characters(Int)
    /// Every run of this many syllables (the space-separated units of a matching key).
    case syllables(Int)
}

/// Cuts matching keys into hashed shingles, with no allocation per shingle: one shingler is
/// reused for many keys (one per thread), and its buffers grow to the longest key seen.
///
/// A key is loaded once (``load(_:folded:)``); parts quoted from the draft may then be masked
/// (``mask(_:)``), and ``shingle(_:)`` hashes the shingles of what is left. A shingle never
/// spans a masked part.
struct Shingler {
    /// The key's Unicode scalars (the first `scalarCount`).
    private(set) var scalarBuffer: [UInt32] = []
    private(set) var scalarCount = 0
    /// Where each syllable starts and ends in the scalars (end exclusive), its hash, and
    /// whether it is kept (not quoted from the draft); the first `syllableCount`.
    private(set) var syllableStart: [Int32] = []
    private(set) var syllableEnd: [Int32] = []
    private var syllableHash: [UInt64] = []
    private(set) var kept: [Bool] = []
    private(set) var syllableCount = 0
    private(set) var keptSyllableCount = 0
    /// The shingle hashes of the last ``shingle(_:)``, in text order, repeats included, and
    /// where each starts (a scalar index for character shingles, a syllable index for
    /// syllable shingles); the first `shingleCount`.
    private(set) var hashBuffer: [UInt64] = []
    private(set) var startBuffer: [Int32] = []
    private(set) var shingleCount = 0

    /// The polynomial base of rolling hashes (odd).
    static let base: UInt64 = 0x9E37_79B9_7F4A_7C15

    init() {}

    /// Calls `body` with the shingle hashes of the last ``shingle(_:)``.
    func withHashes<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
        hashBuffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<shingleCount])) }
    }

    func start(ofShingle i: Int) -> Int { Int(startBuffer[i]) }
    func hash(ofShingle i: Int) -> UInt64 { hashBuffer[i] }

    /// Decodes `key` (a matching key: words separated by single spaces) into scalars and
    /// syllables. Any run of spaces separates syllables. With `folded`, every lower-case letter
    /// loses its diacritics (``fold(_:)``, one scalar for one, so positions stay those of the
    /// key): the key's diacritic-free form, as ``GopyText/MatchingKey/diacriticFree(_:)`` gives
    /// it for the same words.
    mutating func load(_ key: String, folded: Bool = false) {
        var key = key
        key.withUTF8 { load($0, folded: folded) }
    }

    /// ``load(_:folded:)`` from a key's UTF-8 bytes.
    mutating func load(_ bytes: UnsafeBufferPointer<UInt8>, folded: Bool = false) {
        do {
            let n = bytes.count
            if scalarBuffer.count < n { scalarBuffer = [UInt32](repeating: 0, count: max(n, 2 * scalarBuffer.count)) }
            let syllablesNeeded = n / 2 + 2
            if syllableStart.count < syllablesNeeded {
                let size = max(syllablesNeeded, 2 * syllableStart.count)
                syllableStart = [Int32](repeating: 0, count: size)
                syllableEnd = [Int32](repeating: 0, count: size)
                syllableHash = [UInt64](repeating: 0, count: size)
                kept = [Bool](repeating: true, count: size)
            }
            var count = 0
            var syllables = 0
            Self.foldTable.withUnsafeBufferPointer { foldTable in
            scalarBuffer.withUnsafeMutableBufferPointer { scalars in
                syllableStart.withUnsafeMutableBufferPointer { starts in
                    syllableEnd.withUnsafeMutableBufferPointer { ends in
                        syllableHash.withUnsafeMutableBufferPointer { hashes in
                            var i = 0
                            var hash: UInt64 = 0
                            var wordStart = -1
                            while i < n {
                                let b0 = UInt32(bytes[i])
                                var value: UInt32
                                if b0 < 0x80 {
                                    value = b0
                                    i &+= 1
                                } else if b0 < 0xE0 {
                                    value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                                    i &+= 2
                                } else if b0 < 0xF0 {
                                    value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                                    i &+= 3
                                } else {
                                    value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                                    i &+= 4
                                }
                                if value == 0x20 {
                                    if wordStart >= 0 {
                                        starts[syllables] = Int32(truncatingIfNeeded: wordStart)
                                        ends[syllables] = Int32(truncatingIfNeeded: count)
                                        hashes[syllables] = StableHash.mix(hash ^ 0x5851_F42D_4C95_7F2D)
                                        syllables &+= 1
                                        scalars[count] = 0x20  // one space between syllables
                                        count &+= 1
                                        wordStart = -1
                                        hash = 0
                                    }
                                    continue
                                }
                                if folded && value >= 0x80 {
                                    value = value < UInt32(foldTable.count) ? foldTable[Int(value)] : Self.foldSlowly(value)
                                }
                                if wordStart < 0 { wordStart = count }
                                scalars[count] = value
                                count &+= 1
                                hash = hash &* Self.base &+ UInt64(value)
                            }
                            if wordStart >= 0 {
                                starts[syllables] = Int32(truncatingIfNeeded: wordStart)
                                ends[syllables] = Int32(truncatingIfNeeded: count)
                                hashes[syllables] = StableHash.mix(hash ^ 0x5851_F42D_4C95_7F2D)
                                syllables &+= 1
                            } else if count > 0 {
                                count -= 1  // a trailing space
                            }
                        }
                    }
                }
            }
            }
            scalarCount = count
            syllableCount = syllables
        }
        kept.withUnsafeMutableBufferPointer { kept in
            for s in 0..<syllableCount { kept[s] = true }
        }
        keptSyllableCount = syllableCount
    }

    /// The key's scalars.
    var scalars: ArraySlice<UInt32> { scalarBuffer[0..<scalarCount] }

    /// A lower-case letter without its diacritics (``GopyText/Folding/foldScalar(_:)``); capitals
    /// are kept, as they only occur in abbreviation tokens ("HĐND"), which
    /// ``GopyText/MatchingKey/diacriticFree(_:)`` keeps too.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32 {
        if value < UInt32(foldTable.count) { return foldTable[Int(value)] }
        return foldSlowly(value)
    }

    private static func foldSlowly(_ value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return value }
        let folded = Folding.foldScalar(scalar).value
        return (0x41...0x5A).contains(folded) ? value : folded
    }

    /// ``fold(_:)`` for every value below U+1F00 (the Vietnamese letters end at U+1EF9).
    static let foldTable: [UInt32] = (0..<UInt32(0x1F00)).map { foldSlowly($0) }

    /// The hash of the `length` syllables starting at syllable `start`.
    @inline(__always)
    func syllableRunHash(start: Int, length: Int) -> UInt64 {
        StableHash.mix(syllableRunPolynomial(start: start, length: length))
    }

    /// ``syllableRunHash(start:length:)`` before its final mixing: a polynomial in the
    /// syllables' hashes, which ``mask(_:)`` rolls along the key.
    @inline(__always)
    func syllableRunPolynomial(start: Int, length: Int) -> UInt64 {
        syllableHash.withUnsafeBufferPointer { hashes in
            var hash: UInt64 = UInt64(length)
            for s in start..<start + length {
                hash = hash &* Self.base &+ hashes[s]
            }
            return hash
        }
    }

    /// Calls `body` with the polynomial (``syllableRunPolynomial(start:length:)``) of every
    /// run of `length` syllables (for quotation masks).
    func forEachSyllableRun(length: Int, _ body: (UInt64) -> Void) {
        guard syllableCount >= length else { return }
        for start in 0...(syllableCount - length) {
            body(syllableRunPolynomial(start: start, length: length))
        }
    }

    /// Marks as not kept every syllable inside a run of the mask's length that the draft
    /// holds too.
    mutating func mask(_ mask: QuotationMask) {
        let m = mask.syllables
        guard !mask.isEmpty, syllableCount >= m else { return }
        // The runs' polynomial hashes (before mixing), rolled along: the same values as
        // ``syllableRunHash(start:length:)`` gives, one step each.
        var top: UInt64 = 1  // base^(m-1)
        for _ in 1..<m { top = top &* Self.base }
        let lengthTerm = UInt64(m) &* top &* Self.base  // length · base^m
        var coveredUntil = 0  // syllables before this index are already masked
        var masked: [Int] = []
        syllableHash.withUnsafeBufferPointer { hashes in
            var rolling = UInt64(m)
            for s in 0..<m { rolling = rolling &* Self.base &+ hashes[s] }
            var start = 0
            while true {
                if mask.contains(polynomial: rolling) { masked.append(start) }
                let next = start + m
                guard next < syllableCount else { break }
                rolling = (rolling &- lengthTerm &- hashes[start] &* top) &* Self.base &+ lengthTerm &+ hashes[next]
                start += 1
            }
        }
        for start in masked {
            for s in max(start, coveredUntil)..<start + m {
                kept[s] = false
                keptSyllableCount -= 1
            }
            coveredUntil = start + m
        }
    }

    /// Hashes the shingles of the kept parts. A kept part shorter than one shingle gives none.
    mutating func shingle(_ unit: ShingleUnit) {
        shingleCount = 0
        let most: Int
        switch unit {
        case .characters: most = scalarCount
        case .syllables: most = syllableCount
        }
        if hashBuffer.count < most {
            hashBuffer = [UInt64](repeating: 0, count: max(most, 2 * hashBuffer.count))
            startBuffer = [Int32](repeating: 0, count: hashBuffer.count)
        }
        let kept = self.kept   // read by the loop while `self` is written
        Self.forEachKeptPart(kept, count: syllableCount) { s, e in
            // Syllables s..<e are one kept part.
            switch unit {
            case .characters(let k):
                shingleCharacters(from: Int(syllableStart[s]), to: Int(syllableEnd[e - 1]), length: k)
            case .syllables(let k):
                if e - s >= k {
                    for start in s...(e - k) {
                        hashBuffer[shingleCount] = syllableRunHash(start: start, length: k)
                        startBuffer[shingleCount] = Int32(start)
                        shingleCount += 1
                    }
                }
            }
        }
    }

    /// How many shingles ``shingle(_:)`` would give.
    func shingleTotal(_ unit: ShingleUnit) -> Int {
        var total = 0
        forEachKeptPart { s, e in
            switch unit {
            case .characters(let k): total += max(0, Int(syllableEnd[e - 1]) - Int(syllableStart[s]) - k + 1)
            case .syllables(let k): total += max(0, e - s - k + 1)
            }
        }
        return total
    }

    /// Calls `body` with the hash of each shingle ``shingle(_:)`` would give, in its order,
    /// as long as `body` returns true (without storing them: a comparison that can stop early
    /// does not hash the rest); false when it was stopped.
    func forEachShingle(_ unit: ShingleUnit, _ body: (UInt64) -> Bool) -> Bool {
        var going = true
        forEachKeptPart { s, e in
            guard going else { return }
            switch unit {
            case .characters(let k):
                let lower = Int(syllableStart[s]), upper = Int(syllableEnd[e - 1])
                guard upper - lower >= k else { return }
                var power: UInt64 = 1  // base^(k-1)
                for _ in 1..<k { power = power &* Self.base }
                let seed = StableHash.shingleSeed ^ UInt64(k)
                scalarBuffer.withUnsafeBufferPointer { text in
                    var rolling: UInt64 = 0
                    for i in lower..<lower + k { rolling = rolling &* Self.base &+ UInt64(text[i]) }
                    guard body(StableHash.mix(rolling ^ seed)) else {
                        going = false
                        return
                    }
                    var i = lower + k
                    while i < upper {
                        rolling = (rolling &- UInt64(text[i - k]) &* power) &* Self.base &+ UInt64(text[i])
                        guard body(StableHash.mix(rolling ^ seed)) else {
                            going = false
                            return
                        }
                        i += 1
                    }
                }
            case .syllables(let k):
                guard e - s >= k else { return }
                for start in s...(e - k) where going {
                    going = body(syllableRunHash(start: start, length: k))
                }
            }
        }
        return going
    }

    /// Calls `body` with each kept part: syllables `s..<e`.
    @inline(__always)
    private func forEachKeptPart(_ body: (Int, Int) -> Void) {
        Self.forEachKeptPart(kept, count: syllableCount, body)
    }

    /// Calls `body` with each run `s..<e` of kept syllables among the first `count`.
    @inline(__always)
    private static func forEachKeptPart(_ kept: [Bool], count: Int, _ body: (Int, Int) -> Void) {
        var s = 0
        kept.withUnsafeBufferPointer { kept in
            while s < count {
                guard kept[s] else {
                    s += 1
                    continue
                }
                var e = s
                while e < count && kept[e] { e += 1 }
                body(s, e)
                s = e
            }
        }
    }

    private mutating func shingleCharacters(from lower: Int, to upper: Int, length k: Int) {
        guard upper - lower >= k else { return }
        var power: UInt64 = 1  // base^(k-1)
        for _ in 1..<k { power = power &* Self.base }
        let seed = StableHash.shingleSeed ^ UInt64(k)
        var out = shingleCount
        scalarBuffer.withUnsafeBufferPointer { text in
            hashBuffer.withUnsafeMutableBufferPointer { hashes in
                startBuffer.withUnsafeMutableBufferPointer { starts in
                    var rolling: UInt64 = 0
                    for i in lower..<lower + k { rolling = rolling &* Self.base &+ UInt64(text[i]) }
                    hashes[out] = StableHash.mix(rolling ^ seed)
                    starts[out] = Int32(lower)
                    out += 1
                    var i = lower + k
                    while i < upper {
                        rolling = (rolling &- UInt64(text[i - k]) &* power) &* Self.base &+ UInt64(text[i])
                        hashes[out] = StableHash.mix(rolling ^ seed)
                        starts[out] = Int32(i - k + 1)
                        out += 1
                        i += 1
                    }
                }
            }
        }
        shingleCount = out
    }
}
