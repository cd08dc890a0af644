/// Who a comment comes from, as the contract names the kinds of commenters.
public enum SourceKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// District, town or city Party committees (huyện ủy, thị ủy, thành ủy): consolidated reports.
    case district
    /// Departments, boards and sectors (sở, ban, ngành).
    case agency
    /// The Fatherland Front (Mặt trận Tổ quốc): formal social critique.
    case front
    /// Experts' and intellectuals' conferences.
    case expert
    /// Retired senior cadres.
    case veteran
    /// Central bodies.
    case central
    /// Citizens, through the web portal, the newspaper or radio.
    case citizen

    /// Whether comments of this kind come from an organisation (everything but citizens).
    public var isOrganisation: Bool { self != .citizen }

    /// The Vietnamese label drafters read.
    public var vietnameseLabel: String {
        switch self {
        case .district: "Huyện ủy, thị ủy, thành ủy"
        case .agency: "Sở, ban, ngành"
        case .front: "Mặt trận Tổ quốc"
        case .expert: "Chuyên gia, nhà khoa học"
        case .veteran: "Cán bộ lão thành"
        case .central: "Cơ quan Trung ương"
        case .citizen: "Nhân dân"
        }
    }

    /// Order in which kinds are listed: organisations before citizens.
    public var rank: Int {
        switch self {
        case .central: 0
        case .front: 1
        case .district: 2
        case .agency: 3
        case .expert: 4
        case .veteran: 5
        case .citizen: 6
        }
    }

    public static func < (lhs: SourceKind, rhs: SourceKind) -> Bool { lhs.rank < rhs.rank }
}
