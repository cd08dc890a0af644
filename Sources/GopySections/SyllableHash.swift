import GopyText

/// Syllables of a matching key as 64-bit hashes, so that section inference compares words
/// without building a string per word.
///
/// A key (``MatchingKey/make(_:)`` or ``MatchingKey/diacriticFree(_:)``) is lower case with one
/// space between syllables; each syllable's bytes are hashed with FNV-1a (64 bits, fixed seed):
/// the same syllable gives the same hash in every process. Bigrams mix two syllable hashes
/// into a value that no single syllable's hash is meant to equal.
enum SyllableHash {
    private static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The hashes of the syllables of `key`, in order.
    static func syllables(ofKey key: String) -> [UInt64] {
        var key = key
        return key.withUTF8 { bytes in
            var out: [UInt64] = []
            out.reserveCapacity(bytes.count / 4 + 1)
            var hash = offset
            var inWord = false
            for byte in bytes {
                if byte == 0x20 {
                    if inWord { out.append(hash) }
                    hash = offset
                    inWord = false
                } else {
                    hash = (hash ^ UInt64(byte)) &* prime
                    inWord = true
                }
            }
            if inWord { out.append(hash) }
            return out
        }
    }

    /// The hashes of the syllables of `text`'s key: with diacritics (``MatchingKey/make(_:)``)
    /// or without (``MatchingKey/diacriticFree(_:)``).
    static func syllables(of text: String, folded: Bool) -> [UInt64] {
        syllables(ofKey: folded ? MatchingKey.diacriticFree(text) : MatchingKey.make(text))
    }

    /// The term for two adjacent syllables.
    @inline(__always)
    static func bigram(_ first: UInt64, _ second: UInt64) -> UInt64 {
        // A rotation keeps "a b" and "b a" apart; the constant keeps bigrams off unigrams.
        ((first << 21) | (first >> 43)) ^ (second &* 0x9E37_79B9_7F4A_7C15) ^ 0x5851_F42D_4C95_7F2D
    }
}
