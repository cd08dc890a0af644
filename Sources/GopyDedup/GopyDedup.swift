// GopyDedup: grouping comments that say the same thing.
//
// What it promises:
// - `ExactClusterer.cluster(_:)` puts comments with the same matching key, in the same draft
//   and round, into one `Cluster`; every comment is in exactly one cluster. Cluster ids come
//   from the content (`StableID`), so a cluster keeps its id from one run to the next as long
//   as its key does, whatever the input order.
// - `GeneralAgreement.isGeneral(matchingKey:)` tells general agreement with no substantive
//   content ("Tôi hoàn toàn nhất trí với dự thảo.") from a comment that says something.
//
// Near-duplicates (edits, typos, missing diacritics) and form-letter campaigns come in a later
// stage of this module; its API keeps the same shape: inputs in, clusters out.
