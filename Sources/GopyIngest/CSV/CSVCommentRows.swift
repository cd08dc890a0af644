import GopyCSV
import GopyModel

/// What ``CSVCommentReader`` collects record by record: the header's columns, then the
/// comments and the problems of the rows after it.
struct CSVCommentRows {
    /// The header's columns, once the header has been read.
    var columns: CSVColumns?
    var comments: [RawComment] = []
    var problems: [RecordProblem] = []
    /// The parser's record size limit, for messages.
    let maximumRecordSize: Int
    /// The header's columns as plain numbers, for the per-row work.
    private var slots = Slots()

    init(maximumRecordSize: Int) {
        self.maximumRecordSize = maximumRecordSize
    }

    /// The column of each field, looked up once from ``CSVColumns``.
    private struct Slots {
        var width = 0
        var text = 0
        var id, section, source, author, address, phone, email, received: Int?
    }

    /// Takes the next record: the header if none has been read yet, else a data row.
    /// - Throws: ``FileProblem`` when the header has no text column.
    mutating func take(_ record: CSVRecord) throws(FileProblem) {
        if columns == nil {
            try takeHeader(record)
        } else {
            takeRow(record)
        }
    }

    private mutating func takeHeader(_ record: CSVRecord) throws(FileProblem) {
        if record.isTruncated {
            throw FileProblem(line: record.line, reason: tooLong(record) + " (the header)")
        }
        let columns = CSVColumns(header: record.fields)
        guard columns[.text] != nil else {
            throw FileProblem(line: record.line, reason: "no text column (headers found: \(Self.list(columns.header)))")
        }
        for (field, column) in columns.duplicates {
            let used = columns.header[columns[field]!]
            problems.append(
                RecordProblem(
                    line: record.line,
                    reason: "columns \(Self.quoted(used)) and \(Self.quoted(columns.header[column])) both read as "
                        + "\(field.rawValue); only \(Self.quoted(used)) is used",
                    isWarning: true))
        }
        self.columns = columns
        slots = Slots(
            width: columns.header.count, text: columns[.text]!, id: columns[.id], section: columns[.section],
            source: columns[.source], author: columns[.author], address: columns[.address],
            phone: columns[.phone], email: columns[.email], received: columns[.received])
    }

    private mutating func takeRow(_ record: CSVRecord) {
        // The header is record 0, so a data row's 1-based number is its record index.
        let row = record.index
        let width = slots.width
        if record.isTruncated {
            problems.append(RecordProblem(line: record.line, row: row, reason: tooLong(record)))
            return
        }
        if (0..<record.count).allSatisfy({ Self.isBlank(record, $0) }) { return }

        let shape =
            record.count == width
            ? "" : " (the row has \(Self.fields(record.count)), the header \(Self.fields(width)))"
        guard let text = Self.text(record, slots.text) else {
            problems.append(RecordProblem(line: record.line, row: row, reason: "empty text" + shape))
            return
        }
        if record.count > width, (width..<record.count).contains(where: { !Self.isBlank(record, $0) }) {
            problems.append(
                RecordProblem(
                    line: record.line, row: row,
                    reason: "values past the last column were ignored" + shape, isWarning: true))
        }
        comments.append(
            RawComment(
                locator: Locator(line: record.line, row: row),
                externalID: Self.value(record, slots.id),
                text: text,
                sectionReference: Self.value(record, slots.section),
                sourceHint: Self.value(record, slots.source),
                personal: PersonalData(
                    author: Self.value(record, slots.author),
                    address: Self.value(record, slots.address),
                    phone: Self.value(record, slots.phone),
                    email: Self.value(record, slots.email)),
                received: Self.value(record, slots.received)))
    }

    // MARK: - Values

    /// The text field exactly as decoded, or nil when it is missing or only white space.
    private static func text(_ record: CSVRecord, _ column: Int?) -> String? {
        guard let column, column < record.count, !isBlank(record, column) else { return nil }
        return record[column]
    }

    /// A field without surrounding white space, or nil when it is missing or empty.
    private static func value(_ record: CSVRecord, _ column: Int?) -> String? {
        guard let column, column < record.count else { return nil }
        return record.withField(column) { bytes in
            let range = trimmedRange(bytes)
            return range.isEmpty ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }

    /// Whether a field holds nothing but white space.
    private static func isBlank(_ record: CSVRecord, _ column: Int) -> Bool {
        record.withField(column) { trimmedRange($0).isEmpty }
    }

    // MARK: - Messages

    private func tooLong(_ record: CSVRecord) -> String {
        "record longer than \(maximumRecordSize) bytes, probably a quote left open; not read"
    }

    private static func fields(_ count: Int) -> String { count == 1 ? "1 field" : "\(count) fields" }

    private static func quoted(_ name: String) -> String {
        let short = name.count > 40 ? name.prefix(40) + "…" : Substring(name)
        return "\"\(short)\""
    }

    private static func list(_ names: [String]) -> String {
        guard !names.isEmpty else { return "none" }
        let shown = names.prefix(20).map(quoted).joined(separator: ", ")
        return names.count > 20 ? shown + ", and \(names.count - 20) more" : shown
    }
}
