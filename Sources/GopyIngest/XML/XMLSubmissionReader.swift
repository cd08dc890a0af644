import GopyModel
import GopyXML

/// Reads an XML submission (contract §3) into a ``ParsedFile``.
///
/// ```xml
/// <submission draft="bcct-xvii" round="2" received="2020-03-28">
///   <source id="mttq-tinh" kind="front">Ủy ban MTTQ Việt Nam tỉnh</source>
///   <comment id="PB-01" section="Phần thứ nhất, mục I.1">
///     <author>…</author>
///     <text>…</text>
///   </comment>
/// </submission>
/// ```
///
/// - The root must be `<submission>`; its `draft`, `round` and `received` attributes and the
///   first `<source>` outside any comment (its text, `id` and `kind`) become the
///   ``FileMetadata``.
/// - Every `<comment>` below the root (directly, or inside a wrapper such as `<comments>`) is
///   one record, numbered from 1 in document order; a `<comment>` inside another one is not.
///   Its locator is the line of its start tag and that number. `id` becomes the external id and
///   `section` (or a `<section>` child) the section reference. `<author>`, `<address>`,
///   `<phone>` and `<email>` children are personal data; `<received>` (or a `received`
///   attribute) is the date. Other elements are ignored.
/// - The comment's text is the character data inside `<text>` (nested markup included), exactly
///   as decoded: not trimmed, not normalised. Several `<text>` children are joined with a line
///   break. Other values are trimmed of surrounding whitespace; an empty one counts as absent.
/// - A comment without a `<text>`, or whose text is only whitespace, is not ingested: it becomes
///   a ``RecordProblem`` and the other comments are kept.
/// - A `round` that is not a positive whole number, or a source `kind` that is not one of
///   ``SourceKind``'s, is ignored with a warning (``RecordProblem/isWarning``); the comments
///   are ingested.
///
/// The whole file is rejected (``FileProblem``, nothing ingested) when it cannot be read, is not
/// well-formed, has a document type declaration or an entity reference other than the XML
/// built-ins, or its root is not `<submission>`. See ``XMLStreamReader`` for the encodings.
public enum XMLSubmissionReader {
    /// Reads one submission.
    /// - Parameters:
    ///   - source: the file's bytes.
    ///   - encoding: an encoding to use instead of what the file declares (a name iconv knows,
    ///     e.g. `"windows-1258"`); nil to follow the file (byte-order mark, XML declaration,
    ///     else UTF-8). A byte-order mark wins over it.
    /// - Throws: ``FileProblem`` with the line and the reason when the file must be rejected.
    public static func read(_ source: any ByteSource, encoding: String? = nil) throws(FileProblem) -> ParsedFile {
        var stream: any ByteStream
        do {
            stream = try source.open()
        } catch {
            throw FileProblem(reason: "could not read the file: \(error)")
        }
        var readFailure: (any Error)?
        let reader = XMLStreamReader(
            read: { buffer in
                do {
                    return try stream.read(into: buffer)
                } catch {
                    readFailure = error
                    return -1
                }
            },
            encoding: encoding)

        var collector = XMLSubmissionCollector()
        while true {
            let event: XMLEvent?
            do {
                event = try reader.next()
            } catch {
                if let readFailure { throw FileProblem(reason: "could not read the file: \(readFailure)") }
                throw FileProblem(line: error.line, reason: error.message)
            }
            guard let event else { break }
            try collector.take(event)
        }
        return collector.parsed
    }
}
