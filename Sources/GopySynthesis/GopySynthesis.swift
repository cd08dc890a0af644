// GopySynthesis: what drafters read.
//
// What it promises:
// - `SynthesisBuilder.build(_:)` turns one draft's comments, their clusters and campaigns
//   (`PointGrouping`) into a `Synthesis`: for every section of the outline, the points raised
//   there (one per cluster), each with its representative wording, submissions, distinct
//   senders and sources by kind; a form-letter campaign as one point (template in the
//   senders' spelling, true size, distinct senders, additions summarised), a member's
//   substantial addition as its own point linked to it; general agreement counted, not
//   listed; comments with no section in the whole-document part (remarks about the draft as a
//   whole, general agreement) or the unassigned part.
//   Points are ordered by weight: distinct organisations first, then distinct citizens,
//   ties broken by id. Point ids come from content, so they are stable across runs.
// - `Synthesis.jsonValue` is `synthesis.json` as the contract defines it (`jsonDocument`
//   the same, made point by point while written);
//   `CommentRecord.jsonValue` is one line of `comments.jsonl`;
//   `SynthesisMarkdown` renders `index.md` and `sections/<id>.md` in Vietnamese.
// Nothing here reads or writes files, and nothing here holds personal data: comments arrive
// with their text already masked, and only counts are kept of who sent them.
