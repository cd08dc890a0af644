// GopySynthesis: what drafters read.
//
// What it promises:
// - `SynthesisBuilder.build(_:)` turns one draft's comments and their clusters into a
//   `Synthesis`: for every section of the outline, the points raised there (one per cluster),
//   each with its representative wording, submissions, distinct senders and sources by kind;
//   general agreement counted, not listed; comments with no section under `unassigned`.
//   Points are ordered by weight: distinct organisations first, then distinct citizens,
//   ties broken by id. Point ids come from content, so they are stable across runs.
// - `Synthesis.jsonValue` is `synthesis.json` as the contract defines it;
//   `CommentRecord.jsonValue` is one line of `comments.jsonl`;
//   `SynthesisMarkdown` renders `index.md` and `sections/<id>.md` in Vietnamese.
// Nothing here reads or writes files, and nothing here holds personal data: comments arrive
// with their text already masked, and only counts are kept of who sent them.
