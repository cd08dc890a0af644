import GopyText

/// How alike two texts are as gopy first compares them: the Jaccard similarity of the
/// character 5-grams of their matching keys (quotations of the draft not masked). The
/// generator uses it to keep its labels clear of the threshold (0.7): a campaign letter with
/// a substantial addition is made to stay at 0.55 or below from the bare letter.
struct KeySimilarity: Sendable {
    /// The distinct shingle hashes, sorted.
    private let grams: [UInt64]

    init(_ text: String) {
        let scalars = Array(MatchingKey.make(text).unicodeScalars.map(\.value))
        var grams: [UInt64] = []
        if scalars.count < 5 {
            grams.append(Self.hash(scalars[...]))
        } else {
            grams.reserveCapacity(scalars.count - 4)
            for start in 0...(scalars.count - 5) { grams.append(Self.hash(scalars[start..<(start + 5)])) }
        }
        grams.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(grams.count)
        for gram in grams where unique.last != gram { unique.append(gram) }
        self.grams = unique
    }

    func jaccard(_ other: KeySimilarity) -> Double {
        var i = 0
        var j = 0
        var shared = 0
        while i < grams.count && j < other.grams.count {
            if grams[i] == other.grams[j] {
                shared += 1
                i += 1
                j += 1
            } else if grams[i] < other.grams[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(max(1, grams.count + other.grams.count - shared))
    }

    /// The similarity of the text of `self` to that text followed or preceded by `other`
    /// (`self` the letter, `other` a sender's addition): the letter's shingles over those of
    /// both, leaving out the few shingles that span the join (which only lower it further).
    func jaccardWhenExtended(by other: KeySimilarity) -> Double {
        var i = 0
        var j = 0
        var new = 0
        while j < other.grams.count {
            if i < grams.count && grams[i] < other.grams[j] {
                i += 1
            } else if i < grams.count && grams[i] == other.grams[j] {
                i += 1
                j += 1
            } else {
                new += 1
                j += 1
            }
        }
        return Double(grams.count) / Double(max(1, grams.count + new))
    }

    private static func hash(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in scalars {
            hash ^= UInt64(scalar)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
