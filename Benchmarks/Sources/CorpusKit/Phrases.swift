/// Phrase templates comments are built from. Organisations write impersonally ("Đề nghị …",
/// "Có ý kiến cho rằng …"); citizens often in the first person.
enum Phrases {
    /// Whole-draft agreement with no content: counted, not listed as points.
    static let generalCitizen = [
        "Tôi hoàn toàn nhất trí với dự thảo.",
        "Tôi hoàn toàn nhất trí với dự thảo.",
        "Tôi nhất trí cao với nội dung dự thảo Báo cáo chính trị.",
        "Nhất trí với dự thảo.",
        "Tôi đồng ý với toàn bộ nội dung dự thảo, không có ý kiến gì thêm.",
        "Dự thảo được chuẩn bị công phu, tôi hoàn toàn nhất trí.",
        "Tôi nhất trí.",
        "Hoàn toàn đồng ý với dự thảo báo cáo.",
    ]
    static let generalOrganisation = [
        "Cơ bản nhất trí với bố cục, nội dung của dự thảo Báo cáo chính trị.",
        "Các ý kiến đều nhất trí cao với dự thảo.",
        "Thống nhất với dự thảo Báo cáo chính trị, không có ý kiến bổ sung.",
        "Nhất trí với kết cấu và nội dung cơ bản của dự thảo.",
    ]

    /// Sentences about a topic (noun phrase).
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
    /// Sentences about a shortcoming (clause).
    static let aboutProblem: [@Sendable (String) -> String] = [
        { "Thực tế ở cơ sở cho thấy \($0), đề nghị dự thảo phản ánh đầy đủ hơn." },
        { "Dự thảo chưa nêu tình trạng \($0)." },
        { "Cần chỉ rõ trách nhiệm khi để xảy ra tình trạng \($0)." },
        { "Tình trạng \($0) kéo dài nhiều năm nhưng chưa có giải pháp căn cơ." },
        { "Có ý kiến cho rằng \($0), cần được đánh giá thẳng thắn." },
    ]
    /// Sentences about an aim (verb phrase).
    static let aboutGoal: [@Sendable (String) -> String] = [
        { "Đề nghị đặt mục tiêu \($0) đến năm 2030." },
        { "Cần có cơ chế, chính sách đủ mạnh để \($0)." },
        { "Nên bổ sung giải pháp nhằm \($0)." },
        { "Đề nghị quyết tâm \($0) ngay trong nhiệm kỳ này." },
    ]
    /// Wording corrections ("sửa cụm từ").
    static let wordings: [(String, String)] = [
        ("phát triển nhanh", "phát triển nhanh và bền vững"),
        ("cơ bản hoàn thành", "hoàn thành"),
        ("đồng bào dân tộc", "đồng bào dân tộc thiểu số"),
        ("tiếp tục đẩy mạnh", "đẩy mạnh"),
        ("một số", "một bộ phận"),
        ("chưa cao", "còn thấp"),
        ("cán bộ, công chức", "cán bộ, công chức, viên chức"),
    ]
    static let wordingTemplates: [@Sendable (String, String) -> String] = [
        { "Đề nghị sửa cụm từ “\($0)” thành “\($1)” cho chính xác." },
        { "Đề nghị thay “\($0)” bằng “\($1)”." },
        { "Nên sửa \"\($0)\" thành \"\($1)\" để phù hợp với văn bản của Trung ương." },
    ]
    /// Reasons added after a proposal.
    static let reasons = [
        "Vì đây là vấn đề người dân rất quan tâm.",
        "Như vậy mới phù hợp với tinh thần Nghị quyết Đại hội XIV của Đảng.",
        "Nhiều cử tri ở địa phương đã phản ánh vấn đề này qua các kỳ tiếp xúc.",
        "Nhằm bảo đảm tính khả thi của Nghị quyết.",
        "Thực tế nhiệm kỳ qua cho thấy chỉ tiêu này đạt thấp.",
        "Để Nghị quyết sát với thực tiễn của tỉnh hơn.",
        "Qua theo dõi ở cơ sở, tình hình này có chiều hướng gia tăng.",
        "Đề nghị Ban soạn thảo nghiên cứu, tiếp thu.",
    ]
    /// First-person openings of citizens' comments.
    static let citizenOpeners = [
        "Qua nghiên cứu dự thảo, tôi thấy",
        "Là người dân sinh sống ở nông thôn, tôi thấy",
        "Là đảng viên đã nghỉ hưu, tôi nhận thấy",
        "Theo tôi,",
        "Tôi xin góp ý:",
        "Là giáo viên đã công tác nhiều năm ở vùng sâu, tôi thấy",
        "Tôi là cựu chiến binh, tôi thấy",
    ]
    /// Impersonal openings of organisations' items.
    static let organisationOpeners = [
        "Có ý kiến cho rằng:",
        "Nhiều ý kiến cho rằng:",
        "Hội nghị thống nhất:",
        "Đa số ý kiến thống nhất:",
    ]
}
