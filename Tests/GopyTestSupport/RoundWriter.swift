import Foundation

/// Writes generated citizens' CSV files, for tests that need a round bigger than the sample:
/// varied Vietnamese comments from phrase lists, made-up people, deterministic for a seed.
public enum RoundWriter {
    static let openings = ["Đề nghị", "Cần", "Kiến nghị", "Tôi đề nghị", "Nên", "Đề nghị dự thảo"]
    static let actions = ["bổ sung", "làm rõ", "đánh giá sâu hơn", "cụ thể hóa", "nhấn mạnh", "điều chỉnh"]
    static let topics = [
        "chỉ tiêu tăng trưởng GRDP", "tái canh cây cà phê", "chuyển đổi số trong cơ quan nhà nước",
        "giảm nghèo bền vững vùng đồng bào dân tộc thiểu số", "bảo vệ và phát triển rừng", "chất lượng giáo dục vùng sâu",
        "y tế cơ sở", "cải cách hành chính", "phòng, chống tham nhũng", "phát triển du lịch cộng đồng",
        "hạ tầng giao thông liên huyện", "nguồn nhân lực chất lượng cao", "xây dựng nông thôn mới", "an ninh nông thôn",
    ]
    static let tails = ["trong giai đoạn tới.", "cho phù hợp với thực tiễn của tỉnh.", "gắn với trách nhiệm người đứng đầu.", "và có lộ trình cụ thể.", "để Nhân dân dễ theo dõi."]
    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"]
    static let given = ["Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Huy", "Ngọc Lan", "Thanh Sơn"]

    /// Writes `files` CSV files of `rows` rows each under `folder` (relative paths
    /// `nhan-dan/cong-thong-tin/sinh-<n>.csv`, which the sample config routes to the portal).
    public static func writeCSVs(into inbox: URL, files: Int, rows: Int, seed: UInt64, prefix: String = "sinh") throws {
        var random = SplitMix64(seed: seed)
        func next() -> Int { Int(truncatingIfNeeded: random.next() >> 1) }
        func pick(_ list: [String]) -> String { list[next() % list.count] }
        let folder = inbox.appendingPathComponent("nhan-dan/cong-thong-tin")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for f in 0..<files {
            var text = "STT,Họ và tên,Số điện thoại,Nội dung góp ý\n"
            for r in 1...rows {
                let comment = "\(pick(openings)) \(pick(actions)) \(pick(topics)) \(pick(tails))"
                let phone = "09\(10_000_000 + next() % 89_999_999)"
                text += "\(r),\(pick(families)) \(pick(given)),\(phone),\"\(comment)\"\n"
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(prefix)-\(String(format: "%04d", f)).csv"))
        }
    }
}
