// GopyLedger: what gopy remembers from one night to the next, and what auditors trace.
//
// What it promises:
// - `Ledger(path:)` opens (or creates) the SQLite ledger, migrating its schema with GRDB's
//   migrator from the first version on. It holds runs, files (SHA-256, paths seen, size,
//   encoding and confidence), comments (the original text with personal data, the display
//   text, matching key, locator, source, section and basis), the latest clusters, points and
//   campaigns of every comment, rejections, and an append-only event log (ingested, rejected,
//   seen, superseded, assigned, merged, missing) with run ids.
// - `Ledger.commit(_:)` writes a night's changes in one transaction: all or nothing. A night
//   may hand its new comments and events over file by file with
//   `Ledger.stage(comments:events:run:)` (a scratch database beside the ledger,
//   `<ledger>-staging`, removed by the commit and thrown away if its run died); they reach
//   the ledger only with the commit.
// - `Ledger.workingComments()` loads the comments that count without what only the ledger
//   and trace read, sharing repeated strings, so a million comments fit a night's memory;
//   `Ledger.forEachAssignment(_:)` streams the latest assignments in comment id order.
// - `Archive` copies every ingested file once, content-addressed and read-only, so a trace
//   still works after the inbox file is moved, renamed or deleted.
// Personal data lives here and in the archive only; the outbox never holds it.
