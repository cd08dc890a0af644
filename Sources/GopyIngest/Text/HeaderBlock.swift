import GopyText

/// The `Key: value` lines a plain-text file may start with, ended by a blank line:
///
/// ```
/// Đơn vị: Huyện ủy Krông Pắc
/// Dự thảo: bcct-xvii
/// Lần: 2
/// Ngày: 28/3/2020
/// ```
///
/// Keys are matched without regard to case, diacritics, spacing or punctuation
/// (``Folding/compact(_:)``); keys gopy does not know are ignored.
enum HeaderBlock {
    /// What a known key fills in.
    enum Key: Hashable, Sendable {
        /// `Đơn vị`, `Nguồn`, `source` → ``GopyModel/FileMetadata/sourceHint``.
        case source
        /// `Dự thảo`, `draft` → ``GopyModel/FileMetadata/draft``.
        case draft
        /// `Lần`, `Vòng`, `round` → ``GopyModel/FileMetadata/round``.
        case round
        /// `Ngày`, `Ngày gửi`, `received` → ``GopyModel/FileMetadata/received``.
        case received
    }

    /// One `Key: value` line: the key when gopy knows it, and the value as written.
    struct Field: Hashable, Sendable {
        var key: Key?
        var value: String
    }

    /// The field on a line, or nil when the line is not shaped `Key: value`: the key is one
    /// to five words of letters (no digits, nothing before its first letter) and a colon
    /// follows it.
    static func field(_ text: String) -> Field? {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic,
            let colon = text.unicodeScalars.firstIndex(of: ":")
        else { return nil }
        let rawKey = String(text.unicodeScalars[..<colon])
        guard rawKey.unicodeScalars.count <= 40 else { return nil }
        let words = Folding.words(rawKey)
        guard !words.isEmpty, !words.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return nil }
        guard words.split(separator: " ").count <= 5 else { return nil }
        let value = trimmed(String(text.unicodeScalars[text.unicodeScalars.index(after: colon)...]))
        return Field(key: keys[Folding.compact(rawKey)], value: value)
    }

    /// The round a `Lần` value names: "2", "lần 2", "Lần thứ 2", "II", "lần thứ hai", or nil.
    static func round(_ value: String) -> Int? {
        let words = Folding.words(value).split(separator: " ").filter { !["lan", "thu", "vong", "so"].contains($0) }
        guard words.count == 1, let word = words.first else { return nil }
        if let number = Int(word), number > 0 { return number }
        if let ordinal = ordinals[String(word)] { return ordinal }
        return LineMarker.romanValue(word.uppercased())
    }

    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    private static let keys: [String: Key] = [
        "donvi": .source, "donvigopy": .source, "nguon": .source, "source": .source,
        "duthao": .draft, "draft": .draft,
        "lan": .round, "langopy": .round, "vong": .round, "round": .round,
        "ngay": .received, "ngaygui": .received, "ngaynhan": .received, "received": .received,
    ]

    private static let ordinals: [String: Int] = [
        "nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6,
        "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
    ]
}
