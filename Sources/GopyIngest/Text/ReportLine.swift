/// One line of a plain-text file: its 1-based number in the decoded text, how far it was
/// indented, and its text with the white space around it trimmed (nothing else is changed).
struct ReportLine: Sendable, Hashable {
    /// 1-based line number in the decoded text (LF, CRLF and a lone CR each end a line).
    var number: Int
    /// Leading white space, in columns (a tab counts 4, zero-width characters 0).
    var indent: Int
    /// The line without its leading and trailing white space and without the line break.
    var text: String

    /// True when nothing but white space was on the line.
    var isBlank: Bool { text.isEmpty }
}
