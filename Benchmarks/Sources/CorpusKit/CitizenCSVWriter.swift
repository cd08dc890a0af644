/// Writes a compilation of citizens' comments as RFC 4180 CSV with a header row. Layouts
/// vary as real exports do: header names (Vietnamese or English), delimiter (`,` `;` tab),
/// line ends (CRLF from Excel, or LF), a byte-order mark, quoting only where needed or always.
/// Texts hold delimiters, quotes and line breaks.
struct CitizenCSVWriter {
    let references: ReferenceWriter
    let seed: UInt64

    static let stream: UInt64 = 13

    enum Column {
        case number, name, address, phone, email, text, section, received, code
    }

    struct Layout {
        var headers: [String]
        var columns: [Column]
        var delimiter: String
    }

    static let layouts: [Layout] = [
        Layout(
            headers: ["STT", "Họ và tên", "Địa chỉ", "Số điện thoại", "Nội dung góp ý", "Phần/mục góp ý"],
            columns: [.number, .name, .address, .phone, .text, .section], delimiter: ","),
        Layout(
            headers: ["STT", "Họ tên", "Địa chỉ", "Điện thoại", "Ý kiến góp ý", "Mục", "Ngày gửi"],
            columns: [.number, .name, .address, .phone, .text, .section, .received], delimiter: ";"),
        Layout(
            headers: ["id", "author", "email", "text", "section", "received"],
            columns: [.code, .name, .email, .text, .section, .received], delimiter: ","),
        Layout(
            headers: ["Mã", "Họ và tên", "Thư điện tử", "Số điện thoại", "Ý kiến", "Phần, mục"],
            columns: [.code, .name, .email, .phone, .text, .section], delimiter: "\t"),
        Layout(
            headers: ["STT", "Ngày", "Họ và tên", "Địa chỉ", "Nội dung", "Phần/mục góp ý"],
            columns: [.number, .received, .name, .address, .text, .section], delimiter: ","),
    ]

    func write(_ file: PlannedFile, comments: [GeneratedComment]) -> WrittenFile {
        var random = SplitMix64(seed: seed, stream: Self.stream, item: UInt64(file.index))
        var out = TextBuffer(capacity: 200 + comments.count * 330)
        let layout = Self.layouts[random.weighted([4, 2, 1.5, 1, 1.5])]
        let newline = random.chance(0.5) ? "\r\n" : "\n"
        let quoteAll = random.chance(0.3)
        if random.chance(0.3) { out.appendBytes([0xEF, 0xBB, 0xBF]) }
        out.append(layout.headers.map { field($0, layout.delimiter, quoteAll) }.joined(separator: layout.delimiter) + newline)

        var placed: [PlacedComment] = []
        for (index, comment) in comments.enumerated() {
            var basis = comment.inlineReference ? "explicit" : comment.section == nil ? "none" : "inferred"
            var text = comment.text
            if !comment.general, random.chance(0.15) {
                // Paragraphs inside one cell: a line break inside a quoted field.
                text = text.replacingFirst(". ", with: ".\n")
            }
            var row: [String] = []
            for column in layout.columns {
                switch column {
                case .number: row.append(String(index + 1))
                case .code: row.append("GY-\(file.index + 1)-\(index + 1)")
                case .name: row.append(random.chance(0.93) ? comment.author.name : "")
                case .address: row.append(random.chance(0.85) ? comment.author.address : "")
                case .phone: row.append(random.chance(0.7) ? comment.author.phone : "")
                case .email: row.append(random.chance(0.6) ? comment.author.email : "")
                case .text: row.append(text)
                case .received: row.append(RoundDate.vietnamese(day: min(28, file.day + random.below(3))))
                case .section:
                    if let section = comment.section, !comment.inlineReference, random.chance(0.5) {
                        let style = ReferenceStyle.allCases[random.weighted(ReferenceStyle.weights)]
                        row.append(references.reference(to: section, style: style))
                        basis = "explicit"
                    } else {
                        row.append("")
                    }
                }
            }
            placed.append(PlacedComment(comment: comment, record: index + 1, line: out.line, basis: basis))
            out.append(row.map { field($0, layout.delimiter, quoteAll) }.joined(separator: layout.delimiter) + newline)
        }
        return WrittenFile(path: file.path, bytes: out.bytes, placed: placed)
    }

    /// A field, quoted when it holds the delimiter, a quote or a line break (or always).
    private func field(_ value: String, _ delimiter: String, _ quoteAll: Bool) -> String {
        let delimiterByte = delimiter.utf8.first!
        let needsQuotes = value.utf8.contains { $0 == delimiterByte || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes || (quoteAll && !value.isEmpty) else { return value }
        return "\"" + (value.utf8.contains(0x22) ? value.replacing("\"", with: "\"\"") : value) + "\""
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        return String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }
}
