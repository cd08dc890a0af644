/// The generated draft: a political report's outline in two parts, with the vocabulary
/// comments on each section use (so that a section can also be inferred from content).
struct Outline: Sendable {
    struct Section: Sendable {
        /// "1.I.1": part (arabic) → mục (Roman) → tiểu mục (arabic).
        var id: String
        var title: String
        var keywords: [String]
        /// Noun phrases comments on this section talk about.
        var topics: [String]
        /// Shortcomings comments on this section point out.
        var problems: [String]
        /// Aims comments on this section propose.
        var goals: [String]
        var children: [Section] = []

        var components: [String] { id.split(separator: ".").map(String.init) }

        /// The draft's own text of a leaf (its `text` in config/drafts): what comments quote.
        var wording: String { "Nội dung chủ yếu: " + topics.joined(separator: "; ") + "." }
    }

    var draftID: String
    var title: String
    var round: Int
    var parts: [Section]

    /// Every section, depth first.
    var all: [Section] {
        var result: [Section] = []
        func walk(_ list: [Section]) {
            for section in list {
                result.append(section)
                walk(section.children)
            }
        }
        walk(parts)
        return result
    }

    /// The sections comments are usually about: the leaves.
    var leaves: [Section] { all.filter { $0.children.isEmpty } }

    /// The sections above the leaves that comments sometimes address as a whole.
    var branches: [Section] { all.filter { !$0.children.isEmpty } }
}

extension Outline {
    /// The outline every generated round uses: 2 parts, 16 leaves.
    static func politicalReport(draftID: String, round: Int) -> Outline {
        typealias S = Section
        let part1 = S(
            id: "1",
            title: "Phần thứ nhất: Đánh giá kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025",
            keywords: ["kết quả", "nhiệm kỳ 2020 - 2025"],
            topics: ["kết quả thực hiện Nghị quyết nhiệm kỳ qua", "việc đánh giá tổng quát nhiệm kỳ 2020 - 2025"],
            problems: [
                "nhiều chỉ tiêu quan trọng không đạt", "việc đánh giá còn nặng về thành tích",
                "số liệu tổng kết chưa được kiểm chứng độc lập",
            ],
            goals: ["hoàn thành các chỉ tiêu còn dở dang", "đánh giá khách quan, trung thực kết quả nhiệm kỳ"],
            children: [
                S(
                    id: "1.I", title: "Kết quả đạt được", keywords: ["kết quả đạt được"],
                    topics: ["những kết quả nổi bật của nhiệm kỳ", "các chỉ tiêu đã hoàn thành"],
                    problems: ["số liệu giữa các ngành chưa thống nhất", "một số kết quả chưa thật sự bền vững"],
                    goals: ["phát huy những kết quả đã đạt được", "nhân rộng các mô hình hiệu quả ở cơ sở"],
                    children: [
                        S(
                            id: "1.I.1", title: "Về phát triển kinh tế",
                            keywords: ["tăng trưởng", "kinh tế", "nông nghiệp", "đầu tư"],
                            topics: [
                                "tốc độ tăng trưởng kinh tế", "chuyển dịch cơ cấu kinh tế", "thu hút đầu tư vào khu công nghiệp",
                                "phát triển nông nghiệp công nghệ cao", "thu ngân sách trên địa bàn", "phát triển kinh tế tư nhân",
                            ],
                            problems: [
                                "tăng trưởng chưa bền vững, phụ thuộc nhiều vào nông nghiệp",
                                "nhiều dự án chậm tiến độ, gây lãng phí đất đai",
                                "giá nông sản bấp bênh, người dân được mùa mất giá",
                            ],
                            goals: ["nâng thu nhập bình quân đầu người", "hình thành chuỗi giá trị nông sản chủ lực"]),
                        S(
                            id: "1.I.2", title: "Về văn hóa, xã hội",
                            keywords: ["văn hóa", "giáo dục", "y tế", "giảm nghèo"],
                            topics: [
                                "công tác giảm nghèo bền vững", "chất lượng giáo dục và đào tạo", "chăm sóc sức khỏe nhân dân",
                                "bảo tồn văn hóa truyền thống của đồng bào dân tộc thiểu số", "giải quyết việc làm cho lao động nông thôn",
                            ],
                            problems: [
                                "tỷ lệ hộ nghèo ở vùng đồng bào dân tộc thiểu số còn cao",
                                "trường lớp ở vùng sâu, vùng xa còn thiếu giáo viên",
                                "trạm y tế xã thiếu bác sĩ và thuốc men",
                            ],
                            goals: ["giảm tỷ lệ hộ nghèo đa chiều mỗi năm", "bảo đảm đủ giáo viên cho các trường vùng khó khăn"]),
                        S(
                            id: "1.I.3", title: "Về quốc phòng, an ninh",
                            keywords: ["quốc phòng", "an ninh", "trật tự"],
                            topics: ["bảo đảm an ninh nông thôn", "xây dựng thế trận quốc phòng toàn dân", "phòng chống tội phạm ma túy"],
                            problems: ["tội phạm ma túy và tín dụng đen diễn biến phức tạp", "tai nạn giao thông còn nhiều"],
                            goals: ["giữ vững an ninh chính trị, trật tự an toàn xã hội"]),
                        S(
                            id: "1.I.4", title: "Về xây dựng Đảng và hệ thống chính trị",
                            keywords: ["xây dựng Đảng", "cán bộ", "tổ chức cơ sở đảng"],
                            topics: [
                                "công tác xây dựng, chỉnh đốn Đảng", "sắp xếp tổ chức bộ máy tinh gọn", "công tác cán bộ",
                                "công tác kiểm tra, giám sát",
                            ],
                            problems: ["một bộ phận cán bộ, đảng viên suy thoái, né tránh trách nhiệm", "sinh hoạt chi bộ còn hình thức"],
                            goals: ["nâng cao chất lượng sinh hoạt chi bộ", "xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực"]),
                    ]),
                S(
                    id: "1.II", title: "Hạn chế, yếu kém và nguyên nhân", keywords: ["hạn chế", "yếu kém", "nguyên nhân"],
                    topics: ["những hạn chế, yếu kém của nhiệm kỳ"],
                    problems: ["nhiều hạn chế chậm được khắc phục qua nhiều nhiệm kỳ", "trách nhiệm để xảy ra yếu kém chưa được làm rõ"],
                    goals: ["khắc phục dứt điểm các hạn chế kéo dài", "xử lý nghiêm tập thể, cá nhân để xảy ra yếu kém"],
                    children: [
                        S(
                            id: "1.II.1", title: "Hạn chế, yếu kém", keywords: ["hạn chế", "yếu kém"],
                            topics: ["những hạn chế trong quản lý đất đai", "những yếu kém trong cải cách hành chính", "tình trạng ô nhiễm môi trường ở đô thị"],
                            problems: ["thủ tục hành chính còn rườm rà, gây phiền hà cho người dân", "nhiều công trình xuống cấp nhanh sau khi đưa vào sử dụng"],
                            goals: ["giải quyết dứt điểm tồn đọng trong quản lý đất đai"]),
                        S(
                            id: "1.II.2", title: "Nguyên nhân của hạn chế, yếu kém", keywords: ["nguyên nhân", "chủ quan", "khách quan"],
                            topics: ["nguyên nhân chủ quan của hạn chế", "trách nhiệm của người đứng đầu", "việc phân tích nguyên nhân khách quan"],
                            problems: ["cán bộ né tránh, đùn đẩy trách nhiệm", "công tác kiểm tra, giám sát chưa thường xuyên"],
                            goals: ["xử lý nghiêm cán bộ né tránh trách nhiệm"]),
                    ]),
                S(
                    id: "1.III", title: "Bài học kinh nghiệm", keywords: ["bài học kinh nghiệm"],
                    topics: ["các bài học kinh nghiệm rút ra", "bài học về phát huy sức mạnh đoàn kết"],
                    problems: ["bài học kinh nghiệm chậm được vận dụng vào thực tiễn", "các bài học còn chung chung, thiếu gắn với thực tiễn của tỉnh"],
                    goals: ["vận dụng tốt các bài học kinh nghiệm vào thực tiễn", "rút ra bài học riêng về công tác cán bộ ở cơ sở"]),
            ])
        let part2 = S(
            id: "2",
            title: "Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2025 - 2030",
            keywords: ["phương hướng", "nhiệm kỳ 2025 - 2030"],
            topics: ["phương hướng, nhiệm vụ nhiệm kỳ tới", "các giải pháp đề ra cho nhiệm kỳ 2025 - 2030"],
            problems: ["nhiều giải pháp của nhiệm kỳ trước chưa được thực hiện", "một số mục tiêu đề ra chưa sát với nguồn lực"],
            goals: ["tạo đột phá về hạ tầng và nguồn nhân lực", "xác định rõ các khâu đột phá của nhiệm kỳ"],
            children: [
                S(
                    id: "2.I", title: "Phương hướng, mục tiêu", keywords: ["phương hướng", "mục tiêu"],
                    topics: ["phương hướng chung của nhiệm kỳ"],
                    problems: ["tăng trưởng của tỉnh thấp hơn bình quân của vùng", "các mục tiêu còn dàn trải, thiếu trọng tâm"],
                    goals: ["đưa tỉnh trở thành tỉnh phát triển khá của khu vực", "lựa chọn đúng các ngành mũi nhọn"],
                    children: [
                        S(
                            id: "2.I.1", title: "Phương hướng", keywords: ["phương hướng"],
                            topics: ["phương hướng phát triển của tỉnh", "định hướng phát triển vùng động lực"],
                            problems: ["nguồn lực đầu tư bị phân tán", "quy hoạch chưa theo kịp yêu cầu phát triển"],
                            goals: ["phát triển nhanh và bền vững dựa trên khoa học công nghệ", "hình thành các vùng động lực"]),
                        S(
                            id: "2.I.2", title: "Mục tiêu tổng quát", keywords: ["mục tiêu tổng quát"],
                            topics: ["mục tiêu tổng quát của nhiệm kỳ", "tầm nhìn đến năm 2045"],
                            problems: ["khoảng cách phát triển với các tỉnh trong vùng ngày càng xa", "mục tiêu tổng quát còn dài, khó nhớ"],
                            goals: ["đưa tỉnh trở thành trung tâm kinh tế của vùng", "nâng cao rõ rệt đời sống vật chất và tinh thần của nhân dân"]),
                        S(
                            id: "2.I.3", title: "Các chỉ tiêu chủ yếu", keywords: ["chỉ tiêu", "tốc độ tăng trưởng", "tỷ lệ"],
                            topics: ["chỉ tiêu tốc độ tăng trưởng GRDP", "chỉ tiêu tỷ lệ che phủ rừng", "chỉ tiêu thu nhập bình quân đầu người", "chỉ tiêu tỷ lệ đô thị hóa"],
                            problems: ["nhiều chỉ tiêu của nhiệm kỳ trước không đạt", "tỷ lệ che phủ rừng giảm qua các năm"],
                            goals: ["đạt tốc độ tăng trưởng bình quân trên 8% mỗi năm", "nâng tỷ lệ che phủ rừng lên 40%"]),
                    ]),
                S(
                    id: "2.II", title: "Nhiệm vụ và giải pháp", keywords: ["nhiệm vụ", "giải pháp"],
                    topics: ["hệ thống nhiệm vụ, giải pháp"],
                    problems: ["nguồn lực thực hiện còn dàn trải", "nhiều giải pháp chưa rõ cơ quan chủ trì"],
                    goals: ["tập trung nguồn lực cho các nhiệm vụ trọng tâm", "giao rõ người, rõ việc, rõ thời hạn"],
                    children: [
                        S(
                            id: "2.II.1", title: "Phát triển kinh tế nhanh và bền vững", keywords: ["kinh tế", "hạ tầng", "chuyển đổi số"],
                            topics: [
                                "đầu tư hạ tầng giao thông kết nối vùng", "chuyển đổi số trong doanh nghiệp", "phát triển du lịch sinh thái",
                                "xây dựng thương hiệu cà phê của tỉnh", "phát triển năng lượng tái tạo",
                            ],
                            problems: ["doanh nghiệp nhỏ khó tiếp cận vốn vay", "hạ tầng giao thông liên vùng còn yếu"],
                            goals: ["hoàn thành tuyến cao tốc kết nối với các tỉnh lân cận", "thu hút doanh nghiệp lớn đầu tư chế biến sâu nông sản"]),
                        S(
                            id: "2.II.2", title: "Phát triển văn hóa, xã hội, con người", keywords: ["văn hóa", "con người", "an sinh xã hội"],
                            topics: ["xây dựng con người của tỉnh trong thời kỳ mới", "đào tạo nguồn nhân lực chất lượng cao", "chính sách an sinh xã hội", "phát triển y tế cơ sở"],
                            problems: ["lao động trẻ bỏ quê đi làm ăn xa", "chênh lệch giàu nghèo giữa các vùng ngày càng lớn"],
                            goals: ["bảo đảm mọi người dân được tiếp cận dịch vụ y tế cơ bản", "giữ chân lao động có tay nghề ở lại địa phương"]),
                        S(
                            id: "2.II.3", title: "Quản lý tài nguyên, bảo vệ môi trường", keywords: ["tài nguyên", "môi trường", "rừng"],
                            topics: ["bảo vệ và phát triển rừng", "quản lý khai thác khoáng sản", "xử lý rác thải sinh hoạt ở nông thôn", "ứng phó với hạn hán"],
                            problems: ["tình trạng phá rừng, lấn chiếm đất rừng vẫn diễn ra", "khai thác cát trái phép làm sạt lở bờ sông"],
                            goals: ["chấm dứt tình trạng phá rừng trái phép", "xử lý triệt để các điểm ô nhiễm môi trường"]),
                        S(
                            id: "2.II.4", title: "Quốc phòng, an ninh và đối ngoại", keywords: ["quốc phòng", "an ninh", "đối ngoại"],
                            topics: ["xây dựng khu vực phòng thủ vững chắc", "công tác đối ngoại nhân dân", "bảo đảm an ninh vùng biên giới"],
                            problems: ["hoạt động truyền đạo trái phép ở một số địa bàn"],
                            goals: ["không để xảy ra điểm nóng về an ninh trật tự"]),
                        S(
                            id: "2.II.5", title: "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh", keywords: ["xây dựng Đảng", "cán bộ", "phòng, chống tham nhũng"],
                            topics: ["công tác phòng, chống tham nhũng, tiêu cực", "đổi mới phương thức lãnh đạo của Đảng", "phát huy vai trò giám sát của Mặt trận Tổ quốc", "tiếp xúc, đối thoại với nhân dân"],
                            problems: ["tình trạng sợ trách nhiệm, không dám làm của một bộ phận cán bộ", "việc giải quyết đơn thư khiếu nại còn chậm"],
                            goals: ["bảo vệ cán bộ dám nghĩ, dám làm vì lợi ích chung", "người đứng đầu định kỳ đối thoại trực tiếp với nhân dân"]),
                    ]),
                S(
                    id: "2.III", title: "Tổ chức thực hiện", keywords: ["tổ chức thực hiện"],
                    topics: ["việc tổ chức thực hiện Nghị quyết", "cơ chế kiểm tra việc thực hiện Nghị quyết"],
                    problems: ["thiếu cơ chế theo dõi, đánh giá giữa nhiệm kỳ", "việc sơ kết, tổng kết còn hình thức"],
                    goals: ["ban hành chương trình hành động ngay sau Đại hội", "định kỳ công khai kết quả thực hiện Nghị quyết"]),
            ])
        return Outline(
            draftID: draftID,
            title: "Dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XVI trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025 - 2030",
            round: round,
            parts: [part1, part2])
    }
}
