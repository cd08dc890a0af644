/// What a drafter would do with each comment of the sample round (`inbox/`) that names no
/// section it can be placed by: labelled by hand, for ``SectionInferrer``'s accuracy test.
///
/// Included: every distinct text with no usable reference, from the citizens' portal CSV
/// (rows with an empty `Phần/mục góp ý` and no reference in the text), the newspaper and radio
/// CSVs, the XML comments without `section`, and the items under "Ý KIẾN CHUNG" and the
/// unheaded paragraphs of the text reports. The people in the sample are made up.
///
/// How comments were labelled: a proposal for the coming term goes to its task in Phần thứ hai
/// (2.III.x), an evaluation of the past term to Phần thứ nhất; `either` where two sections of
/// this outline are equally right (the outline has no separate home for it, or the comment
/// straddles two); `cannotTell` for texts that give a drafter nothing to place (several
/// topics at once, a personal case, a contact request).
enum SampleRoundAnswerKey {
    enum Expected: Sendable, Hashable, CustomStringConvertible {
        /// The leaf section a drafter would choose.
        case section(String)
        /// Either of two leaf sections is right.
        case either(String, String)
        /// A remark about the whole document (length, wording, spelling, numbers throughout).
        case wholeDocument
        /// General agreement: nothing to place.
        case general
        /// Too vague, personal, or about several sections at once.
        case cannotTell

        /// The sections that count as right; empty when no section should be assigned.
        var sections: Set<String> {
            switch self {
            case .section(let id): [id]
            case .either(let first, let second): [first, second]
            case .wholeDocument, .general, .cannotTell: []
            }
        }

        var description: String {
            switch self {
            case .section(let id): id
            case .either(let first, let second): "\(first)|\(second)"
            case .wholeDocument: "whole document"
            case .general: "general"
            case .cannotTell: "cannot tell"
            }
        }
    }

    struct Item: Sendable {
        /// Where the comment is in the sample inbox.
        var origin: String
        var text: String
        var expected: Expected
    }

    static let items: [Item] = portal + newspaper + radio + submissions + reports

    /// Whether a text was typed without diacritics: three words or more, and no letter with a
    /// mark or `đ` (what the pipeline decides with its own, finer test).
    static func typedWithoutDiacritics(_ text: String) -> Bool {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80 && scalar.properties.isAlphabetic || (0x0300...0x036F).contains(scalar.value) {
                return false
            }
            let isLetter = scalar.properties.isAlphabetic
            if isLetter && !inWord { words += 1 }
            inWord = isLetter
        }
        return words >= 3
    }

    /// `inbox/nhan-dan/cong-thong-tin/gop-y-cong-ttdt-2020-06.csv`: rows (STT) with no section.
    static let portal: [Item] = [
        Item(origin: "portal 1", text: "De nghi bo sung giai phap giai quyet viec lam cho thanh nien dong bao dan toc thieu so.", expected: .section("2.III.2")),
        Item(origin: "portal 2", text: "Đề nghị Báo cáo chính trị xác định đầu tư xây dựng tuyến đường cao tốc Buôn Ma Thuột - Nha Trang là công trình trọng điểm, ưu tiên hàng đầu của nhiệm kỳ 2020 - 2025, tạo động lực kết nối Tây Nguyên với vùng duyên hải Nam Trung Bộ và các cảng biển.", expected: .section("2.III.1")),
        Item(origin: "portal 3", text: "Đề nghị nêu mục tiêu xây dựng Đắk Lắk thành trung tâm cà phê của thế giới, gắn với phát triển du lịch văn hóa cà phê.", expected: .either("2.II.1", "2.III.1")),
        Item(origin: "portal 4", text: "Đề nghị tỉnh có chính sách hỗ trợ nông dân khi giá cà phê xuống thấp hơn giá thành sản xuất.", expected: .section("2.III.1")),
        Item(origin: "portal 6", text: "Cần quan tâm nước sinh hoạt cho các buôn đồng bào, nhiều công trình nước tập trung xây xong một thời gian thì hư hỏng, không sử dụng được.", expected: .section("2.III.2")),
        Item(origin: "portal 8", text: "Tôi nhất trí với nội dung dự thảo.", expected: .general),
        Item(origin: "portal 9", text: "De nghi dau tu them truong mam non o cac xa vung sau, nhieu chau den tuoi di hoc nhung khong co cho hoc.", expected: .section("2.III.2")),
        Item(origin: "portal 10", text: "Đề nghị ưu tiên vốn làm đường giao thông nông thôn, nhất là các tuyến đường ra khu sản xuất.", expected: .section("2.III.1")),
        Item(origin: "portal 11", text: "Tôi hoàn toàn nhất trí với dự thảo", expected: .general),
        Item(origin: "portal 12", text: "Toi hoan toan nhat tri voi du thao Bao cao chinh tri.", expected: .general),
        Item(origin: "portal 13", text: "Vùng sâu, vùng xa sóng điện thoại và internet còn yếu, con em đồng bào khó học trực tuyến; đề nghị đầu tư hạ tầng viễn thông trước khi nói đến chuyển đổi số.", expected: .section("2.III.1")),
        Item(origin: "portal 15", text: "Thống nhất cao với dự thảo Báo cáo chính trị trình Đại hội XVII.", expected: .general),
        Item(origin: "portal 16", text: "Can dau tu duong giao thong nong thon o cac xa vung sau, mua mua di lai rat kho khan.", expected: .section("2.III.1")),
        Item(origin: "portal 19", text: "Đề nghị Báo cáo chính trị xác định đầu tư xây dựng tuyến đường cao tốc Buôn Ma Thuột - Nha Trang là công trình trọng điểm, ưu tiên hàng đầu của nhiệm kỳ 2020 - 2025, tạo động lực kết nối Tây Nguyên với vùng duyên hải Nam Trung Bộ và các cảng biển.\nNgoài ra, đề nghị sớm nâng cấp Quốc lộ 26 đoạn qua huyện Krông Pắc và Ea Kar vì xuống cấp nghiêm trọng.", expected: .section("2.III.1")),
        Item(origin: "portal 20", text: "Tôi có mấy ý kiến như sau:\n1. Đề nghị tỉnh quan tâm đầu tư đường giao thông liên xã ở huyện Ea Súp.\n2. Cần có chính sách hỗ trợ người dân chuyển đổi cây trồng phù hợp với điều kiện khô hạn.\n3. Tăng cường quản lý, bảo vệ rừng ở khu vực biên giới.", expected: .cannotTell),
        Item(origin: "portal 21", text: "Chi tieu tang truong 7,5 - 8% la cao, de nghi xem xet lai.", expected: .section("2.II.2")),
        Item(origin: "portal 22", text: "Đề nghị đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất cho người dân, nhiều hộ sử dụng đất ổn định hàng chục năm vẫn chưa được cấp.", expected: .section("2.III.3")),
        Item(origin: "portal 23", text: "nhất trí", expected: .general),
        Item(origin: "portal 25", text: "Giá cà phê xuống thấp nhiều năm liền, nông dân thua lỗ, đề nghị tỉnh có giải pháp ổn định đầu ra cho cà phê.", expected: .section("2.III.1")),
        Item(origin: "portal 26", text: "Đề nghị đào tạo nghề gắn với giải quyết việc làm cho thanh niên đồng bào dân tộc thiểu số, tránh tình trạng đào tạo xong không có việc làm.", expected: .section("2.III.2")),
        Item(origin: "portal 27", text: "Rác thải ở nông thôn chưa được thu gom, người dân đổ ra ven đường, bờ suối; đề nghị có giải pháp thu gom, xử lý rác thải ở các xã.", expected: .section("2.III.3")),
        Item(origin: "portal 28", text: "Đề nghị tăng cường quản lý giá phân bón, vật tư nông nghiệp, giá tăng liên tục trong khi giá nông sản giảm.", expected: .section("2.III.1")),
        Item(origin: "portal 31", text: "Cần quan tâm công tác phòng, chống dịch bệnh, nhất là bệnh bạch hầu, sốt xuất huyết ở vùng đồng bào dân tộc thiểu số.", expected: .section("2.III.2")),
        Item(origin: "portal 32", text: "Tôi thống nhất với dự thảo. Đề nghị Báo cáo chính trị xác định đầu tư xây dựng tuyến đường cao tốc Buôn Ma Thuột - Nha Trang là công trình trọng điểm, ưu tiên hàng đầu của nhiệm kỳ 2020 - 2025, tạo động lực kết nối Tây Nguyên với vùng duyên hải Nam Trung Bộ và các cảng biển.", expected: .section("2.III.1")),
        Item(origin: "portal 34", text: "Tình trạng phá rừng, lấn chiếm đất rừng vẫn diễn ra ở một số huyện, đề nghị xử lý nghiêm trách nhiệm người đứng đầu địa phương và chủ rừng để mất rừng.", expected: .section("2.III.3")),
        Item(origin: "portal 35", text: "Nhat tri voi du thao.", expected: .general),
        Item(origin: "portal 36", text: "Đề nghị bổ sung bảng số liệu so sánh các chỉ tiêu đạt được với chỉ tiêu Nghị quyết Đại hội XVI để dễ theo dõi.", expected: .cannotTell),
        Item(origin: "portal 40", text: "Đề nghị dự thảo nêu rõ nguyên nhân tăng trưởng kinh tế của tỉnh những năm qua chưa tương xứng với tiềm năng, nhất là về đất đai, khí hậu và nguồn lao động.", expected: .section("1.II.2")),
        Item(origin: "portal 42", text: "Tôi là giáo viên đã nghỉ hưu, có nhiều ý kiến về giáo dục vùng đồng bào dân tộc thiểu số, sẵn sàng trao đổi trực tiếp. Liên hệ: tranthihoa.gv@example.com hoặc 0987 654 321.", expected: .cannotTell),
        Item(origin: "portal 44", text: "Nhiều lao động trẻ đi làm công nhân ở các tỉnh phía Nam, ở quê chỉ còn người già và trẻ em; đề nghị thu hút đầu tư nhà máy để lao động có việc làm tại chỗ.", expected: .either("2.III.1", "2.III.2")),
        Item(origin: "portal 45", text: "Đề nghị Báo cáo chính trị xác định đầu tư xây dựng tuyến đường cao tốc Buôn Ma Thuột - Nha Trang là công trình trọng điểm, ưu tiên hàng đầu của nhiệm kỳ 2020 - 2025, tạo động lực kết nối Tây Nguyên với vùng duyên hải Nam Trung Bộ và các cảng biển. Đây là mong mỏi từ lâu của người dân huyện M'Đrắk chúng tôi.", expected: .section("2.III.1")),
        Item(origin: "portal 47", text: "Cần thúc đẩy văn hoá đọc trong thanh thiếu niên, đầu tư thư viện ở các trường học và nhà văn hoá xã.", expected: .section("2.III.2")),
        Item(origin: "portal 49", text: "Phải xử lý nghiêm, công khai các cán bộ tham nhũng để làm gương, lấy lại niềm tin của Nhân dân.", expected: .section("2.III.5")),
        Item(origin: "portal 50", text: "Tôi thống nhất với toàn bộ nội dung dự thảo Báo cáo chính trị.", expected: .general),
        Item(origin: "portal 51", text: "Cần thực hiện tốt quy chế dân chủ ở cơ sở, các khoản đóng góp của dân phải được bàn bạc, công khai.", expected: .section("2.III.5")),
        Item(origin: "portal 53", text: "Nông dân rất cần thông tin thị trường và dự báo giá cả; đề nghị ngành nông nghiệp có hệ thống cung cấp thông tin qua điện thoại cho bà con.", expected: .section("2.III.1")),
        Item(origin: "portal 54", text: "Cần đầu tư thêm hồ đập, kênh mương thủy lợi cho các xã vùng cao, mùa khô năm nào cũng thiếu nước tưới cho cà phê, hồ tiêu.", expected: .section("2.III.1")),
        Item(origin: "portal 55", text: "Cần bảo tồn và phát huy Lễ hội đua voi, đồng thời tránh khai thác voi phục vụ du lịch làm voi kiệt sức.", expected: .either("2.III.2", "2.III.1")),
        Item(origin: "portal 56", text: "Tôi đồng tình với dự thảo.", expected: .general),
        Item(origin: "portal 58", text: "Đề nghị kiên quyết xử lý cán bộ, đảng viên thoái hóa, biến chất, tham nhũng, không có vùng cấm, để củng cố niềm tin của Nhân dân.", expected: .section("2.III.5")),
        Item(origin: "portal 63", text: "Dự thảo quá dài, người dân đọc khó nắm được nội dung chính; đề nghị viết ngắn gọn, dễ hiểu hơn.", expected: .wholeDocument),
        Item(origin: "portal 64", text: "Đề nghị thay cụm từ \"cơ bản hoàn thành\" bằng \"hoàn thành\" hoặc \"chưa hoàn thành\" cho rõ ràng, tránh đánh giá chung chung.", expected: .wholeDocument),
        Item(origin: "portal 65", text: "Tram y te xa thieu bac si, thieu thuoc, de nghi tinh quan tam dau tu.", expected: .section("2.III.2")),
        Item(origin: "portal 67", text: "Mong tỉnh có nhiều hơn các điểm vui chơi, sân chơi cho thanh thiếu nhi ở nông thôn.", expected: .section("2.III.2")),
        Item(origin: "portal 68", text: "Lực lượng dân quân tự vệ và công an xã chính quy cần được quan tâm về chế độ, trang bị để làm tốt nhiệm vụ ở cơ sở.", expected: .either("2.III.4", "1.I.3")),
        Item(origin: "portal 70", text: "Tôi hoàn toàn đồng ý.", expected: .general),
        Item(origin: "portal 73", text: "Đề nghị kiểm soát chặt chẽ chất lượng phân bón, thuốc bảo vệ thực vật, hiện nay hàng giả, hàng kém chất lượng bán tràn lan ở vùng nông thôn.", expected: .section("2.III.1")),
        Item(origin: "portal 75", text: "Cần chấn chỉnh tình trạng dạy thêm, học thêm tràn lan và các khoản thu đầu năm học ở các trường.", expected: .section("2.III.2")),
        Item(origin: "portal 76", text: "Nhất trí với dự thảo Báo cáo chính trị.", expected: .general),
        Item(origin: "portal 77", text: "Hoàn toàn nhất trí!", expected: .general),
        Item(origin: "portal 78", text: "Nên có bến xe, bãi đỗ xe tải ở các trung tâm thu mua nông sản để tránh ùn tắc, tai nạn giao thông.", expected: .either("2.III.1", "2.III.4")),
        Item(origin: "portal 79", text: "Đề nghị phát huy vai trò của Mặt trận và các đoàn thể trong việc giám sát cán bộ ở thôn, buôn, tổ dân phố.", expected: .section("2.III.5")),
        Item(origin: "portal 80", text: "Tôi nhất trí cao với dự thảo, đề nghị sớm hoàn thiện để trình Đại hội. Chúc Đại hội thành công tốt đẹp.", expected: .general),
        Item(origin: "portal 82", text: "Đề nghị hỗ trợ hợp tác xã chúng tôi kết nối tiêu thụ sầu riêng, mọi thông tin xin gửi về hợp tác xã theo địa chỉ htx.saurieng.demo@example.org.", expected: .section("2.III.1")),
        Item(origin: "portal 83", text: "Nhất trí.", expected: .general),
        Item(origin: "portal 84", text: "Gia ca phe thap qua, de nghi tinh co giai phap on dinh dau ra cho nong san.", expected: .section("2.III.1")),
        Item(origin: "portal 85", text: "Đề nghị cơ quan chức năng xem xét việc cấp giấy chứng nhận quyền sử dụng đất cho gia đình tôi đã chờ 5 năm chưa được giải quyết, số điện thoại 0905.123.456.", expected: .cannotTell),
        Item(origin: "portal 86", text: "Dự thảo viết rất tốt, tôi nhất trí.", expected: .general),
        Item(origin: "portal 87", text: "De nghi tinh co chinh sach ho tro nong dan tai canh ca phe, cho vay von uu dai, thoi han dai.", expected: .section("2.III.1")),
        Item(origin: "portal 88", text: "Nhất trí với dự thảo, không có ý kiến gì thêm.", expected: .general),
        Item(origin: "portal 92", text: "Giá cà phê thấp quá, người trồng cà phê không có lãi; tỉnh cần có giải pháp bình ổn đầu ra cho nông sản.", expected: .section("2.III.1")),
        Item(origin: "portal 93", text: "Đề nghị đầu tư các công trình thuỷ lợi nhỏ, hồ chứa nước ở các xã vùng cao để chống hạn cho cây trồng.", expected: .section("2.III.1")),
        Item(origin: "portal 96", text: "Cần quan tâm hơn đến việc làm cho thanh niên nông thôn, thanh niên sau khi xuất ngũ.", expected: .section("2.III.2")),
        Item(origin: "portal 98", text: "Đề nghị thực hiện nghiêm việc kê khai tài sản, thu nhập của cán bộ và kiểm soát việc kê khai để phòng ngừa tham nhũng.", expected: .section("2.III.5")),
        Item(origin: "portal 102", text: "Đề nghị có giải pháp giảm tai nạn giao thông trên Quốc lộ 14 và Quốc lộ 26, nhất là các đoạn qua khu dân cư.", expected: .section("2.III.4")),
        Item(origin: "portal 103", text: "Nhất trí cao với dự thảo Báo cáo chính trị.", expected: .general),
        Item(origin: "portal 104", text: "Cần có quỹ đất và chính sách nhà ở xã hội cho công nhân, người thu nhập thấp ở thành phố Buôn Ma Thuột.", expected: .section("2.III.2")),
        Item(origin: "portal 105", text: "Người dân mong Đảng kiên quyết chống tham nhũng, tiêu cực, nhất là trong lĩnh vực đất đai và tuyển dụng cán bộ.", expected: .section("2.III.5")),
        Item(origin: "portal 108", text: "Các điểm trường lẻ ở buôn còn thiếu nhà vệ sinh và nước sạch, đề nghị quan tâm đầu tư.", expected: .section("2.III.2")),
        Item(origin: "portal 109", text: "Cần xử lý nghiêm tình trạng tín dụng đen, cho vay nặng lãi, nhiều gia đình ở nông thôn bị đòi nợ, khủng bố tinh thần.", expected: .section("2.III.4")),
        Item(origin: "portal 117", text: "Cần xây dựng thương hiệu cà phê Buôn Ma Thuột mạnh hơn nữa, quản lý chặt chẽ chỉ dẫn địa lý để tránh hàng giả, hàng kém chất lượng làm mất uy tín.", expected: .section("2.III.1")),
        Item(origin: "portal 118", text: "Trường học ở xã tôi còn phòng học tạm, thiếu bàn ghế, đề nghị tỉnh đầu tư xây dựng kiên cố.", expected: .section("2.III.2")),
        Item(origin: "portal 119", text: "Đề nghị làm rõ trong phần nguyên nhân trách nhiệm của người đứng đầu các sở, ngành khi để chỉ tiêu không đạt.", expected: .section("1.II.2")),
        Item(origin: "portal 120", text: "Tôi hoàn toàn nhất trí với dự thảo.", expected: .general),
        Item(origin: "portal 124", text: "Chuyển đổi số phải bắt đầu từ cán bộ, công chức; đề nghị có kế hoạch bồi dưỡng kỹ năng số cho cán bộ cấp xã.", expected: .either("2.III.1", "2.III.5")),
        Item(origin: "portal 126", text: "De nghi Bao cao chinh tri xac dinh dau tu xay dung tuyen duong cao toc Buon Ma Thuot - Nha Trang la cong trinh trong diem, uu tien hang dau cua nhiem ky 2020 - 2025.", expected: .section("2.III.1")),
        Item(origin: "portal 127", text: "Đề nghị lựa chọn người đứng đầu các cấp thật sự có đức, có tài, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung.", expected: .section("2.III.5")),
        Item(origin: "portal 129", text: "Đề nghị Uỷ ban nhân dân các cấp giải quyết dứt điểm các vụ việc khiếu nại kéo dài, tránh để người dân phải gửi đơn nhiều nơi.", expected: .either("2.III.5", "2.III.4")),
        Item(origin: "portal 132", text: "Cần công khai kết quả xử lý các vụ việc sai phạm về đất đai mà báo chí đã phản ánh, để người dân biết.", expected: .either("2.III.3", "2.III.5")),
        Item(origin: "portal 133", text: "Mong tỉnh sớm có ứng dụng trên điện thoại để người dân phản ánh, kiến nghị và theo dõi hồ sơ của mình.", expected: .either("2.III.1", "2.III.5")),
        Item(origin: "portal 134", text: "Đề nghị quan tâm kiên cố hóa trường lớp ở vùng sâu, vùng xa, xóa phòng học tạm, phòng học mượn.", expected: .section("2.III.2")),
        Item(origin: "portal 135", text: "Đề nghị tỉnh có chính sách hỗ trợ học sinh nghèo, học sinh dân tộc thiểu số vào đại học, cao đẳng.", expected: .section("2.III.2")),
        Item(origin: "portal 138", text: "Cần đánh giá đúng thực trạng đội ngũ cán bộ cấp xã, nhiều nơi cán bộ còn yếu về chuyên môn, nghiệp vụ.", expected: .either("1.I.4", "1.II.1")),
        Item(origin: "portal 140", text: "Dự thảo viết \"diện tích cà phê tái canh vượt kế hoạch đề ra\" nhưng chưa nói đến chất lượng vườn cây sau tái canh.\n\nỞ địa phương tôi nhiều vườn tái canh sinh trưởng kém, năng suất thấp. Đề nghị đánh giá cho đúng thực tế.", expected: .section("1.I.1")),
        Item(origin: "portal 142", text: "Đề nghị tăng cường bác sĩ cho trạm y tế xã để người dân được khám chữa bệnh ngay tại địa phương.", expected: .section("2.III.2")),
        Item(origin: "portal 145", text: "Đề nghị có quy hoạch nuôi cá lồng trên các hồ thủy điện, thủy lợi để người dân yên tâm đầu tư. Có thể liên hệ tôi qua Zalo 0912345690 để trao đổi thêm.", expected: .section("2.III.1")),
        Item(origin: "portal 148", text: "Phần kết quả về quốc phòng, an ninh cần đánh giá thêm việc giữ vững an ninh vùng biên giới với Campuchia.", expected: .section("1.I.3")),
        Item(origin: "portal 150", text: "Đồng ý với dự thảo.", expected: .general),
        Item(origin: "portal 151", text: "Tôi đã gửi đơn đề nghị giải quyết tranh chấp đất từ năm 2018 (kèm bản sao CMND số 240000123) nhưng đến nay chưa được trả lời. Đề nghị tỉnh chỉ đạo giải quyết dứt điểm các vụ việc tồn đọng.", expected: .cannotTell),
        Item(origin: "portal 152", text: "Giáo viên ở vùng khó khăn rất vất vả, đề nghị có chính sách nhà công vụ và phụ cấp thỏa đáng để giáo viên yên tâm công tác.", expected: .section("2.III.2")),
        Item(origin: "portal 153", text: "Đề nghị thu hồi diện tích rừng đã giao cho các công ty, doanh nghiệp nhưng không bảo vệ được, để rừng bị phá, bị lấn chiếm.", expected: .section("2.III.3")),
        Item(origin: "portal 155", text: "Chỉ tiêu che phủ rừng không nên tính cả cây cao su vì cao su là cây công nghiệp chứ không phải là rừng.", expected: .section("2.II.2")),
        Item(origin: "portal 158", text: "Việc bồi thường, giải phóng mặt bằng cần công khai, minh bạch, bảo đảm quyền lợi chính đáng của người dân có đất bị thu hồi.", expected: .section("2.III.3")),
        Item(origin: "portal 160", text: "Đề nghị chấn chỉnh tác phong, lề lối làm việc của cán bộ cấp xã, tình trạng đi muộn về sớm, làm việc riêng trong giờ hành chính vẫn còn.", expected: .section("2.III.5")),
        Item(origin: "portal 161", text: "Hiện nay người dân ồ ạt chặt cà phê, hồ tiêu để trồng sầu riêng, đề nghị tỉnh cảnh báo và định hướng cho bà con.", expected: .section("2.III.1")),
        Item(origin: "portal 164", text: "Cần quan tâm làm đường bê tông cho các thôn, buôn vùng sâu, mùa mưa trẻ em đi học rất vất vả.", expected: .section("2.III.1")),
        Item(origin: "portal 165", text: "Đường giao thông nông thôn ở nhiều xã xuống cấp nghiêm trọng, mùa mưa lầy lội, đề nghị ưu tiên vốn nâng cấp.", expected: .section("2.III.1")),
        Item(origin: "portal 168", text: "Đề nghị đánh giá trung thực hơn chất lượng giáo dục, tỷ lệ học sinh tốt nghiệp trung học phổ thông của tỉnh vẫn thấp hơn mức bình quân cả nước.", expected: .section("1.I.2")),
        Item(origin: "portal 169", text: "Phá rừng vẫn còn nghiêm trọng, đề nghị xử lý thật nghiêm những người đứng sau các vụ phá rừng.", expected: .section("2.III.3")),
        Item(origin: "portal 172", text: "Đề nghị kiểm soát ô nhiễm từ các cơ sở chế biến cà phê, tinh bột sắn xả thải ra sông suối.", expected: .section("2.III.3")),
        Item(origin: "portal 173", text: "Đề nghị bảo tồn nhà dài truyền thống của người Ê Đê, hỗ trợ các gia đình giữ gìn nhà dài, cồng chiêng.", expected: .section("2.III.2")),
        Item(origin: "portal 175", text: "Đề nghị đẩy mạnh dịch vụ công trực tuyến để người dân không phải đi lại nhiều lần khi làm thủ tục; hiện nay nhiều thủ tục vẫn phải nộp hồ sơ giấy.", expected: .either("2.III.5", "2.III.1")),
        Item(origin: "portal 177", text: "Đề nghị hỗ trợ mua thẻ bảo hiểm y tế cho hộ cận nghèo và hộ làm nông nghiệp có mức sống trung bình.", expected: .section("2.III.2")),
        Item(origin: "portal 178", text: "Đề nghị khuyến khích sản xuất cà phê theo tiêu chuẩn bền vững, cà phê đặc sản để nâng giá trị, tăng thu nhập cho người trồng.", expected: .section("2.III.1")),
        Item(origin: "portal 179", text: "Đề nghị đầu tư xây dựng thêm trường mầm non ở các xã vùng sâu, nhiều cháu đến tuổi đi học nhưng không có chỗ học.", expected: .section("2.III.2")),
        Item(origin: "portal 181", text: "Tình trạng trộm cắp tài sản, trộm cà phê, hồ tiêu vào mùa thu hoạch còn nhiều, đề nghị tăng cường tuần tra, bảo đảm an ninh nông thôn.", expected: .section("2.III.4")),
        Item(origin: "portal 182", text: "Ý kiến của tôi: cần công khai số điện thoại đường dây nóng của lãnh đạo các huyện để người dân phản ánh. Điện thoại của tôi: +84 987 654 302, email: lequanghuy.demo@example.net.", expected: .cannotTell),
        Item(origin: "portal 189", text: "Đề nghị tăng cường lực lượng kiểm lâm ở các vùng giáp ranh, phối hợp với công an và quân đội để ngăn chặn lâm tặc.", expected: .section("2.III.3")),
        Item(origin: "portal 192", text: "Xây dựng nông thôn mới ở nhiều xã chạy theo thành tích, tiêu chí đạt rồi nhưng đời sống người dân chưa thay đổi nhiều; đề nghị đánh giá thực chất.", expected: .either("1.I.1", "1.II.1")),
        Item(origin: "portal 193", text: "Tham nhũng vặt ở cấp xã vẫn còn, làm giấy tờ phải có \"bồi dưỡng\", đề nghị chấn chỉnh.", expected: .section("2.III.5")),
        Item(origin: "portal 194", text: "Rừng ở huyện tôi bị phá nhiều để lấy đất trồng cà phê, trồng sầu riêng, đề nghị kiểm tra, xử lý.", expected: .section("2.III.3")),
        Item(origin: "portal 197", text: "Giá cà phê mấy năm nay xuống thấp, nhiều hộ trồng cà phê thua lỗ phải chặt bỏ để trồng sầu riêng. Đề nghị tỉnh có định hướng rõ ràng, tránh người dân chuyển đổi ồ ạt rồi lại rớt giá.", expected: .section("2.III.1")),
        Item(origin: "portal 198", text: "Dịch Covid-19 làm nhiều người mất việc, đề nghị tỉnh có chính sách hỗ trợ kịp thời, đúng đối tượng.", expected: .section("2.III.2")),
        Item(origin: "portal 199", text: "Nên có cơ chế để người dân tham gia giám sát các công trình xây dựng ở xã, tránh thi công kém chất lượng. Nhiều kênh mương thuỷ lợi mới làm đã hư hỏng.", expected: .cannotTell),
        Item(origin: "portal 205", text: "De nghi day manh chuyen doi so, lam thu tuc hanh chinh qua mang cho nguoi dan do phai di lai.", expected: .either("2.III.5", "2.III.1")),
        Item(origin: "portal 207", text: "Bệnh viện tuyến tỉnh thường xuyên quá tải, người bệnh phải nằm ghép; đề nghị đầu tư thêm cơ sở vật chất.", expected: .section("2.III.2")),
        Item(origin: "portal 208", text: "Đường liên xã ở chỗ tôi hư hỏng nặng nhiều năm chưa được sửa chữa, xe chở nông sản đi lại rất khó khăn.", expected: .section("2.III.1")),
        Item(origin: "portal 212", text: "Cải cách hành chính còn chậm, một số cán bộ bộ phận một cửa còn gây khó khăn, nhũng nhiễu người dân; đề nghị xử lý nghiêm.", expected: .section("2.III.5")),
        Item(origin: "portal 215", text: "Cần có chính sách ưu tiên tuyển dụng cán bộ là người dân tộc thiểu số tại chỗ, người biết tiếng dân tộc để làm việc ở cơ sở.", expected: .section("2.III.5")),
        Item(origin: "portal 219", text: "Cần đầu tư đường giao thông kết nối các vùng sản xuất nông sản hàng hóa tập trung để giảm chi phí vận chuyển.", expected: .section("2.III.1")),
    ]

    /// `inbox/nhan-dan/bao/bao-dak-lak-thu-ban-doc-2020-06.csv`: rows with no `Mục`.
    static let newspaper: [Item] = [
        Item(origin: "newspaper 3", text: "Tôi đề nghị quan tâm đến các buôn đồng bào ở xa trung tâm: điện, đường, trường, trạm còn thiếu; nhiều cháu phải nghỉ học sớm để đi làm rẫy.", expected: .section("2.III.2")),
        Item(origin: "newspaper 5", text: "Qua theo dõi Báo Đắk Lắk, tôi thấy dự thảo đã tiếp thu nhiều ý kiến của Nhân dân. Tôi nhất trí cao.", expected: .general),
        Item(origin: "newspaper 6", text: "Cần coi trọng hơn công tác giáo dục đạo đức, lối sống cho thanh thiếu niên; tình trạng bạo lực học đường, đua xe trái phép vẫn còn xảy ra.", expected: .either("2.III.2", "2.III.4")),
        Item(origin: "newspaper 9", text: "Đề nghị phát triển du lịch cộng đồng ở các buôn còn giữ được nhà dài, cồng chiêng; người dân vừa giữ được văn hóa, vừa có thêm thu nhập.", expected: .either("2.III.1", "2.III.2")),
        Item(origin: "newspaper 10", text: "Thị trấn tôi mỗi khi mưa lớn là ngập, nước tràn vào nhà dân; đề nghị đầu tư hệ thống thoát nước đồng bộ.", expected: .section("2.III.1")),
        Item(origin: "newspaper 12", text: "Tôi đề nghị tỉnh có chính sách hỗ trợ thanh niên khởi nghiệp ở nông thôn, nhất là khởi nghiệp từ nông sản địa phương.", expected: .either("2.III.1", "2.III.2")),
        Item(origin: "newspaper 15", text: "Nên có chương trình đưa sách báo về các buôn, làng; nhiều nhà văn hóa buôn bỏ không, không có hoạt động.", expected: .section("2.III.2")),
        Item(origin: "newspaper 19", text: "Cần quan tâm người cao tuổi neo đơn, trẻ em mồ côi, người khuyết tật; mức trợ cấp xã hội hiện nay còn thấp.", expected: .section("2.III.2")),
        Item(origin: "newspaper 20", text: "Đề nghị tăng cường kiểm tra an toàn thực phẩm ở chợ và bếp ăn tập thể của các trường học, khu công nghiệp.", expected: .section("2.III.2")),
        Item(origin: "newspaper 24", text: "Cần quan tâm xây dựng hạ tầng cho các khu công nghiệp Hòa Phú, Phú Xuân để thu hút nhà đầu tư, tạo việc làm cho lao động địa phương.", expected: .section("2.III.1")),
        Item(origin: "newspaper 25", text: "Nhất trí với dự thảo; đề nghị Đại hội lựa chọn được những đồng chí thật sự tiêu biểu vào Ban Chấp hành Đảng bộ tỉnh.", expected: .cannotTell),
        Item(origin: "newspaper 28", text: "Đề nghị có chính sách với người có uy tín trong đồng bào dân tộc thiểu số; mức phụ cấp hiện nay chưa tương xứng với đóng góp của họ.", expected: .either("2.III.2", "2.III.5")),
    ]

    /// `inbox/nhan-dan/dai-ptth/thinh-gia-goi-dien-2020-06.csv`: no section column at all.
    static let radio: [Item] = [
        Item(origin: "radio 1", text: "Tôi ở huyện Ea Súp, đề nghị tỉnh quan tâm làm thủy lợi cho vùng Ea Súp, mùa khô thiếu nước trầm trọng.", expected: .section("2.III.1")),
        Item(origin: "radio 2", text: "Tôi là cựu chiến binh, tôi đề nghị xử lý nghiêm tham nhũng, lãng phí, nhất là trong đầu tư xây dựng.", expected: .section("2.III.5")),
        Item(origin: "radio 3", text: "Tôi nhất trí với dự thảo.", expected: .general),
        Item(origin: "radio 4", text: "Đề nghị quan tâm hơn nữa đến việc giữ gìn tiếng nói, chữ viết của đồng bào Ê Đê, M'nông, Gia Rai.", expected: .section("2.III.2")),
        Item(origin: "radio 5", text: "Giá cà phê thấp quá, mong tỉnh có giải pháp giúp bà con.", expected: .section("2.III.1")),
        Item(origin: "radio 6", text: "Tôi đề nghị làm đường cho xã tôi, đường đất đỏ mùa mưa không đi được.", expected: .section("2.III.1")),
        Item(origin: "radio 7", text: "Đề nghị có chương trình phát thanh tiếng dân tộc nhiều hơn để bà con ở buôn nghe được chủ trương, chính sách.", expected: .either("2.III.2", "2.III.5")),
        Item(origin: "radio 8", text: "Tôi đồng tình với dự thảo, chúc Đại hội thành công.", expected: .general),
        Item(origin: "radio 9", text: "Đề nghị tỉnh kiểm tra việc phá rừng phòng hộ ở huyện Krông Bông.", expected: .section("2.III.3")),
        Item(origin: "radio 10", text: "Mong tỉnh có chính sách cho học sinh nghèo vay vốn đi học đại học.", expected: .section("2.III.2")),
        Item(origin: "radio 11", text: "Đề nghị xử lý các điểm kinh doanh karaoke hoạt động quá giờ, gây ồn ào ở khu dân cư.", expected: .either("2.III.4", "2.III.3")),
        Item(origin: "radio 12", text: "Cần tăng cường kiểm tra chất lượng phân bón, nông dân mua phải phân giả thiệt hại nặng.", expected: .section("2.III.1")),
        Item(origin: "radio 13", text: "Tôi đề nghị quan tâm đến chế độ cho cán bộ thôn, buôn; phụ cấp thấp quá, không ai muốn làm.", expected: .section("2.III.5")),
        Item(origin: "radio 14", text: "Nhất trí cao.", expected: .general),
        Item(origin: "radio 15", text: "Đề nghị sớm đưa điện lưới về các buôn còn chưa có điện ở vùng sâu.", expected: .either("2.III.1", "2.III.2")),
    ]

    /// XML comments without a `section` attribute.
    static let submissions: [Item] = [
        Item(origin: "mttq PB-01", text: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh thống nhất với bố cục và những nội dung cơ bản của dự thảo Báo cáo chính trị. Dự thảo đã đánh giá khách quan, toàn diện kết quả thực hiện Nghị quyết Đại hội XVI, xác định phương hướng, mục tiêu phù hợp với tình hình thực tiễn của tỉnh.", expected: .general),
        Item(origin: "mttq PB-13", text: "Về kỹ thuật văn bản: đề nghị rà soát lại cách viết hoa theo quy định của Đảng (Nhân dân, Nhà nước, Mặt trận); thống nhất cách viết tắt tên các cơ quan, tổ chức trong toàn văn dự thảo.", expected: .wholeDocument),
        Item(origin: "hoi-thao HT-09", text: "Dự thảo dài hơn 60 trang, nhiều câu văn dài, nhiều cụm từ lặp lại như \"tiếp tục đẩy mạnh\", \"tăng cường hơn nữa\". Đề nghị biên tập lại theo hướng cô đọng, mỗi nhiệm vụ chỉ nêu những việc trọng tâm, có địa chỉ, có lộ trình.", expected: .wholeDocument),
        Item(origin: "so-khdt KHDT-08", text: "Đề nghị thống nhất đơn vị tính và cách làm tròn số liệu trong toàn bộ dự thảo (tỷ đồng, triệu đồng; số thập phân dùng dấu phẩy).", expected: .wholeDocument),
    ]

    /// Items of the text reports under "Ý KIẾN CHUNG", and paragraphs that name no section.
    static let reports: [Item] = [
        Item(origin: "buon-ho general 1", text: "Nhất trí cao với dự thảo Báo cáo chính trị; các ý kiến đánh giá dự thảo được chuẩn bị công phu, bố cục chặt chẽ, phản ánh đúng tình hình thực tiễn của tỉnh.", expected: .general),
        Item(origin: "buon-ho general 2", text: "Đề nghị thống nhất cách viết hoa và cách đặt dấu thanh trong toàn văn dự thảo (có chỗ viết \"hoà bình\", có chỗ viết \"hòa bình\"; có chỗ viết \"Uỷ ban\", có chỗ viết \"Ủy ban\").", expected: .wholeDocument),
        Item(origin: "buon-ma-thuot general 1", text: "Thống nhất với kết cấu và những nội dung cơ bản của dự thảo Báo cáo chính trị.", expected: .general),
        Item(origin: "buon-ma-thuot general 2", text: "Tên gọi của Báo cáo chính trị cần thể hiện được chủ đề Đại hội; đề nghị cân nhắc đặt chủ đề ngắn gọn, dễ nhớ, thể hiện được khát vọng phát triển của tỉnh.", expected: .wholeDocument),
        Item(origin: "cu-mgar general", text: "Cơ bản nhất trí với nội dung dự thảo Báo cáo chính trị.", expected: .general),
        Item(origin: "krong-pac general 1", text: "Các ý kiến cơ bản thống nhất cao với bố cục, nội dung của dự thảo Báo cáo chính trị. Dự thảo lần 2 đã được tiếp thu, chỉnh sửa nhiều so với lần 1, đánh giá khá toàn diện kết quả thực hiện Nghị quyết Đại hội XVI.", expected: .general),
        Item(origin: "krong-pac general 2", text: "Đề nghị rà soát, cập nhật số liệu ước thực hiện đến hết năm 2020 cho thống nhất giữa các phần của dự thảo và với dự thảo Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ tỉnh.", expected: .wholeDocument),
        Item(origin: "krong-pac general 3", text: "Dự thảo còn dài, một số nội dung trùng lặp giữa phần kết quả đạt được và phần hạn chế, yếu kém; đề nghị biên tập lại cho ngắn gọn, súc tích, dễ đi vào cuộc sống.", expected: .wholeDocument),
        Item(origin: "lao-thanh 1", text: "Chúng tôi, các cán bộ lão thành của tỉnh, sau khi nghiên cứu dự thảo Báo cáo chính trị lần thứ hai, nhất trí với đánh giá kết quả nhiệm kỳ và phương hướng nhiệm kỳ tới mà dự thảo đã nêu.", expected: .general),
        Item(origin: "lao-thanh 4", text: "Về giáo dục truyền thống: đề nghị bổ sung nhiệm vụ đầu tư tôn tạo các di tích lịch sử cách mạng trên địa bàn tỉnh, đưa nội dung lịch sử Đảng bộ tỉnh vào giảng dạy trong nhà trường.", expected: .section("2.III.2")),
        Item(origin: "lao-thanh 5", text: "Đề nghị quan tâm hơn nữa đến chế độ, chính sách đối với người có công, gia đình chính sách, cựu chiến binh có hoàn cảnh khó khăn, nhất là ở vùng sâu, vùng xa.", expected: .section("2.III.2")),
        Item(origin: "ban-kinh-te-tw 1", text: "Dự thảo cần bám sát và cụ thể hóa dự thảo Báo cáo chính trị trình Đại hội XIII của Đảng và các nghị quyết, kết luận của Bộ Chính trị về phát triển vùng Tây Nguyên, làm rõ vị trí, vai trò của tỉnh trong vùng.", expected: .cannotTell),
        Item(origin: "ban-kinh-te-tw 3", text: "Đề nghị bổ sung giải pháp phát triển kinh tế tập thể, hợp tác xã kiểu mới làm nòng cốt liên kết với doanh nghiệp trong sản xuất, chế biến và tiêu thụ cà phê, hồ tiêu theo chuỗi giá trị.", expected: .section("2.III.1")),
        Item(origin: "ban-kinh-te-tw 4", text: "Về phát triển kết cấu hạ tầng: đề nghị xác định rõ danh mục công trình, dự án trọng điểm ưu tiên đầu tư trong nhiệm kỳ, tránh dàn trải; chú ý huy động nguồn lực theo hình thức đối tác công tư.", expected: .section("2.III.1")),
    ]
}
