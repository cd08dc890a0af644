/// A kind of division a reader names when pointing into a draft: "phần", "mục", "trang" …
///
/// Logical units follow the draft's own structure and, from `phan` down to `tiet`, resolve
/// against its outline. `y` and `gachDauDong` name something inside a section (an idea, a
/// bullet): they are kept but never needed to resolve. Physical units (`trang`, `doan`,
/// `dong`, `cau`) depend on the edition the commenter read: soft evidence only, never used to
/// resolve.
public enum SectionUnit: String, Sendable, Hashable, CaseIterable, Codable {
    /// phần: the top level of a political report ("Phần thứ nhất").
    case phan
    /// chương: chapter.
    case chuong
    /// mục: the level below phần ("mục I", "mục 2.3").
    case muc
    /// tiểu mục: the level below mục ("tiểu mục 2.1").
    case tieuMuc
    /// điều: article.
    case dieu
    /// khoản: clause.
    case khoan
    /// điểm: point ("điểm a").
    case diem
    /// tiết: sub-point.
    case tiet
    /// ý: an idea inside a section ("ý thứ 3").
    case y
    /// gạch đầu dòng: a bullet inside a section.
    case gachDauDong
    /// trang: page (physical).
    case trang
    /// đoạn: paragraph (physical).
    case doan
    /// dòng: line (physical).
    case dong
    /// câu: sentence (physical).
    case cau

    /// The unit as a Vietnamese reader writes it: "tiểu mục", "gạch đầu dòng".
    public var name: String {
        switch self {
        case .phan: "phần"
        case .chuong: "chương"
        case .muc: "mục"
        case .tieuMuc: "tiểu mục"
        case .dieu: "điều"
        case .khoan: "khoản"
        case .diem: "điểm"
        case .tiet: "tiết"
        case .y: "ý"
        case .gachDauDong: "gạch đầu dòng"
        case .trang: "trang"
        case .doan: "đoạn"
        case .dong: "dòng"
        case .cau: "câu"
        }
    }

    /// Whether the unit depends on an edition's layout (trang, đoạn, dòng, câu).
    public var isPhysical: Bool {
        switch self {
        case .trang, .doan, .dong, .cau: true
        default: false
        }
    }

    /// Whether the unit is a level of a draft's outline (phần … tiết): the units a
    /// ``SectionResolver`` matches against section ids.
    public var isStructural: Bool {
        switch self {
        case .phan, .chuong, .muc, .tieuMuc, .dieu, .khoan, .diem, .tiet: true
        default: false
        }
    }

    /// Position in the hierarchy, largest first: phần 0, chương 1, mục 2 … gạch đầu dòng 9;
    /// physical units after every logical one. Components are sorted by it before resolving,
    /// since readers write both "điểm a khoản 2 Điều 5" and "Phần I, mục 2".
    public var rank: Int {
        switch self {
        case .phan: 0
        case .chuong: 1
        case .muc: 2
        case .tieuMuc: 3
        case .dieu: 4
        case .khoan: 5
        case .diem: 6
        case .tiet: 7
        case .y: 8
        case .gachDauDong: 9
        case .trang: 10
        case .doan: 11
        case .dong: 12
        case .cau: 13
        }
    }

    /// Whether a bare letter may be this unit's value ("điểm a", "mục b"). Letters are not
    /// accepted first after phần, chương, điều, khoản or a physical unit, where a lone letter
    /// is far more often an unaccented word ("phan o nong thon") than a number.
    var acceptsLetter: Bool {
        switch self {
        case .muc, .tieuMuc, .diem, .tiet, .y, .gachDauDong: true
        default: false
        }
    }
}
