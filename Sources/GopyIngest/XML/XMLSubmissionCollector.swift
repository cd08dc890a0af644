import GopyModel
import GopyXML

/// The state machine behind ``XMLSubmissionReader``: takes the events of one document in order
/// and builds the ``ParsedFile``. The rules are documented on ``XMLSubmissionReader``.
struct XMLSubmissionCollector {
    /// What has been collected so far; complete once the last event is taken.
    private(set) var parsed = ParsedFile()

    /// The children of `<comment>` that carry a value.
    private enum Field: String {
        case text, section, author, address, phone, email, received
    }

    /// An element whose character data is being collected, until its end tag.
    private enum Target {
        case source
        case field(Field)
    }

    /// The `<comment>` being read.
    private struct OpenComment {
        var record: Int
        var line: Int
        var depth: Int
        var externalID: String?
        var section: String?
        var received: String?
        var texts: [String] = []
        var values: [Field: String] = [:]
    }

    /// Open elements, the root included.
    private var depth = 0
    private var commentCount = 0
    private var comment: OpenComment?
    private var capture: (target: Target, depth: Int, text: String)?
    private var sawSource = false

    /// Takes the next event of the document.
    /// - Throws: ``FileProblem`` when the root is not `<submission>`.
    mutating func take(_ event: XMLEvent) throws(FileProblem) {
        switch event {
        case .startElement(let name, let attributes, let line):
            depth += 1
            if depth == 1 {
                guard name == "submission" else {
                    throw FileProblem(line: line, reason: "the root element is <\(name)>, not <submission>")
                }
                readSubmission(attributes, line: line)
            } else if capture != nil {
                // Markup inside a value: its text belongs to the value.
            } else if comment != nil {
                if let field = Field(rawValue: name) { capture = (.field(field), depth, "") }
            } else if name == "comment" {
                commentCount += 1
                comment = OpenComment(
                    record: commentCount, line: line, depth: depth, externalID: Self.value(attributes["id"]),
                    section: Self.value(attributes["section"]), received: Self.value(attributes["received"]))
            } else if name == "source", !sawSource {
                sawSource = true
                parsed.metadata.sourceID = Self.value(attributes["id"])
                if let kind = Self.value(attributes["kind"]) {
                    if let known = SourceKind(rawValue: kind) {
                        parsed.metadata.sourceKind = known
                    } else {
                        let kinds = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
                        parsed.problems.append(RecordProblem(
                            line: line, reason: "source kind \"\(kind)\" is not one of \(kinds); ignored", isWarning: true))
                    }
                }
                capture = (.source, depth, "")
            }
        case .text(let text):
            capture?.text += text
        case .endElement:
            if let open = capture, open.depth == depth {
                capture = nil
                store(open.text, in: open.target)
            }
            if let open = comment, open.depth == depth {
                comment = nil
                finish(open)
            }
            depth -= 1
        }
    }

    private mutating func readSubmission(_ attributes: [String: String], line: Int) {
        parsed.metadata.draft = Self.value(attributes["draft"])
        parsed.metadata.received = Self.value(attributes["received"])
        if let round = Self.value(attributes["round"]) {
            if let number = Int(round), number > 0 {
                parsed.metadata.round = number
            } else {
                parsed.problems.append(RecordProblem(
                    line: line, reason: "round \"\(round)\" is not a positive whole number; ignored", isWarning: true))
            }
        }
    }

    private mutating func store(_ text: String, in target: Target) {
        switch target {
        case .source:
            parsed.metadata.sourceHint = Self.value(text)
        case .field(.text):
            comment?.texts.append(text)
        case .field(let field):
            // The first non-empty value of a field wins.
            if comment?.values[field] == nil, let value = Self.value(text) { comment?.values[field] = value }
        }
    }

    private mutating func finish(_ open: OpenComment) {
        guard !open.texts.isEmpty else {
            parsed.problems.append(RecordProblem(line: open.line, record: open.record, reason: "comment has no <text>"))
            return
        }
        let text = open.texts.joined(separator: "\n")
        guard !Self.isBlank(text) else {
            parsed.problems.append(RecordProblem(line: open.line, record: open.record, reason: "comment text is empty"))
            return
        }
        parsed.comments.append(RawComment(
            locator: Locator(line: open.line, record: open.record),
            externalID: open.externalID,
            text: text,
            sectionReference: open.section ?? open.values[.section],
            personal: PersonalData(
                author: open.values[.author], address: open.values[.address],
                phone: open.values[.phone], email: open.values[.email]),
            received: open.received ?? open.values[.received]))
    }

    // MARK: - Values

    /// `text` without surrounding whitespace, or nil when nothing is left.
    private static func value(_ text: String?) -> String? {
        guard let text else { return nil }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return nil }
        return String(scalars[first...last])
    }

    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
