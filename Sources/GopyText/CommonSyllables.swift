/// Frequent Vietnamese syllables with a letter beyond ASCII, from everyday and administrative
/// writing. ``EncodingDetector`` uses them to break near-ties between readings that are all
/// well-formed (`số` read as VNI is `soá`, as TCVN3 read as Windows-1258 `sè`): the reading
/// with more frequent syllables is the likelier one. Tone placement does not matter (`hòa`, `hoà`).
enum CommonSyllables {
    /// The syllables, lower case.
    static let list = """
        của và các có là được trong không những người một này với đã để đến về nhiều khi từ cũng \
        như thì phải sẽ theo nhà đó vào hơn lại nước làm nhưng trên mà đi tại sự hiện công nói \
        thể việc dân động nội lực quốc đối phát triển kinh tế xã hội chính trị văn hóa hoá giáo \
        dục đào tạo y khoa học kỹ kĩ thuật quản lý lí nhân cán bộ đảng viên tỉnh huyện thành phố \
        địa phương quyền nghĩa vụ chủ trương biện pháp giải quyết đề nghị ý kiến dự thảo báo cáo \
        đại ban chấp hành thường trực ủy uỷ mặt trận tổ việt đồng bào tộc thiểu số vùng sâu \
        thôn nghiệp sản xuất thương mại dịch lịch môi trường tài nguyên đất đai rừng biển ninh \
        phòng đoàn kết toàn thực đánh giá quả hạn chế tồn nguyên bài học mục tiêu nhiệm giai đoạn \
        tới tăng trưởng bền vững cao thấp mới cũ lớn nhỏ tốt xấu cần nên hãy đừng chưa đang rồi \
        vẫn còn luôn rất quá lắm hết tất cả mọi mỗi từng nhau cùng giữa trước sau dưới ngoài bên \
        cạnh gần đây đấy kia ấy nào gì sao thế bao giờ tôi chúng ta mình họ chị em ông bà cô chú \
        bác cháu cha mẹ vợ chồng gia đình làng xóm bản phường thị trấn quận cấp trung ương phủ \
        ngành sở ngân sách vốn đầu tư chính thuế phí doanh lao thu nhập đời sống nghèo giàu khó \
        khăn thuận lợi hỗ trợ luật quy định thủ tục cải cách minh bạch trách tham nhũng lãng tiêu \
        cực kiểm tra giám sát xử nghiêm kỷ luật đạo đức lối tưởng luận tuyên truyền vận trào thi \
        đua khen chất lượng hiệu năng suất sở hạ tầng giao thông điện đường cầu bệnh trạm sức \
        khỏe khoẻ chăm sóc tuổi trẻ phụ nữ niên sinh giáo sĩ nông trí thức cựu chiến binh hưu \
        xuất bổ sung sửa đổi thay điều chỉnh rõ nêu cụ chung đầy đủ ngắn gọn ràng hợp phù nhất \
        thống ủng hộ tâm chú trọng đẩy mạnh cường nâng huy phấn đấu xây dựng vệ giữ gìn đảm kiện \
        khuyến khích ưu tập trung đạo điều hoàn đạt vượt hoạch chiến lược đột phá điểm then chốt \
        yếu tố vai trò vị tầm số liệu thông tin chí mạng đổi sáng hội nhập quốc tế tác phần đoạn \
        câu dòng trang thứ hai bốn năm sáu bảy tám chín mười trăm nghìn triệu tỷ tỉ ngày tháng tuần \
        giờ lần nữa thêm bớt giảm cơ bản đúng sai tình hình hình thức nội dung ý nghĩa nhận thấy \
        biết hiểu mong muốn đề ra đưa được đặc biệt thiết cụm chỗ lời văn viết đọc xem xét nghiên \
        cứu tiếp thu phản ánh ghi bỏ lấy gửi nhận tổng hợp chuyển giao biên soạn hoàn thiện \
        kỳ kì khóa khoá lần thứ tư đầu cuối giữa trên dưới mặt tiền tiếp tục đời cháu nhỏ vừa đủ \
        ở mình lên xuống ra vào qua lại đây đó kìa sẵn sàng có thể được phép không thể chắc chắn \
        quan trọng tất yếu cấp bách lâu dài hiện nay trước mắt hằng năm thường xuyên định kỳ \
        nông sản lúa gạo cà phê hồ tiêu cao su trâu bò lợn gà cá tôm muối đường sữa thịt rau quả \
        mưa bão lũ lụt hạn hán sạt lở thiên tai dịch bệnh ô nhiễm rác thải khói bụi tiếng ồn \
        học sinh sinh viên trường lớp thầy cô sách vở thi cử điểm số bằng cấp nghề nghiệp việc làm \
        tiền lương thưởng phạt nợ vay gửi tiết kiệm mua bán chợ cửa hàng siêu thị giá cả đắt rẻ \
        đất nước tổ quốc dân tộc đồng bào nhân dân công dân cử tri đại biểu quốc hội hội đồng \
        mặt trận đoàn thể công đoàn hội phụ nữ nông dân cựu chiến binh thanh niên thiếu niên nhi đồng
        """

    /// The syllables as ``SyllableParser/key`` values.
    static let keys: Set<UInt64> = {
        var keys = Set<UInt64>()
        for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var parser = SyllableParser()
            for scalar in word.unicodeScalars { parser.letter(SyllableScorer.scoringClass(scalar.value)) }
            if parser.isWellFormed { keys.insert(parser.key) }
        }
        return keys
    }()
}
