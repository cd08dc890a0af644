import GopyDedup
import GopyText
import Testing

@Suite struct GeneralAgreementTests {
    @Test(arguments: [
        "Tôi hoàn toàn nhất trí với dự thảo.",
        "Nhất trí cao với dự thảo Báo cáo chính trị.",
        "Không có ý kiến bổ sung.",
        "Cán bộ, đảng viên nhất trí cao với nội dung dự thảo.",
        "Đồng ý với dự thảo",
        "Toi hoan toan nhat tri voi du thao",
        "Thống nhất với bố cục và nội dung của dự thảo.",
    ])
    func agreementAlone(_ text: String) {
        #expect(GeneralAgreement.isGeneral(matchingKey: MatchingKey.make(text)))
    }

    @Test(arguments: [
        "Nhất trí với dự thảo, nhưng đề nghị bổ sung chỉ tiêu về chuyển đổi số.",
        "Đề nghị bổ sung đánh giá về tái cơ cấu nông nghiệp.",
        "Nhất tri, de nghi lam ro nguyen nhan han che",
        "Cơ bản nhất trí, tuy nhiên phần đánh giá còn dài.",
        "Cần làm rõ hơn nguyên nhân của hạn chế trong thu hút đầu tư.",
        "",
    ])
    func agreementWithSubstance(_ text: String) {
        #expect(!GeneralAgreement.isGeneral(matchingKey: MatchingKey.make(text)))
    }
}
