import GopyModel

/// Reads a plain-text file (`.txt`) of comments: a Vietnamese administrative report, or
/// comments under an optional `Key: value` header block.
///
/// The file is read line by line from a ``GopyModel/UTF8ChunkStream`` (LF, CRLF or CR end a
/// line; lines are numbered from 1 in the decoded text). Only what the current comment needs
/// is held. Text is not normalised (the pipeline does that): each line is trimmed, and the
/// lines of one comment are joined with one space. Keys, marks and keywords are compared
/// without regard to case or diacritics, so NFC and NFD text read alike.
///
/// **Header block.** `Đơn vị`, `Dự thảo`, `Lần`, `Ngày` lines at the top, ended by a blank
/// line, fill ``GopyModel/FileMetadata/sourceHint``, `draft`, `round` ("2", "lần 2",
/// "II", "lần thứ hai") and `received` (as written). Unknown keys are ignored; a round that
/// is not a number leaves a warning.
///
/// **Report layout.** The organisation's name in capitals at the top (two-column lines are
/// cut on runs of 3+ spaces, the national motto and the Party's name are dropped): the last
/// organisation line is the `sourceHint`. `Số: …`, the place and date (`received` is the
/// date as written from `ngày` on), the title (`BÁO CÁO` … up to a blank line, lines joined
/// with spaces) and the introduction (paragraphs before the first heading or item) are not
/// comments. The footer (`Nơi nhận:`, `T/M …`, `K/T …`, a signature, `Trên đây là …`) and
/// everything after it hold no comments either. See ``ReportPreamble`` and ``ReportFooter``.
///
/// **Body.** Each list item (`-`, `+`, `•`, `–` …, or a numbered `1.`, `a)` item) and each
/// paragraph is one ``GopyModel/RawComment``: its text without the mark, its locator the
/// line it starts on, its `headings` the open headings outermost first (`I.`, `1.`, `a)`,
/// `*`). Whether a numbered line is a heading or an item is decided by what follows it: see
/// ``ReportBody``. A file with nothing to read gives no comments (the pipeline decides).
public enum TextReportReader {
    /// Reads the whole stream.
    ///
    /// - Throws: ``GopyModel/FileProblem`` when the stream fails, or when the text holds a NUL
    ///   byte (it is not plain text).
    public static func read(_ stream: inout some UTF8ChunkStream) throws(FileProblem) -> ParsedFile {
        var splitter = LineSplitter()
        var parser = TextReportParser()
        while true {
            let chunk: [UInt8]?
            do {
                chunk = try stream.nextChunk()
            } catch {
                throw FileProblem(line: splitter.currentLine, reason: "the text could not be read: \(error)")
            }
            guard let chunk else { break }
            for line in splitter.split(chunk) { parser.take(line) }
            if let line = splitter.firstNULLine {
                throw FileProblem(line: line, reason: "line \(line) holds a NUL byte: this is not a plain-text file")
            }
        }
        if let last = splitter.finish() { parser.take(last) }
        return parser.finish()
    }
}
