// GopyDedup: grouping comments that say the same thing, and finding form-letter campaigns.
// Pure logic: no Foundation, no I/O; values in, values out.
//
// What it promises:
//
// - `NearDuplicateClusterer.cluster(_:draftTexts:configuration:) -> DedupResult` puts every
//   `DedupInput` in exactly one `Cluster`: comments with the same wording up to small edits,
//   typos, spacing, tone-mark style, abbreviations or missing diacritics. The result depends
//   only on the set of inputs: not on their order, not on `configuration.jobs`.
//     - Never across scopes (`ClusterScope`: draft and round), never between general agreement
//       and other comments (`DedupInput.general`, which must depend on the key alone).
//     - Comments of fewer than `minSyllables` (5) syllables match only the same key (or, typed
//       without diacritics, the same diacritic-free key).
//     - Longer ones: character 5-gram shingles of the matching key; a pair is near-duplicate
//       at Jaccard similarity ≥ 0.7. A comment typed without diacritics
//       (`typedWithoutDiacritics`, detected from the key by default) is compared on the
//       diacritic-free form of both keys with character 7-grams, ≥ 0.7.
//     - Candidates: one MinHash signature per distinct key (one-permutation hashing, 64 bins,
//       on the diacritic-free form so that unaccented copies meet their originals), LSH with
//       16 bands × 4 rows: a pair at 0.7 is found with probability 1 - (1 - 0.7⁴)¹⁶ = 0.988.
//       Each bucket member is linked to the bucket's first two members only (linear, however
//       big a campaign). A candidate whose signatures share fewer than 37 of their 64
//       values is dropped (a pair at 0.7 shares that many with probability 0.986, so it is
//       still found at least 0.974 of the time; `estimateRecall`); every other candidate is
//       verified against its real Jaccard similarity, and verified pairs are joined with
//       union-find.
//     - Draft quotations: when the draft's section texts are given (`draftTexts`, by draft
//       id), every run of 8 syllables of a comment that the draft holds too is left out
//       before comparing, so two comments quoting the same passage do not merge on it.
//     - `Cluster.representative` is the most typical member: the medoid of the cluster's
//       comments by shingle overlap (texts written with diacritics first; ties: smallest id).
//     - `Cluster.distinctSenders`: distinct `senderKey`s (a sender who resubmits counts once).
//     - `Cluster.id` = `StableID.make("K", [draft, round, representative's key])` (+ "general"
//       for general agreement): unchanged from one run to the next as long as the cluster's
//       most typical text is; for a comment alone, the id `ExactClusterer` gave it.
//
// - `DedupResult.campaigns`: form-letter campaigns, among clusters that are not general
//   agreement. A campaign is a template of at least 40 syllables held by comments of at least
//   5 distinct senders, with or without their own openings, closings or additions (copies of
//   one long letter by 5 senders are a campaign too). Found by containment on 8-syllable
//   shingles of the diacritic-free key, not symmetric similarity: candidate links by LSH
//   (16 × 2), kept when two share half the smaller one; then each linked group is split
//   around its most typical members, each claiming the clusters that hold 80% of its
//   template, so campaigns sharing a phrase do not chain. Each `Campaign` keeps its template
//   (the representative's words it covers), each member's own words (`additions`), and lists
//   the members whose own words reach 25 syllables (`standalone`: they also stand as their
//   own point). A campaign is a set of whole clusters (`Cluster.campaign`); its id is
//   `StableID.make("F", [draft, round, most typical member's key])`.
//
// - `GeneralAgreement.isGeneral(matchingKey:)` tells general agreement with no substantive
//   content ("Tôi hoàn toàn nhất trí với dự thảo", "… đề nghị sớm hoàn thiện. Chúc Đại hội
//   thành công tốt đẹp") from a comment that proposes something ("Nhất trí, đề nghị bổ sung …").
//
// - `ExactClusterer` (same key, same scope) is kept for callers that want exact clusters only.
//
// Hashes are fixed and seeded (`StableHash`), never `hashValue`/`Hasher`; ids are SHA-256.
// Memory: per distinct key, a 128-byte signature (and a second for keys long enough to hold a
// campaign's template) and a few integers; candidate pairs are kept only once estimated close
// enough; shingle sets are made again when needed, never kept for all comments (but those of
// one campaign group at a time). The keys are read where the inputs hold them, never copied.
//
// Settings and the measurements behind them: `DedupConfiguration`, `CampaignConfiguration`.
