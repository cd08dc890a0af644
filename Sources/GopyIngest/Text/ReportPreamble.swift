import GopyText

/// The top of a Vietnamese administrative report, above its title:
///
/// ```
/// ĐẢNG BỘ TỈNH ĐẮK LẮK                    ĐẢNG CỘNG SẢN VIỆT NAM
/// HUYỆN ỦY KRÔNG PẮC
///         *                                Krông Pắc, ngày 15 tháng 3 năm 2020
/// Số: 125-BC/HU
/// ```
///
/// Two-column lines are cut on runs of three or more spaces (or a tab), and each cell is
/// one of: the national motto or the Party's name (dropped), decoration (`*`, `---`,
/// `o0o`), the document number (`Số: …`), the subject (`V/v …`), the addressees
/// (`Kính gửi: …`, with the lines after it up to a blank line), the place and date
/// (`…, ngày … tháng … năm …`), or an organisation line (in capitals, or short and opening
/// with the kind of a body, `Huyện ủy …`, `Sở …`, as legacy-encoded headings come out; with
/// a letter first and no list mark). A line with any other cell is not part of the preamble.
///
/// Organisation lines alone prove nothing (a comment may be shouted in capitals): the
/// preamble is *confirmed* as a report's only by the motto, a number, a subject or a date.
struct ReportPreamble: Sendable {
    /// The last organisation line seen: the issuing body ("HUYỆN ỦY KRÔNG PẮC").
    private(set) var organisation: String?
    /// The date as written, from `ngày` on ("ngày 15 tháng 3 năm 2020").
    private(set) var date: String?
    /// True once a cell proper to an administrative document was seen.
    private(set) var confirmed = false
    private var inRecipients = false

    /// Takes one line from the top of the file; false (and nothing changed) when the line is
    /// not part of a report's preamble.
    mutating func take(_ text: String) -> Bool {
        if text.isEmpty {
            inRecipients = false
            return true
        }
        if inRecipients { return true }
        var cells: [Cell] = []
        for cell in Self.cells(of: text) {
            guard let kind = Self.classify(cell) else { return false }
            cells.append(kind)
        }
        for cell in cells {
            switch cell {
            case .decoration: break
            case .motto, .number, .subject: confirmed = true
            case .recipients: inRecipients = true
            case .date(let written):
                confirmed = true
                if date == nil { date = written }
            case .organisation(let name): organisation = name
            }
        }
        return true
    }

    /// Whether a line opens the report's title: it starts with the name of a kind of
    /// document (`BÁO CÁO`, `TỜ TRÌNH`, `BIÊN BẢN`, `TỔNG HỢP`, `Ý KIẾN`, `THÔNG BÁO` …) and
    /// is written in capitals or holds that name alone.
    static func isTitle(_ text: String) -> Bool {
        let words = ReportText.foldedPrefix(text, scalars: 200)
        for kind in documentKinds where ReportText.hasWordPrefix(words, kind) {
            return words == kind || ReportText.isAllCapitals(text, minimumLetters: 3)
        }
        return false
    }

    enum Cell: Hashable, Sendable {
        case decoration, motto, number, subject, recipients
        case date(String)
        case organisation(String)
    }

    /// The cells of a line: its parts between runs of three or more spaces, or tabs.
    static func cells(of text: String) -> [String] {
        let scalars = text.unicodeScalars
        var cells: [String] = []
        var cellStart: String.Index?
        var cellEnd = scalars.startIndex  // just after the last non-space scalar of the cell
        var spaces = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\t" {
                spaces = 3
            } else if scalar.properties.isWhitespace {
                spaces += 1
            } else {
                if spaces >= 3, let start = cellStart {
                    cells.append(String(scalars[start..<cellEnd]))
                    cellStart = nil
                }
                if cellStart == nil { cellStart = index }
                spaces = 0
                cellEnd = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        if let start = cellStart { cells.append(String(scalars[start..<cellEnd])) }
        return cells
    }

    /// What a cell is, or nil when it is none of the preamble's parts.
    static func classify(_ cell: String) -> Cell? {
        guard ReportText.hasLetterOrDigit(cell) else { return .decoration }
        let words = Folding.words(cell)
        if words == "o0o" || words == "ooo" { return .decoration }
        if mottos.contains(words.split(separator: " ").joined()) { return .motto }
        let list = words.split(separator: " ")
        if list.first == "so", isNumberCell(cell, secondWord: list.dropFirst().first ?? "") { return .number }
        if isDocumentCode(cell) { return .number }
        if list.count >= 2, list[0] == "v", list[1] == "v", cell.unicodeScalars.dropFirst().first == "/" {
            return .subject
        }
        if ReportText.hasWordPrefix(words, "kinh gui") { return .recipients }
        if let date = date(in: cell, words: list) { return .date(date) }
        if list.count <= 15, cell.unicodeScalars.first?.properties.isAlphabetic == true, LineMarker.parse(cell) == nil,
            ReportText.isAllCapitals(cell, minimumLetters: 3) || namesAnOrganisation(cell, words: words)
        {
            return .organisation(cell)
        }
        return nil
    }

    /// `Số: 125-BC/HU`, `Số 125-BC/HU`, `Số:   /BC-HU` (a number still to be filled in).
    private static func isNumberCell(_ cell: String, secondWord: Substring) -> Bool {
        if let first = secondWord.unicodeScalars.first, ("0"..."9").contains(first) { return true }
        let afterSo = cell.unicodeScalars.dropFirst(2).drop { $0.properties.isWhitespace || Folding.isCombiningMark($0) }
        return afterSo.first == ":"
    }

    /// A document number standing alone, as left by a blank in `Số:    /BC-HU`: no white
    /// space, a `/`, and no lower-case letter.
    private static func isDocumentCode(_ cell: String) -> Bool {
        cell.unicodeScalars.contains("/")
            && !cell.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.isLowercase }
    }

    /// The date of a place-and-date cell, as written from `ngày` on: the cell has `ngày`,
    /// then `tháng` and `năm`, or `ngày` and three numbers (`ngày 15/3/2020`).
    private static func date(in cell: String, words: [Substring]) -> String? {
        guard words.count <= 16, let day = words.firstIndex(of: "ngay") else { return nil }
        let after = words[(day + 1)...]
        let spelled = after.firstIndex(of: "thang").map { after[($0 + 1)...].contains("nam") } ?? false
        let numeric = after.prefix(3).count == 3 && after.prefix(3).allSatisfy { $0.allSatisfy(\.isNumber) }
        guard spelled || numeric else { return nil }
        // The written date starts at the word "ngày" (the place before it is dropped).
        let scalars = cell.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard !scalars[index].properties.isWhitespace else {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            while index < scalars.endIndex, !scalars[index].properties.isWhitespace {
                index = scalars.index(after: index)
            }
            if Folding.words(String(scalars[start..<index])) == "ngay" { return String(scalars[start...]) }
        }
        return cell
    }

    /// A short line that opens with the kind of a body ("Huyện ủy …", "Sở …", "Ban …"):
    /// an organisation line that lost its capitals (a legacy-encoded heading).
    private static func namesAnOrganisation(_ cell: String, words: String) -> Bool {
        guard ReportText.wordCount(cell) <= 10, let last = ReportText.lastScalar(cell),
            ReportText.isLetterOrDigit(last)
        else { return false }
        return organisationKinds.contains { ReportText.hasWordPrefix(words, $0) }
    }

    private static let organisationKinds = [
        "dang bo", "dang uy", "huyen uy", "thi uy", "thanh uy", "tinh uy", "quan uy", "chi bo", "ban",
        "uy ban", "ubnd", "mttq", "so", "mat tran", "hoi", "hoi dong", "cong doan", "doan", "lien doan",
        "van phong", "phong", "trung tam", "truong", "bo", "cuc", "vien", "cong ty", "tong cong ty",
    ]

    private static let mottos: Set<String> = [
        "dangcongsanvietnam", "conghoaxahoichunghiavietnam", "doclaptudohanhphuc",
    ]
    private static let documentKinds = [
        "bao cao", "to trinh", "bien ban", "tong hop", "y kien", "gop y", "thong bao", "cong van",
        "ket luan", "giai trinh", "ke hoach", "van ban", "don gop y", "thu gop y", "phieu gop y",
    ]
}
