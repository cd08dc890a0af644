// GopyIngest: inbox files → comments with provenance.
//
// What it promises:
// - `InboxFileReader.read(path:source:)` confirms a file's format from its content, detects
//   its encoding, and parses it with the reader for its format, streaming (no file is held
//   whole, no XML tree is built). It returns a `FileReading` — what the file says about
//   itself, its comments in file order with their locators, the records it could not take —
//   or throws a `FileProblem` when nothing in the file can be ingested.
// - The format readers can be used alone: `CSVCommentReader`, `XMLSubmissionReader`,
//   `TextReportReader`.
// - `SourceResolver` decides who a file (or a CSV record) comes from.
// Nothing here normalises text, masks personal data or assigns sections: readers give the
// text as decoded, and the pipeline does the rest.
