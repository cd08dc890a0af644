/// The parts composed sentences are made of (``SentenceComposer``): many small choices, so
/// that two comments written independently rarely share more than stock phrases.
extension Phrases {
    /// How a proposal about a topic starts (the topic follows the action).
    static let proposalLeads = [
        "Đề nghị", "Đề nghị dự thảo", "Đề nghị Ban soạn thảo", "Kiến nghị", "Cần", "Nên", "Dự thảo cần",
        "Đề nghị tiếp tục", "Đề nghị nghiên cứu",
    ]
    /// What the proposal asks for, before the topic (noun phrase).
    static let proposalActions = [
        "bổ sung nội dung về", "làm rõ hơn", "đánh giá sâu hơn về", "nhấn mạnh hơn nữa", "có giải pháp cụ thể, khả thi hơn về",
        "viết ngắn gọn, dễ hiểu hơn đoạn nói về", "cụ thể hóa các chỉ tiêu về", "phân tích rõ nguyên nhân của những tồn tại trong",
        "đưa ra lộ trình thực hiện đối với", "bổ sung số liệu minh chứng về", "làm nổi bật kết quả của",
        "dành một đoạn riêng nói về", "đặt đúng tầm quan trọng của", "đánh giá thẳng thắn hơn về",
    ]
    /// How a sentence about a shortcoming starts (the problem, a clause, follows).
    static let problemLeads = [
        "Thực tế cho thấy", "Thực tế ở cơ sở cho thấy", "Qua theo dõi cho thấy", "Hiện nay", "Trong nhiệm kỳ qua,",
        "Dự thảo chưa nêu rõ tình trạng", "Cần chỉ rõ trách nhiệm khi để xảy ra tình trạng", "Nhiều năm nay",
    ]
    /// What follows a shortcoming.
    static let problemAsks = [
        "đề nghị dự thảo phản ánh đầy đủ hơn", "cần được đánh giá thẳng thắn", "đề nghị có giải pháp căn cơ",
        "cần làm rõ trách nhiệm của người đứng đầu", "đề nghị bổ sung vào phần hạn chế, yếu kém",
        "nhưng dự thảo mới chỉ nêu chung chung", "đề nghị có biện pháp xử lý dứt điểm", "cần đưa vào nhiệm vụ trọng tâm",
    ]
    /// How a sentence about an aim starts (a verb phrase follows).
    static let goalLeads = [
        "Đề nghị đặt mục tiêu", "Cần có cơ chế, chính sách đủ mạnh để", "Nên bổ sung giải pháp nhằm", "Đề nghị quyết tâm",
        "Cần phân công rõ trách nhiệm để", "Đề nghị có lộ trình cụ thể để", "Cần huy động mọi nguồn lực để",
    ]
    /// What may follow an aim.
    static let goalTails = [
        " đến năm 2030", " ngay trong nhiệm kỳ này", ", có kiểm tra, đánh giá hằng năm", " trong 5 năm tới",
        ", gắn với trách nhiệm của Ủy ban nhân dân các cấp", ", có sự giám sát của Hội đồng nhân dân tỉnh",
    ]
    /// Where or when a proposal applies, after ", nhất là ở" and the like (see ``SentenceComposer``).
    static let placeLeads = [", nhất là ở", " tại", ", đặc biệt là ở", ", trước hết là ở", " ở"]
    static let communes = [
        "Ea Kênh", "Hòa Đông", "Ea Phê", "Cư Né", "Ea Tiêu", "Hòa Thắng", "Ea Hồ", "Phú Xuân", "Tam Giang", "Ea Tar",
        "Hòa Phong", "Ea Kao", "Dliê Ya", "Yang Mao", "Ea Kpam", "Krông Nô", "Cư Pơng", "Ea Sin", "Hòa Sơn", "Đắk Liêng",
        "Ea Rốk", "Cư Kbang", "Bông Krang", "Ea Sô", "Cư Yang", "Hòa Hiệp", "Ea Ning", "Dray Sáp", "Ea Wer", "Tân Hòa",
    ]
    static let districts = [
        "Krông Pắc", "Cư M'gar", "Ea Kar", "Krông Ana", "Lắk", "Buôn Đôn", "Krông Năng", "Ea H'leo", "Krông Búk",
        "Ea Súp", "M'Đrắk", "Cư Kuin", "Krông Bông",
    ]
    static let areas = [
        "các xã vùng sâu, vùng xa", "vùng đồng bào dân tộc thiểu số", "thị xã Buôn Hồ", "các buôn đặc biệt khó khăn",
        "khu vực biên giới", "các phường trung tâm thành phố", "vùng ven đô", "các khu công nghiệp", "các trường học vùng xa",
        "những địa bàn thường xuyên bị hạn hán", "các xã mới đạt chuẩn nông thôn mới", "các thôn, buôn giáp ranh",
    ]
    static let times = [
        " trong giai đoạn 2026 - 2030", " ngay từ năm 2026", " trước năm 2028", " từ nay đến cuối nhiệm kỳ",
        " trong nhiệm kỳ tới", " theo từng năm", " trong 5 năm tới", " ngay sau Đại hội", " trước năm 2030",
        " trong 2 năm đầu nhiệm kỳ",
    ]
    /// Short words people add to a sentence copied from someone else.
    static let fillers = ["rất", "thêm", "cần", "cụ thể", "nữa", "hơn nữa", "thật sự", "kịp thời", "đúng mức", "toàn diện", "sớm"]
    /// Aims any section may serve (after "nhằm", "để").
    static let commonGoals = [
        "phát triển kinh tế - xã hội nhanh và bền vững", "bảo đảm quốc phòng - an ninh", "nâng cao đời sống của nhân dân",
        "tạo chuyển biến rõ nét trong cải cách hành chính", "phát huy vai trò của Mặt trận Tổ quốc",
        "nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "đẩy mạnh chuyển đổi số",
        "giữ vững trật tự, an toàn xã hội", "chăm lo tốt hơn cho đồng bào dân tộc thiểu số",
        "ứng dụng khoa học và công nghệ vào sản xuất", "bảo đảm an sinh xã hội",
    ]
    /// What follows ", vì" at the end of a proposal.
    static let because = [
        "đây là vấn đề người dân rất quan tâm", "thực tế nhiệm kỳ qua chỉ tiêu này đạt thấp",
        "cử tri đã nhiều lần phản ánh qua các kỳ tiếp xúc", "đây là yếu tố quyết định sự phát triển của tỉnh",
        "nguồn lực của tỉnh còn hạn chế", "các nghị quyết trước đã nêu nhưng chưa thực hiện được",
    ]

    // MARK: General agreement

    /// More wordings of general agreement, by citizens; with ``generalCitizen``.
    static let generalCitizenMore = [
        "Tôi hoàn toàn nhất trí với dự thảo. Chúc Đại hội thành công tốt đẹp.",
        "Tôi rất tâm đắc với dự thảo, nhất trí cao.",
        "Nhất trí cao với dự thảo Báo cáo chính trị, đề nghị sớm hoàn thiện để trình Đại hội.",
        "Tôi không có ý kiến gì thêm, hoàn toàn đồng ý.",
        "Tôi tán thành toàn bộ dự thảo.",
        "Đồng ý.",
        "Tôi nhất trí với dự thảo, xin chân thành cảm ơn.",
        "Dự thảo rất sát với thực tiễn của tỉnh, tôi nhất trí.",
    ]
    /// More wordings of general agreement, by organisations; with ``generalOrganisation``.
    static let generalOrganisationMore = [
        "Hội nghị thống nhất cao với dự thảo, không có ý kiến bổ sung.",
        "Chi bộ hoàn toàn thống nhất với nội dung dự thảo Báo cáo chính trị.",
        "Tập thể cán bộ, đảng viên nhất trí với dự thảo. Kính chúc Đại hội thành công tốt đẹp.",
        "Đa số ý kiến đồng tình với bố cục và nội dung của dự thảo.",
    ]
}
