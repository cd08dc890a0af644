import GopyCSV
import GopyModel

/// Reads a comment CSV file (web portal, newspaper and radio compilations; contract section 3)
/// into comments.
///
/// - The delimiter (`,`, `;` or tab) is detected on the first 64 KiB.
/// - The first record is the header. Columns are found by header name (``CSVField/aliases``),
///   without regard to case, diacritics, spacing or punctuation; a text column is required.
/// - Each later record is one comment, located by the line it starts on and its data row
///   (1-based, the header not counted; blank lines are not rows). Its text is given exactly
///   as decoded; the other fields are trimmed of surrounding white space; empty values are nil.
/// - Records it cannot take become ``RecordProblem``s, the rest of the file is still read:
///   a row with empty text (a row whose every field is empty is skipped silently), and a
///   quoted field left open to the end of the file, a record longer than
///   ``CSVParser/defaultMaximumRecordSize`` (a quote left open that runs on to a later
///   quote). A row with more fields than the header, the extra ones not empty, is taken by
///   position with a warning.
///
/// The input is read chunk by chunk; only the current record is held, and never more than
/// the maximum record size of it.
public enum CSVCommentReader {
    /// How many bytes from the start are looked at to detect the delimiter.
    public static let sampleSize = 1 << 16

    /// Reads the CSV text `stream` delivers. A record of more than `maximumRecordSize` bytes
    /// is not read (a ``RecordProblem``).
    /// - Throws: ``FileProblem`` when the header has no text column, when the header itself
    ///   is a quoted field never closed or too long, or when the stream cannot be read.
    public static func read(
        _ stream: inout some UTF8ChunkStream, maximumRecordSize: Int = CSVParser.defaultMaximumRecordSize
    ) throws(FileProblem) -> ParsedFile {
        var sample: [UInt8] = []
        var atEnd = false
        while sample.count < sampleSize {
            guard let chunk = try nextChunk(&stream) else {
                atEnd = true
                break
            }
            if sample.isEmpty { sample = chunk } else { sample.append(contentsOf: chunk) }
        }

        var parser = CSVParser(delimiter: CSVDialect.detectDelimiter(sample), maximumRecordSize: maximumRecordSize)
        var rows = CSVCommentRows(maximumRecordSize: maximumRecordSize)
        try feed(sample, to: &parser, &rows)
        while !atEnd, let chunk = try nextChunk(&stream) {
            try feed(chunk, to: &parser, &rows)
        }
        do {
            try parser.finish { try rows.take($0) }
        } catch let error as CSVError {
            let reason = "unterminated quoted field from line \(error.line) to end of file"
            guard rows.columns != nil else { throw FileProblem(line: error.line, reason: reason + " (in the header)") }
            rows.problems.append(RecordProblem(line: error.line, row: error.index, reason: reason))
        } catch {
            throw Self.fileProblem(error)
        }
        return ParsedFile(comments: rows.comments, problems: rows.problems)
    }

    /// The stream's next chunk, its errors as a ``FileProblem``.
    private static func nextChunk(_ stream: inout some UTF8ChunkStream) throws(FileProblem) -> [UInt8]? {
        do {
            return try stream.nextChunk()
        } catch let problem as FileProblem {
            throw problem
        } catch {
            throw FileProblem(reason: "cannot read the file: \(error)")
        }
    }

    /// Parses one chunk, handing its complete records to `rows`.
    private static func feed(_ chunk: [UInt8], to parser: inout CSVParser, _ rows: inout CSVCommentRows)
        throws(FileProblem)
    {
        do {
            try chunk.withUnsafeBytes { bytes in
                try parser.consume(bytes) { try rows.take($0) }
            }
        } catch {
            throw fileProblem(error)
        }
    }

    /// `CSVCommentRows.take` throws only ``FileProblem``; anything else is a bug, reported
    /// rather than trapped.
    private static func fileProblem(_ error: any Error) -> FileProblem {
        (error as? FileProblem) ?? FileProblem(reason: "cannot read the file: \(error)")
    }
}
