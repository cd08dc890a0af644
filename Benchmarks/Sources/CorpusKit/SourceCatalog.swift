/// One commenter of the generated round, as `config/sources.yaml` declares it.
struct CorpusSource: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case district, agency, front, expert, veteran, central, citizen
    }

    var id: String
    var name: String
    var kind: Kind
    var aliases: [String]
    /// For district committees: the place name ("Krông Pắc"), used in report headers.
    var place: String = ""
    /// For district committees: "HU", "TU" (thị ủy) or "ThU" (thành ủy), for document numbers.
    var abbreviation: String = ""
}

/// The sources of a generated round, by kind, and the routes for citizens' folders.
struct SourceCatalog: Sendable {
    var sources: [CorpusSource]

    func of(_ kind: CorpusSource.Kind) -> [CorpusSource] { sources.filter { $0.kind == kind } }

    /// Citizen sources get their files through routes: `nhan-dan/<id>/**`.
    var routes: [(match: String, source: String)] {
        of(.citizen).map { ("nhan-dan/\($0.id)/**", $0.id) }
    }

    static func make() -> SourceCatalog {
        var sources: [CorpusSource] = []
        let districts: [(String, String)] = [
            ("Huyện ủy", "Krông Pắc"), ("Huyện ủy", "Cư M'gar"), ("Huyện ủy", "Ea Kar"), ("Huyện ủy", "Krông Ana"),
            ("Huyện ủy", "Lắk"), ("Huyện ủy", "Buôn Đôn"), ("Huyện ủy", "Krông Năng"), ("Huyện ủy", "Ea H'leo"),
            ("Huyện ủy", "Ea Súp"), ("Huyện ủy", "Krông Bông"), ("Huyện ủy", "Krông Búk"), ("Huyện ủy", "M'Đrắk"),
            ("Huyện ủy", "Cư Kuin"), ("Thị ủy", "Buôn Hồ"), ("Thành ủy", "Buôn Ma Thuột"), ("Huyện ủy", "Sơn Hòa"),
            ("Huyện ủy", "Đồng Xuân"), ("Huyện ủy", "Tây Hòa"), ("Thị ủy", "Đông Hòa"), ("Thị ủy", "Sông Cầu"),
            ("Huyện ủy", "Phú Hòa"), ("Huyện ủy", "Sông Hinh"), ("Thành ủy", "Tuy Hòa"), ("Huyện ủy", "Tuy An"),
        ]
        for (committee, place) in districts {
            let name = "\(committee) \(place)"
            let abbreviation = committee == "Huyện ủy" ? "HU" : committee == "Thị ủy" ? "TU" : "ThU"
            let prefix = committee == "Huyện ủy" ? "hu" : committee == "Thị ủy" ? "tu" : "thu"
            sources.append(
                CorpusSource(
                    id: "\(prefix)-\(slug(place))", name: name, kind: .district,
                    aliases: [name.uppercased(), "\(abbreviation) \(place)", "Ban Thường vụ \(name)"],
                    place: place, abbreviation: abbreviation))
            sources.append(
                CorpusSource(
                    id: "mttq-\(slug(place))", name: "Ủy ban MTTQ Việt Nam \(committee == "Huyện ủy" ? "huyện" : committee == "Thị ủy" ? "thị xã" : "thành phố") \(place)",
                    kind: .front, aliases: ["MTTQ \(place)"], place: place))
        }
        let agencies: [(String, String, [String])] = [
            ("so-khdt", "Sở Kế hoạch và Đầu tư", ["Sở KH&ĐT"]), ("so-tai-chinh", "Sở Tài chính", []),
            ("so-cong-thuong", "Sở Công Thương", []), ("so-nn-mt", "Sở Nông nghiệp và Môi trường", ["Sở NN&MT"]),
            ("so-gd-dt", "Sở Giáo dục và Đào tạo", ["Sở GD&ĐT"]), ("so-y-te", "Sở Y tế", []),
            ("so-noi-vu", "Sở Nội vụ", []), ("so-tu-phap", "Sở Tư pháp", []), ("so-xay-dung", "Sở Xây dựng", []),
            ("so-khcn", "Sở Khoa học và Công nghệ", ["Sở KH&CN"]), ("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", ["Sở VHTTDL"]),
            ("ban-tgdv", "Ban Tuyên giáo và Dân vận Tỉnh ủy", ["BTGDV Tỉnh ủy"]), ("ban-to-chuc", "Ban Tổ chức Tỉnh ủy", []),
            ("ubkt", "Ủy ban Kiểm tra Tỉnh ủy", ["UBKT Tỉnh ủy"]), ("cong-an", "Công an tỉnh", []),
            ("bchqs", "Bộ Chỉ huy Quân sự tỉnh", ["BCH Quân sự tỉnh"]), ("ldld", "Liên đoàn Lao động tỉnh", ["LĐLĐ tỉnh"]),
            ("tinh-doan", "Tỉnh đoàn", ["Ban Thường vụ Tỉnh đoàn"]), ("hoi-nong-dan", "Hội Nông dân tỉnh", []),
            ("hoi-phu-nu", "Hội Liên hiệp Phụ nữ tỉnh", ["Hội LHPN tỉnh"]),
        ]
        for (id, name, aliases) in agencies {
            sources.append(CorpusSource(id: id, name: name, kind: .agency, aliases: [name.uppercased()] + aliases))
        }
        sources.append(CorpusSource(id: "mttq-tinh", name: "Ủy ban MTTQ Việt Nam tỉnh", kind: .front, aliases: ["UBMTTQ tỉnh", "Mặt trận Tổ quốc tỉnh"]))
        let experts: [(String, String, [String])] = [
            ("lhh-khkt", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", ["Liên hiệp Hội KH&KT tỉnh"]),
            ("hoi-nghi-chuyen-gia", "Hội nghị chuyên gia, nhà khoa học góp ý văn kiện", []),
            ("dh-tay-nguyen", "Trường Đại học Tây Nguyên", ["ĐH Tây Nguyên"]),
            ("hoi-luat-gia", "Hội Luật gia tỉnh", []), ("hoi-kinh-te", "Hội Khoa học Kinh tế tỉnh", []),
        ]
        for (id, name, aliases) in experts {
            sources.append(CorpusSource(id: id, name: name, kind: .expert, aliases: aliases))
        }
        sources.append(CorpusSource(id: "clb-lao-thanh", name: "Câu lạc bộ Cán bộ lão thành tỉnh", kind: .veteran, aliases: ["CLB cán bộ lão thành"]))
        sources.append(CorpusSource(id: "hoi-ccb", name: "Hội Cựu chiến binh tỉnh", kind: .veteran, aliases: ["Hội CCB tỉnh"]))
        sources.append(CorpusSource(id: "ban-lien-lac", name: "Ban Liên lạc cán bộ tiền khởi nghĩa", kind: .veteran, aliases: []))
        sources.append(CorpusSource(id: "tieu-ban-van-kien-tw", name: "Tiểu ban Văn kiện Trung ương", kind: .central, aliases: []))
        sources.append(CorpusSource(id: "ban-tuyen-giao-tw", name: "Ban Tuyên giáo Trung ương", kind: .central, aliases: []))
        let citizens: [(String, String, [String])] = [
            ("cong-thong-tin", "Cổng thông tin điện tử tỉnh", ["Cổng TTĐT tỉnh"]),
            ("bao-tinh", "Báo Đảng bộ tỉnh", []),
            ("dai-ptth", "Đài Phát thanh và Truyền hình tỉnh", ["Đài PT-TH tỉnh"]),
            ("hop-thu", "Hộp thư góp ý văn kiện", []),
        ]
        for (id, name, aliases) in citizens {
            sources.append(CorpusSource(id: id, name: name, kind: .citizen, aliases: aliases))
        }
        return SourceCatalog(sources: sources)
    }

    /// "Cư M'gar" → "cu-mgar".
    static func slug(_ text: String) -> String {
        var result = ""
        var dash = false
        for character in Person.unaccented(text).lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                if dash, !result.isEmpty { result.append("-") }
                dash = false
                result.append(character)
            } else if character != "'" {
                dash = true
            }
        }
        return result
    }
}
