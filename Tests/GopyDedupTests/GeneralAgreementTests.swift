import GopyDedup
import GopyText
import Testing

@Suite struct GeneralAgreementTests {
    /// Agreement alone, or with courtesies that propose nothing.
    @Test(arguments: [
        "Tôi hoàn toàn nhất trí với dự thảo.",
        "Nhất trí cao với dự thảo Báo cáo chính trị.",
        "Không có ý kiến bổ sung.",
        "Cán bộ, đảng viên nhất trí cao với nội dung dự thảo.",
        "Đồng ý với dự thảo",
        "Toi hoan toan nhat tri voi du thao",
        "Thống nhất với bố cục và nội dung của dự thảo.",
        "Tôi nhất trí cao với dự thảo, đề nghị sớm hoàn thiện để trình Đại hội. Chúc Đại hội thành công tốt đẹp.",
        "Tôi nhất trí cao với dự thảo, đề nghị sớm hoàn thiện. Chúc Đại hội thành công tốt đẹp.",
        "Hoàn toàn nhất trí. Kính chúc Đại hội thành công rực rỡ!",
        "Dự thảo được chuẩn bị công phu, kỹ lưỡng; tôi hoàn toàn đồng tình với dự thảo.",
        "Chi bộ thôn 3 nhất trí với dự thảo.",
        "Tôi đồng ý với toàn bộ nội dung dự thảo, không có ý kiến gì thêm.",
        "Nhat tri voi du thao, chuc dai hoi thanh cong",
        "Tán thành dự thảo Báo cáo chính trị trình Đại hội lần thứ XVII.",
        "Các ý kiến đều nhất trí cao với dự thảo. Xin chân thành cảm ơn.",
        "Tôi rất tâm đắc và nhất trí với dự thảo.",
        "Đa số ý kiến thống nhất cao với dự thảo, đề nghị Ban soạn thảo tiếp thu, hoàn thiện.",
        "Cơ bản nhất trí với bố cục, nội dung của dự thảo Báo cáo chính trị.",
        "Nhất trí. Đề nghị sớm ban hành.",
        "Dự thảo được chuẩn bị công phu, tôi hoàn toàn nhất trí.",
        "Thống nhất với dự thảo Báo cáo chính trị, không có ý kiến bổ sung.",
        "Nhất trí với kết cấu và nội dung cơ bản của dự thảo.",
        "Hoàn toàn đồng ý với dự thảo báo cáo.",
    ])
    func agreementAlone(_ text: String) {
        #expect(GeneralAgreement.isGeneral(matchingKey: MatchingKey.make(text)))
    }

    /// Agreement with a proposal or a reservation, or no agreement at all.
    @Test(arguments: [
        "Nhất trí với dự thảo, nhưng đề nghị bổ sung chỉ tiêu về chuyển đổi số.",
        "Đề nghị bổ sung đánh giá về tái cơ cấu nông nghiệp.",
        "Nhất tri, de nghi lam ro nguyen nhan han che",
        "Cơ bản nhất trí, tuy nhiên phần đánh giá còn dài.",
        "Cần làm rõ hơn nguyên nhân của hạn chế trong thu hút đầu tư.",
        "",
        "Nhất trí, đề nghị bổ sung giải pháp phát triển du lịch.",
        "Tôi nhất trí cao với dự thảo, đề nghị sớm hoàn thiện cơ chế hỗ trợ doanh nghiệp nhỏ.",
        "Tôi nhất trí cao với dự thảo, đề nghị sớm hoàn thiện cơ chế.",
        "Đồng ý với dự thảo, nên bổ sung mục tiêu giảm nghèo.",
        "Nhất trí với dự thảo. Riêng phần an ninh cần viết ngắn gọn hơn.",
        "Nhất trí, nội dung không rõ ràng ở phần hai.",
        "Thống nhất quản lý đất đai là yêu cầu cấp bách.",
        "Tôi đồng ý với việc sáp nhập các xã nhỏ, đề nghị làm sớm.",
        "Nhat tri voi du thao nhung can bo sung chi tieu",
        "Tôi nhất trí với dự thảo nhưng còn băn khoăn về chỉ tiêu tăng trưởng.",
        "Đồng tình với chủ trương xây dựng sân bay Buôn Ma Thuột mở rộng.",
        "Nhất trí, đề nghị sớm ban hành quy định về đất rừng.",
        "Nhất trí, bổ sung thêm chỉ tiêu.",
    ])
    func agreementWithSubstance(_ text: String) {
        #expect(!GeneralAgreement.isGeneral(matchingKey: MatchingKey.make(text)))
    }
}
