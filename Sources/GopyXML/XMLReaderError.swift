/// Why an XML document cannot be read, and where.
///
/// Thrown for a document that is not well-formed, for one that is refused (a document type
/// declaration, an entity reference other than the five built-ins), for an encoding libxml2
/// cannot convert, and when the input cannot be read. Once thrown, the reader throws it again on
/// every later call.
public struct XMLReaderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line in the document, when known.
    public var line: Int?
    /// What is wrong, in plain English (for the editorial team's log).
    public var message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { "line \(line): \(message)" } else { message }
    }
}
