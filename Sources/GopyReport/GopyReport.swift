// GopyReport: the documents drafters read, beside the Markdown and JSON of GopySynthesis.
//
// What it promises:
// - `HTMLReport.files(for:)` renders a `Synthesis` as a small self-contained web site:
//   `index.html` (the overview, with an inline SVG chart of comments per section by source
//   kind), `sections/<id>.html` per section of the outline, `toan-bo-du-thao.html` for the
//   remarks about the whole document and `chua-xac-dinh.html` for the unassigned part. No page refers to anything outside the folder (no scripts, style sheets,
//   fonts or images from elsewhere): the folder opens offline. Vietnamese, UTF-8.
// - `WordReport.docx(for:)` renders the same synthesis as a Word document
//   (`tong-hop-y-kien.docx`): Times New Roman 14 pt, A4, headings following the outline;
//   its body goes through a scratch file, so a synthesis of any size costs little memory.
// - Both show a form-letter campaign as one item: its template, size, distinct senders and
//   most frequent additions; a member's substantial addition as its own item, linked.
// - Both are pure functions of their input: the same synthesis gives the same bytes (no clock,
//   no dictionary order, fixed dates inside the zip). Nothing here reads or writes files.
// - Everything a drafter reads is Vietnamese; all text is escaped for its markup.
