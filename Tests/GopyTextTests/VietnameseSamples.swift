/// Made-up Vietnamese comments on a draft report, for the encoding tests: every kind of
/// letter, both tone-mark styles, capitals, place names, abbreviations and punctuation.
enum VietnameseSamples {
    static let sentences = [
        "Đề nghị bổ sung nội dung về phát triển kinh tế số và chuyển đổi số trong giai đoạn tới.",
        "Dự thảo cần đánh giá sâu hơn về công tác xây dựng Đảng, nêu rõ kết quả cụ thể và những tồn tại, hạn chế.",
        "Tôi hoàn toàn nhất trí với nội dung dự thảo Báo cáo chính trị.",
        "Phần viết về giáo dục và đào tạo còn chung chung, chưa có số liệu minh chứng.",
        "Cần có giải pháp cụ thể, khả thi hơn để nâng cao chất lượng nguồn nhân lực ở vùng đồng bào dân tộc thiểu số.",
        "Nên xác định cải cách thủ tục hành chính là một nhiệm vụ trọng tâm của nhiệm kỳ.",
        "Đánh giá về phòng, chống tham nhũng, lãng phí còn nặng về liệt kê, chưa phân tích nguyên nhân.",
        "Đề nghị viết lại đoạn nói về bảo vệ môi trường cho ngắn gọn, dễ hiểu hơn.",
        "Thực tế ở cơ sở cho thấy tình trạng ô nhiễm nguồn nước ngày càng nghiêm trọng, đề nghị dự thảo phản ánh đầy đủ hơn.",
        "Cần chỉ rõ trách nhiệm của người đứng đầu khi để xảy ra sai phạm trong quản lý đất đai.",
        "Đề nghị sửa cụm từ “phát triển nhanh” thành “phát triển nhanh và bền vững” cho chính xác.",
        "Như vậy mới phù hợp với tinh thần Nghị quyết Đại hội XIII của Đảng.",
        "Nhiều cử tri ở địa phương đã phản ánh vấn đề này qua các kỳ tiếp xúc.",
        "Là người dân sinh sống ở nông thôn, tôi thấy giá vật tư nông nghiệp tăng cao, thu nhập của nông dân còn thấp.",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk tổng hợp ý kiến của các tầng lớp nhân dân.",
        "Huyện ủy Krông Pắc đề nghị quan tâm hơn nữa đến đời sống của đồng bào vùng sâu, vùng xa.",
        "Việc thực hiện chính sách đối với người có công, thương binh, liệt sĩ cần được rà soát kỹ lưỡng.",
        "Đề nghị làm rõ hơn mục tiêu tăng trưởng kinh tế bình quân 7% một năm đến năm 2030.",
        "Khoa học, công nghệ và đổi mới sáng tạo phải thực sự trở thành động lực chính của sự phát triển.",
        "Chất lượng khám chữa bệnh ở tuyến xã, phường còn yếu, người bệnh phải lên tuyến trên.",
        "Cần quan tâm đầu tư hạ tầng giao thông nông thôn, nhất là đường liên xã, liên thôn.",
        "Tình trạng thanh niên bỏ quê ra thành phố làm việc khiến nhiều làng xóm thiếu lao động trẻ.",
        "Ý kiến của cán bộ hưu trí: cần kiên quyết xử lý nghiêm những cán bộ suy thoái về tư tưởng chính trị, đạo đức, lối sống.",
        "Đề nghị bổ sung cụm từ “người lao động” vào đoạn thứ hai của mục này.",
        "Kết quả giảm nghèo chưa bền vững, số hộ tái nghèo còn nhiều, nhất là ở các huyện miền núi.",
        "Cần khuyến khích doanh nghiệp tư nhân đầu tư vào nông nghiệp công nghệ cao.",
        "Văn phòng Tỉnh ủy đã gửi dự thảo tới các chi bộ, đảng bộ cơ sở để lấy ý kiến.",
        "Nội dung về quốc phòng, an ninh được trình bày đầy đủ, tôi không có ý kiến gì thêm.",
        "Đề nghị thay cụm từ “cơ bản hoàn thành” bằng “hoàn thành” ở câu đầu của đoạn cuối.",
        "Phải coi trọng công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ.",
        "Chúng tôi thống nhất cao với kết cấu và những nội dung cơ bản của dự thảo.",
        "Việc sắp xếp đơn vị hành chính cấp huyện, cấp xã cần tính đến đặc thù lịch sử, văn hóa của từng địa phương.",
        "Nguồn lực đầu tư cho y tế dự phòng còn hạn chế, chưa tương xứng với yêu cầu thực tiễn.",
        "Đời sống của một bộ phận người dân, nhất là ở vùng bị ảnh hưởng bởi thiên tai, lũ lụt, còn nhiều khó khăn.",
        "Mong muốn Đảng và Nhà nước có chính sách hỗ trợ thỏa đáng cho lực lượng dân quân tự vệ.",
        "Đề nghị nghiên cứu, bổ sung giải pháp phát triển du lịch gắn với bảo tồn di sản văn hóa.",
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới đã góp phần thay đổi diện mạo nhiều vùng quê.",
        "Công tác cán bộ vẫn còn hiện tượng chạy chức, chạy quyền, cần xử lý nghiêm khắc.",
        "Cải thiện môi trường đầu tư, kinh doanh; tháo gỡ khó khăn, vướng mắc cho doanh nghiệp nhỏ và vừa.",
        "Thủ tục cấp giấy chứng nhận quyền sử dụng đất còn rườm rà, kéo dài, gây bức xúc trong nhân dân.",
        "Hệ thống chính trị ở cơ sở cần được củng cố, kiện toàn, hoạt động hiệu lực, hiệu quả.",
        "Dự thảo chưa đề cập đầy đủ đến vai trò của khối đại đoàn kết toàn dân tộc.",
        "Người dân rất quan tâm đến giá điện, giá xăng dầu và giá lương thực, thực phẩm.",
        "Đề nghị ghi rõ: “tăng cường hợp tác quốc tế, chủ động hội nhập sâu rộng”.",
        "Thế nào là phát triển bền vững? Cần giải thích ngắn gọn cho người dân dễ hiểu.",
        "Ở xã tôi, nhiều gia đình đã thoát nghèo nhờ trồng cà phê, hồ tiêu và nuôi bò.",
        "Những ngày mưa bão, đường sá lầy lội, học sinh đi học rất vất vả.",
        "Khuyến nghị tăng cường kiểm tra, giám sát việc sử dụng ngân sách nhà nước.",
        "Quyết tâm đưa nước ta trở thành nước đang phát triển, có công nghiệp hiện đại, thu nhập trung bình cao.",
        "Lời văn của dự thảo có chỗ còn dài dòng, lặp ý; đề nghị biên tập lại cho súc tích.",
        "Tăng cường công tác tuyên truyền, vận động nhân dân tham gia bảo vệ rừng, phòng cháy chữa cháy rừng.",
        "Cần đặc biệt chú ý đến người cao tuổi, trẻ em có hoàn cảnh khó khăn và người khuyết tật.",
        "Ý thức chấp hành pháp luật về an toàn giao thông của một bộ phận thanh thiếu niên chưa cao.",
        "Ngành giáo dục cần giảm tải chương trình, tránh tình trạng dạy thêm, học thêm tràn lan.",
        "Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong giám sát, phản biện xã hội.",
        "Tôi đề nghị giữ nguyên tên gọi của các thôn, buôn, bon, sóc khi sáp nhập.",
        "Xuất khẩu lao động cần được quản lý chặt chẽ, tránh để người lao động bị lừa đảo.",
        "Giữ gìn và phát huy bản sắc văn hóa của đồng bào Ê Đê, M'Nông, Gia Rai.",
        "Lãnh đạo các cấp phải gương mẫu, nói đi đôi với làm, thực sự gần dân, trọng dân, vì dân.",
        "Quá trình đô thị hóa nhanh nhưng quy hoạch còn thiếu đồng bộ, hạ tầng xã hội chưa theo kịp.",
        "BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVII",
        "PHẦN THỨ NHẤT: ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI",
        "Về nhiệm vụ, giải pháp: đẩy mạnh ứng dụng khoa học kỹ thuật, chuyển giao công nghệ cho nông dân.",
        "Cần nghiên cứu cơ chế đặc thù để thu hút nhân tài về công tác tại các xã vùng khó khăn.",
        "Đến nay toàn tỉnh có 85% số xã đạt chuẩn nông thôn mới, vượt chỉ tiêu Nghị quyết đề ra.",
        "Thuế, phí đối với hộ kinh doanh cá thể còn nhiều, đề nghị xem xét giảm bớt.",
        "Khuyến khích thanh niên khởi nghiệp, lập thân, lập nghiệp ngay trên quê hương mình.",
        "Ưu tiên nguồn vốn cho các công trình thủy lợi phục vụ sản xuất vụ đông xuân.",
        "Ủy ban nhân dân huyện cần chỉ đạo quyết liệt hơn việc giải phóng mặt bằng các dự án trọng điểm.",
        "Nhiều ý kiến đề nghị làm rõ khái niệm “kinh tế tuần hoàn” và lộ trình thực hiện.",
    ]

    /// Sentences written after the detector was tuned, to measure it on text it has not seen.
    static let heldOut = [
        "Mấy năm nay giá phân bón lên xuống thất thường, bà con trồng lúa ở quê tôi lỗ vốn liên tục.",
        "Con đường đất dẫn vào bản mùa mưa trơn trượt, xe máy không đi được, các cháu phải lội bộ.",
        "Tôi kiến nghị có chế độ phụ cấp riêng cho y sĩ thôn bản, vì họ làm việc vất vả mà lương ít.",
        "Bệnh viện huyện thiếu bác sĩ chuyên khoa, máy móc cũ kỹ, người ốm nặng phải chuyển lên tỉnh.",
        "Hồ sơ xin cấp sổ đỏ của gia đình tôi nộp từ năm ngoái đến giờ vẫn chưa được giải quyết.",
        "Nhiều cụ già sống một mình, con cháu đi làm ăn xa, rất cần sự giúp đỡ của chính quyền và hàng xóm.",
        "Nước sinh hoạt ở khu phố tôi thường xuyên bị mất, có tuần chỉ có nước vào ban đêm.",
        "Trẻ em nghiện điện thoại, trò chơi trực tuyến; nhà trường và gia đình cần phối hợp chặt chẽ hơn.",
        "Đề nghị xem lại quy định về tuổi nghỉ hưu đối với lao động nữ làm nghề nặng nhọc, độc hại.",
        "Chợ truyền thống đang mất dần, tiểu thương buôn bán ế ẩm vì người dân chuyển sang mua hàng qua mạng.",
        "Ở vùng biển, ngư dân vươn khơi bám biển rất cần được hỗ trợ về nhiên liệu và bảo hiểm tàu thuyền.",
        "Cảm ơn Ban soạn thảo đã lắng nghe; tôi mong ý kiến của người dân được tiếp thu nghiêm túc.",
        "Khu công nghiệp xả nước thải chưa qua xử lý ra sông, cá chết hàng loạt, dân ven sông rất bức xúc.",
        "Cần tăng mức trợ cấp cho người khuyết tật nặng, vì mức hiện nay không đủ sống.",
        "Giới trẻ bây giờ ít quan tâm đến lịch sử dân tộc; nên đổi mới cách dạy môn sử cho hấp dẫn.",
        "Những năm gần đây, thời tiết khắc nghiệt, hạn hán và xâm nhập mặn ảnh hưởng lớn tới mùa màng.",
        "Tôi là giáo viên mầm non, thu nhập thấp so với công sức bỏ ra, nhiều đồng nghiệp đã bỏ nghề.",
        "Việc đóng bảo hiểm y tế theo hộ gia đình gây khó khăn cho những nhà đông người, thu nhập bấp bênh.",
        "Đường quốc lộ qua thị trấn xuống cấp nghiêm trọng, ổ gà chi chít, tai nạn xảy ra thường xuyên.",
        "Kính đề nghị các cấp có thẩm quyền sớm xem xét, giải quyết dứt điểm vụ tranh chấp đất kéo dài.",
        "Thanh niên nông thôn muốn học nghề nhưng trung tâm dạy nghề ở xa, chi phí đi lại tốn kém.",
        "Cán bộ một cửa ở phường nhiệt tình, hướng dẫn tận tình, người dân rất hài lòng.",
        "Dịch vụ công trực tuyến còn rắc rối, người lớn tuổi không biết dùng, vẫn phải lên tận nơi.",
        "Vụ vải năm nay được mùa nhưng mất giá, thương lái ép giá, nông dân thiệt đủ đường.",
        "Ở xóm tôi, nạn cho vay nặng lãi qua ứng dụng trên điện thoại đã khiến mấy gia đình khốn đốn.",
        "Tôi đồng tình với chủ trương xây dựng chính quyền điện tử, song cần bảo đảm an toàn thông tin cá nhân.",
        "Lực lượng công an xã thời gian qua đã góp phần giữ gìn trật tự, trộm cắp giảm hẳn.",
        "Mong rằng lời hứa của đại biểu khi tiếp xúc cử tri sẽ được thực hiện, chứ không chỉ nói suông.",
        "Giá thuê nhà trọ quanh khu công nghiệp quá cao, công nhân trẻ khó lòng tích lũy được đồng nào.",
        "Nên khuyến khích người dân phân loại rác tại nguồn, kèm theo chế tài xử phạt rõ ràng.",
        "Ủy ban xã đã tổ chức đối thoại với nhân dân về việc thu hồi đất làm khu tái định cư.",
        "Hệ thống kênh mương nội đồng bị bồi lắng, mùa khô không đủ nước tưới cho ruộng lúa.",
        "Phụ huynh phải đóng quá nhiều khoản tiền đầu năm học, đề nghị quản lý chặt các khoản thu.",
        "Người dân tộc thiểu số ở huyện vùng cao cần được hỗ trợ giống cây, con giống phù hợp với khí hậu.",
        "Tôi thấy dự thảo viết hay, súc tích, thể hiện được khát vọng phát triển đất nước hùng cường.",
        "Việc bố trí cán bộ không đúng chuyên môn vẫn còn, gây lãng phí nguồn nhân lực đã được đào tạo.",
        "Nhà văn hóa thôn xây xong nhưng ít hoạt động, cửa đóng then cài quanh năm.",
        "Cầu treo qua suối đã hư hỏng, mùa lũ học sinh phải nghỉ học cả tuần liền.",
        "Đề nghị bổ sung nội dung về phòng chống bạo lực học đường và xâm hại trẻ em.",
        "Chúng tôi mong muốn được vay vốn ưu đãi để mở rộng trang trại chăn nuôi theo hướng an toàn sinh học.",
    ]

    /// All sentences, one a line.
    static var text: String { sentences.joined(separator: "\n") + "\n" }

    /// The 134 Vietnamese letters (67 lower case and their upper case), as in the reference table.
    static let letters: [String] = {
        let lower = Array("áàảãạâấầẩẫậăắằẳẵặđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ").map(String.init)
        return lower.flatMap { [$0.uppercased(), $0] }
    }()

    /// A deterministic generator of field-sized word runs from the sentences.
    struct Fields: Sequence, IteratorProtocol {
        var state: UInt64
        let words: ClosedRange<Int>
        let sentences: [String]

        init(seed: UInt64, words: ClosedRange<Int>, from sentences: [String] = VietnameseSamples.sentences) {
            state = seed
            self.words = words
            self.sentences = sentences
        }

        mutating func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }

        /// The next run of words from a random sentence (the whole sentence when it is shorter).
        mutating func next() -> String? {
            let sentence = sentences[random(sentences.count)].split(separator: " ")
            let count = Swift.min(sentence.count, words.lowerBound + random(words.count))
            let start = random(sentence.count - count + 1)
            return sentence[start..<start + count].joined(separator: " ")
        }
    }
}
