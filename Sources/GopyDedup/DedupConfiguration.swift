/// The settings of ``NearDuplicateClusterer``.
///
/// The shingles and thresholds were chosen by measurement on 4,000 generated near-duplicate
/// pairs (1 to n/15 edits: typos, tone-mark style, abbreviations, spacing, a dropped word)
/// and 4,000 pairs saying different things in shared wording (same template, another
/// subject; one sentence shared of two). Errors at the best threshold, of 8,000:
/// syllable 2-grams 26 (at 0.675), 3-grams 68 (0.55), 4-grams 111 (0.5); character 4-grams
/// 17 (0.7), 5-grams 16 (0.7), 6-grams 22, 7-grams 26, 8-grams 30. Copies typed without
/// diacritics against their originals, on diacritic-free keys: character 5- to 7-grams 2
/// errors, 8-grams 3, syllable 3-grams 4, 5-grams 17; longer shingles are kept there, as
/// far more words fold alike.
public struct DedupConfiguration: Sendable, Hashable {
    /// Shingles of comments written with diacritics, on their matching key.
    public var shingle: ShingleUnit = .characters(5)
    /// Jaccard similarity from which two such comments are near-duplicates.
    public var threshold: Double = 0.7
    /// Shingles for comparisons involving a comment typed without diacritics, on the
    /// diacritic-free form of both keys: longer, as many more words fold alike.
    public var unaccentedShingle: ShingleUnit = .characters(7)
    /// Jaccard similarity (of `unaccentedShingle`s) from which a comment typed without
    /// diacritics and another are near-duplicates.
    public var unaccentedThreshold: Double = 0.7
    /// Bands of the near-duplicate LSH: 16 × 4 finds a pair at 0.7 with probability 0.988.
    public var lsh = LSHParameters(bands: 16, rows: 4)
    /// A candidate pair is verified only when its signatures share enough values that a pair
    /// at the threshold would pass this test with at least this probability
    /// (``LSHParameters/leastEqualValues(similarity:hashes:recall:)``): 37 of 64 values at 0.7,
    /// passed with probability 0.986, so that a pair at the threshold is still found at least
    /// 0.974 of the time. On the 200k round of `gopy-bench-dedup`, this drops 32,740 of the
    /// 54,427 candidates that were verified in vain (32 values of 64 were asked before), and
    /// none that was verified similar: the clusters are the same.
    public var estimateRecall = 0.985
    /// Comments with fewer syllables than this match only comments with the same key (or,
    /// typed without diacritics, the same diacritic-free key).
    public var minSyllables = 5
    /// Runs of this many syllables that the draft holds too are quotations: left out before
    /// comparing (when the draft's text is known).
    public var quotationSyllables = 8
    /// Form-letter campaigns.
    public var campaigns = CampaignConfiguration()
    /// Threads for the heavy loops; the result is the same for any number.
    public var jobs = 1

    public init() {}
}

/// The settings of form-letter campaign detection.
public struct CampaignConfiguration: Sendable, Hashable {
    /// Whether campaigns are looked for at all.
    public var enabled = true
    /// Shingles campaigns compare by, on the diacritic-free key: long runs of syllables, so
    /// that only long passages in common count (not the stock phrases everyone writes).
    public var shingle: ShingleUnit = .syllables(8)
    /// A campaign has at least this many distinct senders.
    public var minSenders = 5
    /// Its template (the shared core) has at least this many syllables.
    public var minTemplateSyllables = 40
    /// A member holds at least this share of the template (containment: shingles of the
    /// template found in the member, over the template's); a neighbour of a campaign's most
    /// typical member, this share of that member.
    public var containment = 0.8
    /// Two comments are linked as possible members of one campaign when they share at least
    /// this share of the smaller one's shingles.
    public var linkContainment = 0.5
    /// A shingle of the most typical member belongs to the template when at least this share
    /// of its neighbours (by senders) hold it too.
    public var coreShare = 0.5
    /// A member whose own words (beyond the template) reach this many syllables also stands
    /// as its own point.
    public var substantialAdditionSyllables = 25
    /// Candidate links come from LSH over the first `bands × rows` MinHash values:
    /// 16 × 2 finds a pair at 0.4 with probability 0.94 (a member needs only one link).
    public var lsh = LSHParameters(bands: 16, rows: 2)

    public init() {}
}
