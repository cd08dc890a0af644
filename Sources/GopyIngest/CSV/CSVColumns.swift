import GopyText

/// A field of a comment CSV file, found by its column's header name.
public enum CSVField: String, CaseIterable, Sendable, Hashable {
    /// The comment itself (required).
    case text
    /// The commenter's own section reference ("Phần thứ nhất, mục I.1").
    case section
    /// The file's id of the row (`STT`, `Mã`).
    case id
    /// Personal data: who wrote it.
    case author
    /// Personal data.
    case address
    /// Personal data.
    case phone
    /// Personal data.
    case email
    /// When it was received, as written.
    case received
    /// Who sent it (an organisation), to match against config/sources.yaml.
    case source

    /// The header names that mean this field: the contract's (section 3) first, then others
    /// met in portal and Excel exports. Compared after ``CSVColumns/key(_:)``, so case,
    /// diacritics, spacing and punctuation do not matter ("NOI DUNG GOP Y", "Nội dung góp ý:"
    /// and "noi-dung gop y" are all "Nội dung góp ý").
    public var aliases: [String] {
        switch self {
        case .text:
            [
                "text", "Nội dung", "Nội dung góp ý", "Ý kiến", "Ý kiến góp ý",
                "Nội dung ý kiến", "Nội dung góp ý kiến", "Nội dung ý kiến góp ý", "Ý kiến đóng góp",
                "Nội dung đóng góp", "Nội dung đóng góp ý kiến", "Ý kiến tham gia", "Nội dung tham gia",
                "Góp ý", "comment", "comments", "content",
            ]
        case .section:
            [
                "section", "Mục", "Phần/mục góp ý", "Phần, mục",
                "Phần", "Phần mục", "Phần góp ý", "Mục góp ý", "Chương, mục", "Vị trí góp ý",
                "Góp ý vào phần", "Góp ý vào mục", "Góp ý cho phần, mục",
            ]
        case .id:
            [
                "id", "STT", "Mã",
                "TT", "Số TT", "Số thứ tự", "Mã số", "Mã ý kiến", "Mã góp ý", "No",
            ]
        case .author:
            [
                "author", "Họ và tên", "Họ tên",
                "Họ và tên người góp ý", "Họ tên người góp ý", "Người góp ý", "Tên người góp ý", "Tên",
                "Người gửi", "Tác giả", "name", "full name",
            ]
        case .address:
            [
                "address", "Địa chỉ",
                "Địa chỉ liên hệ", "Địa chỉ người góp ý", "Nơi ở", "Nơi cư trú",
            ]
        case .phone:
            [
                "phone", "Số điện thoại", "Điện thoại",
                "SĐT", "ĐT", "Điện thoại liên hệ", "Số di động", "Di động", "tel", "telephone", "mobile",
            ]
        case .email:
            [
                "email", "Thư điện tử",
                "E-mail", "mail", "Địa chỉ email", "Địa chỉ thư điện tử",
            ]
        case .received:
            [
                "received", "Ngày gửi", "Ngày",
                "Ngày góp ý", "Ngày nhận", "Ngày tháng", "Thời gian", "Thời gian gửi", "date",
            ]
        case .source:
            [
                "source", "Đơn vị", "Nguồn",
                "Cơ quan", "Cơ quan, đơn vị", "Đơn vị góp ý", "Đơn vị gửi", "Tổ chức", "Nguồn ý kiến",
            ]
        }
    }
}

/// Which column holds which ``CSVField``, from a header row.
public struct CSVColumns: Sendable {
    /// The header row's names, as written.
    public let header: [String]
    /// The 0-based column of each field found. When two columns name the same field, the
    /// first one is used (see ``duplicates``).
    public let positions: [CSVField: Int]
    /// Columns that name a field an earlier column already gave: (field, column), in order.
    public let duplicates: [(field: CSVField, column: Int)]

    /// Maps a header row's names to fields.
    public init(header: [String]) {
        self.header = header
        var positions: [CSVField: Int] = [:]
        var duplicates: [(field: CSVField, column: Int)] = []
        for (column, name) in header.enumerated() {
            guard let field = Self.field(named: name) else { continue }
            if positions[field] == nil {
                positions[field] = column
            } else {
                duplicates.append((field, column))
            }
        }
        self.positions = positions
        self.duplicates = duplicates
    }

    /// The column of `field`, if the header has one.
    public subscript(_ field: CSVField) -> Int? { positions[field] }

    /// The field a header name stands for, if any.
    public static func field(named name: String) -> CSVField? { fieldsByKey[key(name)] }

    /// The form header names are compared in: ``Folding/compact(_:)``, lower case without
    /// diacritics, spaces or punctuation ("Phần/mục góp ý" → "phanmucgopy").
    public static func key(_ name: String) -> String { Folding.compact(name) }

    /// Every alias's key, with its field.
    static let fieldsByKey: [String: CSVField] = {
        var table: [String: CSVField] = [:]
        for field in CSVField.allCases {
            for alias in field.aliases { table[key(alias)] = field }
        }
        return table
    }()
}
