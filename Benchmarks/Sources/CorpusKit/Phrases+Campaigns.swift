/// The words of form-letter campaigns: the letters' frames, and what each sender adds.
extension Phrases {
    /// How a campaign letter starts (first person plural); `%@` is a place.
    static let campaignIntros: [@Sendable (String) -> String] = [
        { "Qua nghiên cứu dự thảo Báo cáo chính trị, chúng tôi là cử tri ở \($0) xin góp ý như sau." },
        { "Chúng tôi, những người dân sinh sống ở \($0), đã đọc kỹ dự thảo và có một số kiến nghị." },
        { "Sau khi được phổ biến dự thảo văn kiện, bà con ở \($0) thống nhất gửi đến Ban soạn thảo những ý kiến sau." },
        { "Là những đảng viên lâu năm ở \($0), chúng tôi rất quan tâm đến dự thảo và xin nêu mấy ý kiến." },
        { "Thay mặt nhiều hộ dân ở \($0), chúng tôi xin phản ánh và kiến nghị một số vấn đề." },
    ]
    /// How a campaign letter ends.
    static let campaignConclusions = [
        "Chúng tôi tha thiết đề nghị Ban soạn thảo nghiên cứu, tiếp thu các ý kiến trên vào dự thảo.",
        "Rất mong các kiến nghị chính đáng này được tiếp thu và đưa vào Nghị quyết Đại hội.",
        "Đây là nguyện vọng chung của bà con, kính đề nghị Ban soạn thảo xem xét.",
        "Chúng tôi tin rằng nếu được tiếp thu, Nghị quyết sẽ sát với thực tiễn hơn.",
    ]
    /// A sender's own opening; the closures take the sender (made up).
    static let campaignOpenings: [@Sendable (Person) -> String] = [
        { "Kính gửi Ban soạn thảo, tôi là người dân ở \($0.address)." },
        { "Kính gửi Ban soạn thảo văn kiện Đại hội, tôi là \($0.name), hiện sinh sống ở \($0.address)." },
        { "Tôi tên là \($0.name), đảng viên chi bộ \(shortPlace($0.address))." },
        { _ in "Kính gửi Tiểu ban Văn kiện Đại hội." },
        { _ in "Kính thưa Ban soạn thảo." },
        { _ in "Kính gửi Ban soạn thảo, tôi là giáo viên đã nghỉ hưu." },
        { "Tôi là \($0.name), cựu chiến binh." },
    ]
    /// A sender's own closing.
    static let campaignClosings = [
        "Trân trọng cảm ơn.", "Kính mong Ban soạn thảo xem xét, tiếp thu.", "Xin chân thành cảm ơn!",
        "Kính chúc Đại hội thành công tốt đẹp.", "Rất mong ý kiến của tôi được tiếp thu.",
    ]

    /// "Thôn 5, xã Ea Kênh, huyện Krông Pắc" → "Thôn 5, xã Ea Kênh"; a town address → its ward.
    static func shortPlace(_ address: String) -> String {
        let parts = address.split(separator: ",").map { String($0).trimmingSpaces() }
        if parts.count >= 2, parts[0].hasPrefix("Thôn") { return lowercasingFirst(parts[0]) + ", " + parts[1] }
        return parts.count >= 2 ? parts[1] : address
    }
}
