import GopyModel
import Testing

@testable import GopyText

@Suite("Personal data masking")
struct PersonalDataMaskerTests {
    func mask(_ text: String, _ personal: PersonalData = PersonalData()) -> String {
        PersonalDataMasker.mask(text, personal: personal)
    }

    @Test func emails() {
        #expect(mask("Liên hệ: tran.thi.b@example.com.vn.") == "Liên hệ: [email].")
        #expect(mask("Gửi vào hop_thu+gopy@so-noivu.gov.vn hoặc ABC@MAIL.COM") == "Gửi vào [email] hoặc [email]")
    }

    @Test(arguments: [
        "0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "+84 912 345 678", "+84912345678",
        "(+84) 912 345 678", "091 234 5678", "028 3822 1234", "02838221234",
    ])
    func phones(phone: String) {
        #expect(mask("Số điện thoại \(phone), xin cảm ơn") == "Số điện thoại [số điện thoại], xin cảm ơn")
        #expect(mask("ĐT:\(phone)") == "ĐT:[số điện thoại]")
    }

    @Test func phonesAfterLabels() {
        #expect(mask("ĐT.0912345678; SĐT-0912.345.678; Zalo0912345678") == "ĐT.[số điện thoại]; SĐT-[số điện thoại]; Zalo[số điện thoại]")
    }

    @Test func notEmails() {
        for text in ["a@b", "@vnexpress", "https://x.vn/@user", "giá 5@ 2.000 đồng", "user@localhost."] {
            #expect(mask(text) == text)
        }
    }

    @Test func aPhoneDoesNotSwallowTheNextNumber() {
        #expect(mask("gọi 0912 345 678 2 lần") == "gọi [số điện thoại] 2 lần")
        #expect(mask("gọi 0912 345 678 25 lần") == "gọi [số điện thoại] 25 lần")
    }

    @Test func identityNumbers() {
        #expect(mask("CCCD số 001099012345 cấp ngày 01/01/2021") == "CCCD số [số định danh] cấp ngày 01/01/2021")
        #expect(mask("CMND: 123456789.") == "CMND: [số định danh].")
    }

    @Test(arguments: [
        "Tại mục 2.3 và mục I.1, phần thứ nhất.",
        "Năm 2025, tăng trưởng đạt 8,02%; giai đoạn 2021-2025.",
        "Tổng vốn 1.000.000 đồng, 5.000 tỷ đồng, 123.456.789 đồng, 1.234.567.890.123 đồng.",
        "Tổng vốn 500000000 đồng; 100000000 người; 123456789%.",
        "Theo Chỉ thị 35-CT/TW, Nghị định 30/2020/NĐ-CP, Số: 125-BC/HU.",
        "Quyết định số 1234567/QĐ-UBND ngày 12.03.2024; mã 0123/2024.",
        "Dòng 3 trang 20, đoạn 1.2.3.4.5.6.7.8.9.10",
        "Tỷ lệ 0,5% và 0.25; số 0 và 00.",
        "Văn bản số 0123456789/QĐ-UBND và 0912345678-CT.",
        "Số hiệu 12345678901234567; mã số 0912345678901.",
        "Kế hoạch 2021 2022 2023 2024 2025.",
    ])
    func numbersThatAreNotPersonal(text: String) {
        #expect(mask(text) == text)
    }

    @Test func ownValues() {
        let personal = PersonalData(
            author: "Nguyễn Văn Tâm", address: "Thôn 3, xã Ea Phê, huyện Krông Pắc", phone: "+84 912 345 678",
            email: "NVTam@Example.vn")
        let text = "Tôi là NGUYỄN VĂN TÂM (Nguyen Van Tam), ở thôn 3, xã Ea Phê, huyện Krông Pắc; gọi 0912-345-678 hoặc nvtam@example.vn."
        #expect(mask(text, personal) == "Tôi là [họ tên] ([họ tên]), ở [địa chỉ]; gọi [số điện thoại] hoặc [email].")
    }

    @Test func ownNameAcrossToneStyleAndNFD() {
        let personal = PersonalData(author: "Lê Thị Hoà")
        #expect(mask("Người góp ý: Lê Thị Hòa.", personal) == "Người góp ý: [họ tên].")
        #expect(mask("Người góp ý: Le\u{0302} Thi\u{0323} Hoa\u{0300}.", personal) == "Người góp ý: [họ tên].")
        #expect(mask("Người góp ý: LÊ THỊ HOÀ.", personal) == "Người góp ý: [họ tên].")
        // Another tone is another name.
        #expect(mask("Người góp ý: Lễ Thị Hoà.", personal) == "Người góp ý: Lễ Thị Hoà.")
    }

    @Test func ownValuesAreNotMaskedInsideOtherWords() {
        // A one-word name only where capitalised; an address of one word is not masked.
        let personal = PersonalData(author: "Hùng", address: "Huế")
        #expect(mask("Anh hùng dân tộc; ông Hùng ở Huế.", personal) == "Anh hùng dân tộc; ông [họ tên] ở Huế.")
        // Diacritics are compared where both sides carry them: "văn hóa" is not "Văn Hòa".
        #expect(mask("phát triển văn hóa", PersonalData(author: "Văn Hòa")) == "phát triển văn hóa")
        #expect(mask("Tâm huyết với đất nước", PersonalData(author: "Tâm Huyền")) == "Tâm huyết với đất nước")
    }

    @Test func ownPhoneWrittenDifferently() {
        let personal = PersonalData(phone: "0262 3812 345")
        #expect(mask("liên hệ 02623812345 hoặc (+84) 262 3812 345", personal) == "liên hệ [số điện thoại] hoặc [số điện thoại]")
    }

    @Test func textWithoutPersonalDataIsUnchanged() {
        let text = "Đề nghị bổ sung nội dung về chuyển đổi số tại mục 1.I.2; tăng 6,5%/năm."
        #expect(mask(text, PersonalData(author: "Trần Văn Bình", email: "tvb@example.vn")) == text)
    }
}
