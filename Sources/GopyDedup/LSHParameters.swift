/// Locality-sensitive hashing of MinHash signatures: `bands` bands of `rows` values each.
/// Two comments become candidates when all the values of at least one band agree, which
/// happens with probability `1 - (1 - s^rows)^bands` for a pair of Jaccard similarity `s`
/// (the S-curve). Candidates are then verified against their real similarity.
public struct LSHParameters: Sendable, Hashable {
    /// How many bands (bucket tables).
    public var bands: Int
    /// How many signature values make one band's key.
    public var rows: Int

    /// - Precondition: at most 128 hashes in all.
    public init(bands: Int, rows: Int) {
        precondition(bands > 0 && rows > 0 && bands * rows <= MinHasher.maxHashes, "at most \(MinHasher.maxHashes) hashes")
        self.bands = bands
        self.rows = rows
    }

    /// Hashes per signature.
    public var hashes: Int { bands * rows }

    /// The chance that a pair of Jaccard similarity `similarity` shares at least one band.
    public func detectionProbability(_ similarity: Double) -> Double {
        var all: Double = 1
        for _ in 0..<rows { all *= similarity }
        var none: Double = 1
        for _ in 0..<bands { none *= 1 - all }
        return 1 - none
    }

    /// The most values of `hashes` that two signatures can be required to share while a pair
    /// of Jaccard similarity `similarity` still shares that many with probability at least
    /// `recall` (each value agrees with probability `similarity`: a binomial tail).
    public static func leastEqualValues(similarity: Double, hashes: Int, recall: Double) -> Int {
        // P(X = i) for X ~ Binomial(hashes, similarity), summed from the top down.
        var tail = 0.0
        for k in stride(from: hashes, through: 0, by: -1) {
            var term = 1.0
            for i in 0..<k { term *= Double(hashes - i) / Double(k - i) * similarity }
            for _ in 0..<(hashes - k) { term *= 1 - similarity }
            tail += term
            if tail >= recall { return k }
        }
        return 0
    }

    /// The band layout with the most rows per band (fewest false candidates) that still finds
    /// a pair at `threshold` with probability at least `recall`, using at most `hashes` hashes
    /// (all of them: more bands only raise recall).
    public static func choose(threshold: Double, recall: Double, hashes: Int) -> LSHParameters? {
        for rows in stride(from: hashes, through: 1, by: -1) {
            let candidate = LSHParameters(bands: hashes / rows, rows: rows)
            if candidate.detectionProbability(threshold) >= recall { return candidate }
        }
        return nil
    }
}
