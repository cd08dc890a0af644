// GopyPipeline: the nightly batch, inbox → outbox.
//
// What it promises:
// - `Batch(options:logger:).run()` loads config/, reads every file under inbox/ (in
//   parallel; the result does not depend on the order of files or the number of threads),
//   turns each record into a `Comment` (source, draft, round, normalised and masked text,
//   matching key, section and basis, general agreement, stable id), clusters each draft's
//   comments, builds the synthesis, and rewrites outbox/ atomically: the new outbox is built
//   beside the old one and swapped in with one rename, so a reader never sees it half written.
// - Every input record ends up either in a draft's comments.jsonl or in rejected.json.
// - Memory does not grow with the outbox: a file's comments go to the ledger's scratch
//   database as soon as it is read, only their light form stays for clustering and synthesis,
//   and every output file is written into the staging folder as it is made (a night of a
//   million comments peaks under 2 GiB; docs/performance.md).
// - A fatal problem (bad config, another run holding the lock, unwritable outbox) throws a
//   `BatchError` that says what and where; rejected files are not fatal.
// This is the only stage that touches the file system; the others work on values.
