import GopyTestSupport
import GopyText

/// A seeded generator of made-up Vietnamese comments and of their variants, for property
/// tests and measurements: the same seed always gives the same comments.
struct SyntheticComments {
    var random: SplitMix

    init(seed: UInt64) { random = SplitMix(seed: seed) }

    // MARK: Phrase banks

    static let topics = [
        "tốc độ tăng trưởng kinh tế", "chuyển dịch cơ cấu kinh tế theo hướng hiện đại", "thu hút đầu tư vào khu công nghiệp",
        "phát triển nông nghiệp công nghệ cao", "thu ngân sách trên địa bàn", "phát triển kinh tế tư nhân",
        "công tác giảm nghèo bền vững", "chất lượng giáo dục và đào tạo", "chăm sóc sức khỏe nhân dân",
        "bảo tồn văn hóa truyền thống của đồng bào dân tộc thiểu số", "giải quyết việc làm cho lao động nông thôn",
        "bảo đảm an ninh nông thôn", "xây dựng thế trận quốc phòng toàn dân", "phòng chống tội phạm ma túy",
        "công tác xây dựng, chỉnh đốn Đảng", "sắp xếp tổ chức bộ máy tinh gọn", "công tác cán bộ",
        "công tác kiểm tra, giám sát của Ủy ban Kiểm tra", "những hạn chế trong quản lý đất đai",
        "những yếu kém trong cải cách hành chính", "tình trạng ô nhiễm môi trường ở đô thị",
        "nguyên nhân chủ quan của hạn chế", "trách nhiệm của người đứng đầu", "các bài học kinh nghiệm rút ra",
        "phương hướng phát triển của tỉnh", "định hướng phát triển vùng động lực", "mục tiêu tổng quát của nhiệm kỳ",
        "tầm nhìn đến năm 2045", "chỉ tiêu tốc độ tăng trưởng GRDP", "chỉ tiêu tỷ lệ che phủ rừng",
        "chỉ tiêu thu nhập bình quân đầu người", "chỉ tiêu tỷ lệ đô thị hóa", "đầu tư hạ tầng giao thông kết nối vùng",
        "chuyển đổi số trong doanh nghiệp", "phát triển du lịch sinh thái", "xây dựng thương hiệu cà phê của tỉnh",
        "phát triển năng lượng tái tạo", "xây dựng con người của tỉnh trong thời kỳ mới",
        "đào tạo nguồn nhân lực chất lượng cao", "chính sách an sinh xã hội", "phát triển y tế cơ sở",
        "bảo vệ và phát triển rừng", "quản lý khai thác khoáng sản", "xử lý rác thải sinh hoạt ở nông thôn",
        "ứng phó với hạn hán và biến đổi khí hậu", "xây dựng khu vực phòng thủ vững chắc", "công tác đối ngoại nhân dân",
        "công tác phòng, chống tham nhũng, tiêu cực", "đổi mới phương thức lãnh đạo của Đảng",
        "phát huy vai trò giám sát của Mặt trận Tổ quốc", "tiếp xúc, đối thoại với nhân dân",
        "việc tổ chức thực hiện Nghị quyết", "hoạt động của Hội đồng nhân dân các cấp", "vai trò của Ủy ban nhân dân cấp xã",
        "thủy lợi phục vụ tưới cho cây cà phê", "hòa giải ở cơ sở", "chương trình xây dựng nông thôn mới",
        "công tác dân vận của hệ thống chính trị", "đội ngũ cán bộ, công chức, viên chức cấp xã",
    ]
    static let problems = [
        "tăng trưởng chưa bền vững, phụ thuộc nhiều vào nông nghiệp", "nhiều dự án chậm tiến độ, gây lãng phí đất đai",
        "giá nông sản bấp bênh, người dân được mùa mất giá", "tỷ lệ hộ nghèo ở vùng đồng bào dân tộc thiểu số còn cao",
        "trường lớp ở vùng sâu, vùng xa còn thiếu giáo viên", "trạm y tế xã thiếu bác sĩ và thuốc men",
        "tội phạm ma túy và tín dụng đen diễn biến phức tạp", "tai nạn giao thông còn nhiều",
        "một bộ phận cán bộ, đảng viên suy thoái, né tránh trách nhiệm", "sinh hoạt chi bộ còn hình thức",
        "thủ tục hành chính còn rườm rà, gây phiền hà cho người dân", "nhiều công trình xuống cấp nhanh sau khi đưa vào sử dụng",
        "cán bộ né tránh, đùn đẩy trách nhiệm", "công tác kiểm tra, giám sát chưa thường xuyên",
        "nguồn lực đầu tư bị phân tán", "doanh nghiệp nhỏ khó tiếp cận vốn vay", "hạ tầng giao thông liên vùng còn yếu",
        "lao động trẻ bỏ quê đi làm ăn xa", "chênh lệch giàu nghèo giữa các vùng ngày càng lớn",
        "tình trạng phá rừng, lấn chiếm đất rừng vẫn diễn ra", "khai thác cát trái phép làm sạt lở bờ sông",
        "hoạt động truyền đạo trái phép ở một số địa bàn", "việc giải quyết đơn thư khiếu nại còn chậm",
    ]
    static let goals = [
        "nâng thu nhập bình quân đầu người", "hình thành chuỗi giá trị nông sản chủ lực", "giảm tỷ lệ hộ nghèo đa chiều mỗi năm",
        "bảo đảm đủ giáo viên cho các trường vùng khó khăn", "giữ vững an ninh chính trị, trật tự an toàn xã hội",
        "nâng cao chất lượng sinh hoạt chi bộ", "xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực",
        "giải quyết dứt điểm tồn đọng trong quản lý đất đai", "xử lý nghiêm cán bộ né tránh trách nhiệm",
        "đưa tỉnh trở thành trung tâm kinh tế của vùng", "đạt tốc độ tăng trưởng bình quân trên 8% mỗi năm",
        "nâng tỷ lệ che phủ rừng lên 40%", "hoàn thành tuyến cao tốc kết nối với các tỉnh lân cận",
        "thu hút doanh nghiệp lớn đầu tư chế biến sâu nông sản", "bảo đảm mọi người dân được tiếp cận dịch vụ y tế cơ bản",
        "giữ chân lao động có tay nghề ở lại địa phương", "chấm dứt tình trạng phá rừng trái phép",
        "xử lý triệt để các điểm ô nhiễm môi trường", "không để xảy ra điểm nóng về an ninh trật tự",
        "bảo vệ cán bộ dám nghĩ, dám làm vì lợi ích chung", "ban hành chương trình hành động ngay sau Đại hội",
    ]
    static let aboutTopic: [@Sendable (String) -> String] = [
        { "Đề nghị bổ sung nội dung về \($0)." },
        { "Dự thảo cần đánh giá sâu hơn về \($0), nêu rõ kết quả cụ thể và những tồn tại." },
        { "Đề nghị làm rõ hơn \($0) trong giai đoạn tới." },
        { "Phần viết về \($0) còn chung chung, chưa có số liệu minh chứng." },
        { "Cần có giải pháp cụ thể, khả thi hơn về \($0)." },
        { "Nên xác định \($0) là một nhiệm vụ trọng tâm của nhiệm kỳ." },
        { "Đánh giá về \($0) còn nặng về liệt kê, chưa phân tích nguyên nhân." },
        { "Đề nghị viết lại đoạn nói về \($0) cho ngắn gọn, dễ hiểu hơn." },
        { "Cần nhấn mạnh hơn nữa \($0), vì đây là yếu tố quyết định sự phát triển của tỉnh." },
        { "Nội dung về \($0) chưa tương xứng với tầm quan trọng của vấn đề." },
    ]
    static let aboutProblem: [@Sendable (String) -> String] = [
        { "Thực tế ở cơ sở cho thấy \($0), đề nghị dự thảo phản ánh đầy đủ hơn." },
        { "Dự thảo chưa nêu tình trạng \($0)." },
        { "Cần chỉ rõ trách nhiệm khi để xảy ra tình trạng \($0)." },
        { "Tình trạng \($0) kéo dài nhiều năm nhưng chưa có giải pháp căn cơ." },
        { "Có ý kiến cho rằng \($0), cần được đánh giá thẳng thắn." },
    ]
    static let aboutGoal: [@Sendable (String) -> String] = [
        { "Đề nghị đặt mục tiêu \($0) đến năm 2030." },
        { "Cần có cơ chế, chính sách đủ mạnh để \($0)." },
        { "Nên bổ sung giải pháp nhằm \($0)." },
        { "Đề nghị quyết tâm \($0) ngay trong nhiệm kỳ này." },
    ]
    static let reasons = [
        "Vì đây là vấn đề người dân rất quan tâm.",
        "Như vậy mới phù hợp với tinh thần Nghị quyết Đại hội của Đảng.",
        "Nhiều cử tri ở địa phương đã phản ánh vấn đề này qua các kỳ tiếp xúc.",
        "Nhằm bảo đảm tính khả thi của Nghị quyết.",
        "Thực tế nhiệm kỳ qua cho thấy chỉ tiêu này đạt thấp.",
        "Để Nghị quyết sát với thực tiễn của tỉnh hơn.",
        "Qua theo dõi ở cơ sở, tình hình này có chiều hướng gia tăng.",
    ]
    static let generalAgreement = [
        "Tôi hoàn toàn nhất trí với dự thảo.", "Nhất trí với dự thảo.", "Tôi nhất trí.",
        "Tôi nhất trí cao với nội dung dự thảo Báo cáo chính trị.", "Hoàn toàn đồng ý với dự thảo báo cáo.",
        "Thống nhất với dự thảo Báo cáo chính trị, không có ý kiến bổ sung.",
    ]
    static let openers = [
        "Qua nghiên cứu dự thảo, tôi thấy", "Là người dân sinh sống ở nông thôn, tôi thấy",
        "Là đảng viên đã nghỉ hưu, tôi nhận thấy", "Theo tôi,", "Tôi xin góp ý:", "Tôi là cựu chiến binh, tôi thấy",
    ]
    /// Spelled-out phrases and the abbreviations people type for them.
    static let abbreviations = [
        ("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"), ("Mặt trận Tổ quốc", "MTTQ"),
        ("cán bộ, công chức, viên chức", "CBCCVC"), ("đồng bào dân tộc thiểu số", "đồng bào DTTS"),
        ("chuyển đổi số", "CĐS"), ("cải cách hành chính", "CCHC"), ("nông thôn mới", "NTM"),
        ("an sinh xã hội", "ASXH"), ("Nghị quyết", "NQ"), ("giáo dục và đào tạo", "GD&ĐT"),
        ("Ủy ban Kiểm tra", "UBKT"), ("biến đổi khí hậu", "BĐKH"), ("hệ thống chính trị", "HTCT"),
    ]
    /// Tone-mark placements in both styles (old, new).
    static let toneStyles = [("hòa", "hoà"), ("hóa", "hoá"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("tòa", "toà"), ("Hòa", "Hoà")]

    // MARK: Comments

    /// A comment of one to three sentences (or `sentences`), sometimes with an opener and a
    /// reason.
    mutating func comment(sentences count: Int? = nil) -> String {
        var sentences = [sentence()]
        let extra = random.below(10)
        if let count {
            for _ in 1..<max(1, count) { sentences.append(sentence()) }
        } else {
            if extra < 4 { sentences.append(sentence()) }
            if extra < 1 { sentences.append(sentence()) }
        }
        if random.chance(0.3) { sentences.append(pick(Self.reasons)) }
        var text = sentences.joined(separator: " ")
        if random.chance(0.3) { text = pick(Self.openers) + " " + lowercasingFirst(text) }
        return text
    }

    /// One proposal sentence, often with where or when it applies.
    mutating func sentence() -> String {
        var text: String
        switch random.below(12) {
        case 0..<6: text = pick(Self.aboutTopic)(pick(Self.topics))
        case 6..<9: text = pick(Self.aboutProblem)(pick(Self.problems))
        default: text = pick(Self.aboutGoal)(pick(Self.goals))
        }
        if random.chance(0.7) {
            text.removeLast()
            switch random.below(3) {
            case 0: text += ", nhất là ở " + pick(Self.places) + "."
            case 1: text += " " + pick(Self.times) + "."
            default: text += ", " + pick(Self.qualifiers) + "."
            }
        }
        return text
    }

    static let places = [
        "xã Ea Tar", "xã Cư Né", "huyện Krông Búk", "thị trấn Phước An", "xã Hòa Phong", "các xã vùng sâu",
        "vùng đồng bào dân tộc thiểu số", "khu vực biên giới", "các phường trung tâm", "xã Ea Kao", "huyện Lắk",
        "xã Dliê Ya", "thị xã Buôn Hồ", "huyện Ea Súp", "các buôn đặc biệt khó khăn", "xã Yang Mao", "vùng ven đô",
        "các khu công nghiệp", "thôn 5 xã Ea Kpam", "buôn Ako Dhông", "các trường học vùng xa", "xã Krông Nô",
    ]
    static let times = [
        "trong nhiệm kỳ tới", "ngay từ năm 2026", "trong giai đoạn 2025 - 2030", "trong những năm tiếp theo",
        "từ nay đến cuối nhiệm kỳ", "trong thời gian sớm nhất", "theo từng năm", "trước năm 2028", "qua từng quý",
    ]
    static let qualifiers = [
        "tránh hình thức", "có lộ trình rõ ràng", "gắn với trách nhiệm người đứng đầu", "bảo đảm công khai, minh bạch",
        "phù hợp với điều kiện thực tế", "có phân công cụ thể", "có kiểm tra, đánh giá định kỳ", "tránh dàn trải",
        "huy động cả xã hội cùng tham gia", "có chỉ số đo lường được", "ưu tiên nguồn lực của tỉnh",
    ]

    /// A form letter of about `sentences` sentences, all different from other templates'.
    mutating func template(sentences: Int) -> String {
        (0..<sentences).map { _ in sentence() }.joined(separator: " ")
    }

    /// Personal words a campaign member adds before, after, or inside the template.
    mutating func personalAddition(words: Int) -> String {
        let pool = Self.topics + Self.problems + Self.goals
        var out: [String] = []
        var count = 0
        while count < words {
            let phrase = pick(pool)
            out.append(phrase)
            count += phrase.split(separator: " ").count
        }
        return uppercasingFirst(out.joined(separator: ", ")) + "."
    }

    // MARK: Variants

    /// The kinds of edit a near-duplicate carries.
    enum Edit: CaseIterable {
        case typo, toneStyle, abbreviation, spacing, wordDropped
    }

    /// `text` with `count` small edits of random kinds; the result still says the same thing.
    mutating func variant(of text: String, edits count: Int) -> String {
        var out = text
        for _ in 0..<count {
            out = edit(out, pick(Edit.allCases))
        }
        return out
    }

    mutating func edit(_ text: String, _ kind: Edit) -> String {
        switch kind {
        case .typo: return typo(text)
        case .toneStyle:
            let candidates = Self.toneStyles.filter { text.contains($0.0) || text.contains($0.1) }
            guard let (old, new) = candidates.isEmpty ? nil : pick(candidates) else { return typo(text) }
            return text.contains(old) ? replaceFirst(old, with: new, in: text) : replaceFirst(new, with: old, in: text)
        case .abbreviation:
            let candidates = Self.abbreviations.filter { text.contains($0.0) }
            guard !candidates.isEmpty else { return typo(text) }
            let (full, short) = pick(candidates)
            return replaceFirst(full, with: short, in: text)
        case .spacing:
            var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let i = random.below(words.count)
            words[i] = random.chance(0.5) ? words[i] + "," : "  " + words[i]
            return words.joined(separator: " ")
        case .wordDropped:
            var words = text.split(separator: " ").map(String.init)
            guard words.count > 6 else { return typo(text) }
            words.remove(at: 1 + random.below(words.count - 2))
            return words.joined(separator: " ")
        }
    }

    /// One letter of one word swapped, doubled, dropped or stripped of its marks.
    mutating func typo(_ text: String) -> String {
        var words = text.split(separator: " ").map { Array(String($0).unicodeScalars) }
        let candidates = words.indices.filter { words[$0].count >= 3 }
        guard !candidates.isEmpty else { return text }
        let w = pick(candidates)
        var letters = words[w]
        let i = random.below(letters.count - 1)
        switch random.below(4) {
        case 0: letters.swapAt(i, i + 1)
        case 1: letters.insert(letters[i], at: i)
        case 2: letters.remove(at: i)
        default: letters = letters.map(Folding.foldScalar)
        }
        words[w] = letters
        return words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }

    /// The text as typed on a keyboard without Vietnamese input: no diacritics at all.
    static func unaccented(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map(Folding.foldScalar)))
    }

    // MARK: Helpers

    mutating func pick<T>(_ list: [T]) -> T { list[random.below(list.count)] }

    func replaceFirst(_ target: String, with replacement: String, in text: String) -> String {
        guard let range = text.firstRange(of: target) else { return text }
        var out = text
        out.replaceSubrange(range, with: replacement)
        return out
    }
}

func lowercasingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    for keep in ["Đảng", "Nhà nước", "Mặt trận", "Nghị quyết", "Ủy ban", "Hội đồng"] where text.hasPrefix(keep) { return text }
    return first.lowercased() + text.dropFirst()
}

func uppercasingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
}

/// The shared seeded generator, with the two draws the synthetic comments use.
typealias SplitMix = SplitMix64

extension SplitMix64 {
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
}
