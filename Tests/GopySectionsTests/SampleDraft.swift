import GopyModel

/// The sample round's draft, `config/drafts/bcct-xvii.yaml`, as a value: the outline the
/// inference tests run against. `SampleDraftTests` fails when the two drift apart; after
/// changing the YAML, change this to match (ids, titles, keywords, text).
enum SampleDraft {
    static let draft = Draft(
        id: "bcct-xvii",
        title: "Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh Đắk Lắk lần thứ XVII, nhiệm kỳ 2020 - 2025",
        round: 2,
        sections: [
            OutlineSection(
                id: "1",
                title: "Phần thứ nhất: Đánh giá kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 - 2020",
                sections: [
                    OutlineSection(
                        id: "1.I",
                        title: "Kết quả đạt được",
                        sections: [
                            OutlineSection(
                                id: "1.I.1",
                                title: "Về phát triển kinh tế, quản lý tài nguyên và bảo vệ môi trường",
                                keywords: [
                                    "tăng trưởng", "GRDP", "cơ cấu kinh tế", "thu ngân sách", "cà phê", "hồ tiêu",
                                    "tái canh", "nông nghiệp", "nông sản", "xuất khẩu", "công nghiệp", "doanh nghiệp",
                                    "hợp tác xã", "điện mặt trời", "du lịch", "thu hút đầu tư", "kết cấu hạ tầng",
                                    "giao thông", "đường", "thủy lợi", "nông thôn mới", "đô thị", "rừng", "đất đai",
                                    "tài nguyên", "môi trường", "ô nhiễm",
                                ],
                                text: "Kinh tế của tỉnh duy trì mức tăng trưởng khá, tốc độ tăng trưởng tổng sản phẩm (GRDP) bình quân giai đoạn 2016 - 2020 ước đạt 6,5%/năm. Cơ cấu kinh tế chuyển dịch theo hướng tích cực; nông nghiệp phát triển khá toàn diện, diện tích cà phê tái canh vượt kế hoạch đề ra."),
                            OutlineSection(
                                id: "1.I.2",
                                title: "Về văn hóa - xã hội",
                                keywords: [
                                    "giáo dục", "đào tạo", "trường học", "giáo viên", "học sinh", "y tế", "y tế cơ sở",
                                    "bệnh viện", "bác sĩ", "bảo hiểm y tế", "chăm sóc sức khỏe", "an toàn thực phẩm",
                                    "văn hóa", "bản sắc văn hóa", "cồng chiêng", "giảm nghèo", "hộ nghèo",
                                    "an sinh xã hội", "người có công", "việc làm", "đồng bào dân tộc thiểu số",
                                    "dân tộc", "tôn giáo", "đất sản xuất", "nước sinh hoạt",
                                ],
                                text: "Lĩnh vực văn hóa - xã hội có nhiều tiến bộ; chất lượng giáo dục và đào tạo từng bước được nâng lên; công tác chăm sóc sức khỏe Nhân dân được quan tâm; tỷ lệ hộ nghèo giảm bình quân 2,5%/năm, riêng hộ nghèo đồng bào dân tộc thiểu số giảm bình quân 4%/năm."),
                            OutlineSection(
                                id: "1.I.3",
                                title: "Về quốc phòng, an ninh và đối ngoại",
                                keywords: [
                                    "quốc phòng", "an ninh", "trật tự", "an toàn xã hội", "công an", "quân đội",
                                    "dân quân tự vệ", "biên giới", "FULRO", "tội phạm", "ma túy", "tệ nạn xã hội",
                                    "tín dụng đen", "tai nạn giao thông", "đối ngoại", "Campuchia",
                                ]),
                            OutlineSection(
                                id: "1.I.4",
                                title: "Về xây dựng Đảng và hệ thống chính trị",
                                keywords: [
                                    "xây dựng Đảng", "tổ chức cơ sở đảng", "chi bộ", "đảng viên",
                                    "phát triển đảng viên", "cán bộ", "công tác cán bộ", "đội ngũ cán bộ",
                                    "kiểm tra, giám sát", "kỷ luật", "tham nhũng", "lãng phí", "tinh gọn bộ máy",
                                    "chính quyền", "cải cách hành chính", "khiếu nại, tố cáo",
                                    "Nghị quyết Trung ương 4",
                                ],
                                text: "Công tác xây dựng Đảng và hệ thống chính trị được chú trọng; việc thực hiện Nghị quyết Trung ương 4 khóa XII gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị đạt nhiều kết quả; công tác kiểm tra, giám sát, phòng, chống tham nhũng, lãng phí được tăng cường."),
                            OutlineSection(
                                id: "1.I.5",
                                title: "Về phát huy quyền làm chủ của Nhân dân, công tác dân vận, hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội",
                                keywords: [
                                    "dân vận", "Mặt trận Tổ quốc", "đoàn thể", "quyền làm chủ", "dân chủ ở cơ sở",
                                    "giám sát và phản biện xã hội", "cuộc vận động", "phong trào thi đua",
                                    "khối đại đoàn kết", "người có uy tín",
                                ]),
                        ]),
                    OutlineSection(
                        id: "1.II",
                        title: "Hạn chế, yếu kém và nguyên nhân",
                        sections: [
                            OutlineSection(
                                id: "1.II.1",
                                title: "Hạn chế, yếu kém",
                                keywords: [
                                    "hạn chế", "yếu kém", "chưa đạt", "chưa tương xứng", "chưa bền vững",
                                    "chưa hiệu quả", "thiếu đồng bộ", "bất cập", "chậm", "tồn tại",
                                ],
                                text: "Tăng trưởng kinh tế chưa tương xứng với tiềm năng, lợi thế; một số chỉ tiêu chủ yếu không đạt Nghị quyết; kết cấu hạ tầng còn thiếu đồng bộ; đời sống của một bộ phận Nhân dân, nhất là vùng đồng bào dân tộc thiểu số còn nhiều khó khăn."),
                            OutlineSection(
                                id: "1.II.2",
                                title: "Nguyên nhân",
                                keywords: [
                                    "nguyên nhân", "nguyên nhân chủ quan", "nguyên nhân khách quan",
                                    "trách nhiệm người đứng đầu",
                                ]),
                        ]),
                    OutlineSection(
                        id: "1.III",
                        title: "Bài học kinh nghiệm",
                        keywords: ["bài học", "bài học kinh nghiệm"]),
                ]),
            OutlineSection(
                id: "2",
                title: "Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2020 - 2025",
                sections: [
                    OutlineSection(
                        id: "2.I",
                        title: "Dự báo tình hình",
                        keywords: [
                            "dự báo", "bối cảnh", "thời cơ", "thách thức", "dịch Covid-19", "biến đổi khí hậu",
                            "Cách mạng công nghiệp lần thứ tư",
                        ]),
                    OutlineSection(
                        id: "2.II",
                        title: "Quan điểm, mục tiêu, chỉ tiêu",
                        sections: [
                            OutlineSection(
                                id: "2.II.1",
                                title: "Quan điểm và mục tiêu tổng quát",
                                keywords: [
                                    "quan điểm", "mục tiêu tổng quát", "tầm nhìn", "định hướng phát triển",
                                    "trung tâm vùng", "đô thị trung tâm", "phát triển nhanh và bền vững",
                                ],
                                text: "Phấn đấu đến năm 2025, Đắk Lắk trở thành tỉnh phát triển khá của vùng Tây Nguyên; xây dựng thành phố Buôn Ma Thuột trở thành đô thị trung tâm vùng Tây Nguyên."),
                            OutlineSection(
                                id: "2.II.2",
                                title: "Các chỉ tiêu chủ yếu",
                                keywords: [
                                    "chỉ tiêu", "chỉ tiêu chủ yếu", "tốc độ tăng trưởng", "GRDP bình quân đầu người",
                                    "thu nhập bình quân", "tỷ lệ che phủ rừng", "tỷ lệ hộ nghèo",
                                    "tỷ lệ trường đạt chuẩn", "bác sĩ trên một vạn dân", "tỷ lệ bảo hiểm y tế",
                                    "xã đạt chuẩn nông thôn mới", "kết nạp đảng viên",
                                ],
                                text: "Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 đạt 7,5 - 8%/năm; tỷ lệ che phủ rừng (kể cả cây cao su) đạt 39%; tỷ lệ hộ nghèo giảm bình quân 1,5 - 2%/năm."),
                        ]),
                    OutlineSection(
                        id: "2.III",
                        title: "Nhiệm vụ, giải pháp",
                        sections: [
                            OutlineSection(
                                id: "2.III.1",
                                title: "Tập trung phát triển kinh tế nhanh và bền vững, cơ cấu lại nông nghiệp, đẩy mạnh chuyển đổi số",
                                keywords: [
                                    "cơ cấu lại nông nghiệp", "nông nghiệp công nghệ cao", "nông dân", "nông sản",
                                    "tiêu thụ nông sản", "chuỗi giá trị", "hợp tác xã", "kinh tế tập thể",
                                    "vật tư nông nghiệp", "phân bón", "thuốc bảo vệ thực vật", "cà phê", "tái canh",
                                    "sầu riêng", "hồ tiêu", "chế biến sâu", "thương hiệu", "công nghiệp",
                                    "khu công nghiệp", "năng lượng tái tạo", "du lịch", "kết cấu hạ tầng", "giao thông",
                                    "giao thông nông thôn", "đường", "cao tốc", "quốc lộ", "sân bay", "điện", "thủy lợi",
                                    "cấp, thoát nước", "chuyển đổi số", "kinh tế số", "hạ tầng số", "viễn thông",
                                    "thương mại điện tử", "doanh nghiệp", "khởi nghiệp", "thu hút đầu tư",
                                ],
                                text: "Tiếp tục cơ cấu lại ngành nông nghiệp theo hướng nâng cao giá trị gia tăng và phát triển bền vững, phát triển nông nghiệp ứng dụng công nghệ cao; đẩy mạnh chuyển đổi số trong các ngành, lĩnh vực."),
                            OutlineSection(
                                id: "2.III.2",
                                title: "Phát triển văn hóa, xã hội; nâng cao chất lượng giáo dục, y tế và đời sống Nhân dân",
                                keywords: [
                                    "giáo dục", "đào tạo", "đào tạo nghề", "trường học", "mầm non", "giáo viên",
                                    "học sinh", "y tế", "y tế cơ sở", "trạm y tế", "bệnh viện", "bác sĩ",
                                    "bảo hiểm y tế", "chăm sóc sức khỏe", "phòng, chống dịch bệnh", "an toàn thực phẩm",
                                    "văn hóa", "bản sắc văn hóa", "di sản", "lễ hội", "cồng chiêng", "thể dục, thể thao",
                                    "giảm nghèo bền vững", "hộ nghèo", "an sinh xã hội", "người có công",
                                    "người cao tuổi", "trẻ em", "thanh niên", "thanh thiếu niên", "việc làm",
                                    "đồng bào dân tộc thiểu số", "dân tộc", "tôn giáo", "đất sản xuất", "nước sinh hoạt",
                                    "nước sạch", "nhà ở xã hội",
                                ]),
                            OutlineSection(
                                id: "2.III.3",
                                title: "Quản lý chặt chẽ tài nguyên, bảo vệ môi trường, bảo vệ và phát triển rừng",
                                keywords: [
                                    "rừng", "phá rừng", "bảo vệ rừng", "trồng rừng", "che phủ rừng",
                                    "lấn chiếm đất rừng", "kiểm lâm", "đất đai", "quản lý đất đai", "quyền sử dụng đất",
                                    "thu hồi đất", "giải phóng mặt bằng", "khoáng sản", "tài nguyên nước", "môi trường",
                                    "ô nhiễm", "rác thải", "nước thải", "biến đổi khí hậu", "hạn hán",
                                ],
                                text: "Quản lý, bảo vệ chặt chẽ diện tích rừng hiện có; kiên quyết xử lý các hành vi phá rừng, lấn chiếm đất rừng trái phép; đẩy mạnh trồng rừng, phục hồi rừng."),
                            OutlineSection(
                                id: "2.III.4",
                                title: "Củng cố quốc phòng, giữ vững an ninh chính trị, trật tự, an toàn xã hội; mở rộng đối ngoại",
                                keywords: [
                                    "quốc phòng", "an ninh", "an ninh nông thôn", "trật tự, an toàn xã hội", "công an",
                                    "quân đội", "dân quân tự vệ", "tội phạm", "ma túy", "tệ nạn xã hội", "tín dụng đen",
                                    "tai nạn giao thông", "an ninh mạng", "biên giới", "đối ngoại",
                                ]),
                            OutlineSection(
                                id: "2.III.5",
                                title: "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; đẩy mạnh cải cách hành chính, phòng, chống tham nhũng",
                                keywords: [
                                    "xây dựng Đảng", "chỉnh đốn Đảng", "chi bộ", "đảng viên", "phát triển đảng viên",
                                    "cán bộ", "công tác cán bộ", "đội ngũ cán bộ", "người đứng đầu",
                                    "kiểm tra, giám sát", "kỷ luật", "tham nhũng", "tiêu cực", "lãng phí",
                                    "chính quyền", "cải cách hành chính", "thủ tục hành chính",
                                    "dịch vụ công trực tuyến", "khiếu nại, tố cáo", "chỉ số PCI", "tinh giản biên chế",
                                    "dân vận", "Mặt trận Tổ quốc", "đoàn thể", "dân chủ ở cơ sở",
                                ],
                                text: "Tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị; nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng và đảng viên; đẩy mạnh cải cách hành chính, kiên quyết phòng, chống tham nhũng, lãng phí."),
                        ]),
                ]),
        ])
}
