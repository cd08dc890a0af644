/// One step through an XML document, in document order.
///
/// Comments, processing instructions and the XML declaration are not reported. Namespace
/// declarations (`xmlns`, `xmlns:p`) are not attributes; prefixed names keep their prefix
/// (`p:name`).
public enum XMLEvent: Sendable, Hashable {
    /// A start tag (or an empty-element tag, which is followed at once by its
    /// ``endElement(name:)``). `line` is the 1-based line of the tag's `<`, also when its
    /// attributes span several lines. Attribute values are fully decoded (built-in entities,
    /// character references, attribute-value normalisation).
    case startElement(name: String, attributes: [String: String], line: Int)
    /// An end tag, or the end of an empty-element tag.
    case endElement(name: String)
    /// Character data: text, CDATA sections, built-in entities (`&amp;` …) and character
    /// references, decoded. Adjacent pieces are delivered as one event, so the text between two
    /// tags is never split; whitespace between elements is reported too.
    case text(String)
}
