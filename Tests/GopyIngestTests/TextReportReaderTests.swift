import Foundation
import GopyIngest
import GopyModel
import Testing

/// Reads `text` with ``TextReportReader``, cut into chunks of `chunkSize` bytes.
private func parse(_ text: String, chunkSize: Int = 1 << 16) throws -> ParsedFile {
    var stream = MemoryUTF8ChunkStream(text, chunkSize: chunkSize)
    return try TextReportReader.read(&stream)
}

/// The fixture `Fixtures/text/<name>.txt` as text.
private func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/text"))
    return try String(contentsOf: url, encoding: .utf8)
}

/// A comment as the tests spell it out: line, headings, text.
fileprivate struct Expected: Equatable, CustomStringConvertible {
    var line: Int
    var headings: [String]
    var text: String

    init(_ line: Int, _ headings: [String], _ text: String) {
        self.line = line
        self.headings = headings
        self.text = text
    }

    init(_ comment: RawComment) {
        self.init(comment.locator.line, comment.headings, comment.text)
    }

    var description: String { "\(line) \(headings) \(text)" }
}

private func expected(_ parsed: ParsedFile) -> [Expected] { parsed.comments.map(Expected.init) }

@Suite("TextReportReader: a district committee's report")
struct TextReportDistrictTests {
    static let general = ["Ý KIẾN CHUNG"]
    static let specific = ["Ý KIẾN CỤ THỂ"]
    static let partOne = specific + ["Về Phần thứ nhất, mục I.1"]
    static let partTwo = specific + ["Về Phần thứ hai, mục II"]

    /// Everything a reader of the fixture relies on, in file order.
    fileprivate static let comments = [
        Expected(14, general, "Nhất trí cao với bố cục và nội dung của dự thảo."),
        Expected(
            17, partOne,
            "Đề nghị bổ sung đánh giá về kết quả tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới."),
        Expected(19, partOne, "Tại mục I.2: làm rõ nguyên nhân của hạn chế trong thu hút đầu tư."),
        Expected(22, partTwo + ["Về công tác xây dựng Đảng"], "Cần nhấn mạnh công tác kiểm tra, giám sát."),
        Expected(23, partTwo + ["Về công tác xây dựng Đảng"], "Bổ sung giải pháp về chuyển đổi số trong công tác tham mưu."),
        Expected(
            27, partTwo + ["Về phát triển kinh tế", "Về các chỉ tiêu chủ yếu"],
            "Đề nghị rà soát lại các chỉ tiêu phát triển kinh tế - xã hội cho phù hợp với thực tiễn của tỉnh."),
        Expected(29, specific, "Đề nghị thống nhất cách viết các chữ số trong toàn văn bản."),
    ]

    @Test func readsTheHeadingOfTheReport() throws {
        let parsed = try parse(fixture("district-report"))
        #expect(parsed.metadata.sourceHint == "HUYỆN ỦY KRÔNG PẮC")
        #expect(parsed.metadata.received == "ngày 15 tháng 3 năm 2020")
        #expect(
            parsed.metadata.title
                == "BÁO CÁO Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"
        )
        #expect(parsed.metadata.draft == nil)
        #expect(parsed.metadata.round == nil)
        #expect(parsed.problems.isEmpty)
    }

    @Test func everyItemAndParagraphIsOneCommentUnderItsHeadings() throws {
        let parsed = try parse(fixture("district-report"))
        #expect(expected(parsed) == Self.comments)
        #expect(parsed.comments.allSatisfy { $0.sectionReference == nil && $0.externalID == nil })
    }

    @Test func introductionAndFooterHoldNoComments() throws {
        let parsed = try parse(fixture("district-report"))
        let texts = parsed.comments.map(\.text).joined(separator: "\n")
        #expect(!texts.contains("Thực hiện Công văn"))
        #expect(!texts.contains("Ban Thường vụ Tỉnh ủy,"))
        #expect(!texts.contains("Lưu VP"))
        #expect(!texts.contains("Nguyễn Văn A"))
        #expect(parsed.comments.allSatisfy { $0.locator.line < 30 && $0.locator.line > 12 })
    }

    @Test func crlfAndLoneCRGiveTheSameResult() throws {
        let text = try fixture("district-report")
        let plain = try parse(text)
        let crlf = try parse(text.replacingOccurrences(of: "\n", with: "\r\n"))
        let cr = try parse(text.replacingOccurrences(of: "\n", with: "\r"))
        #expect(crlf == plain)
        #expect(cr == plain)
    }

    @Test(arguments: [1, 2, 3, 7])
    func tinyChunksGiveTheSameResult(chunkSize: Int) throws {
        let text = try fixture("district-report")
        let whole = try parse(text)
        #expect(try parse(text, chunkSize: chunkSize) == whole)
        // A CRLF cut between two chunks is still one line break.
        #expect(try parse(text.replacingOccurrences(of: "\n", with: "\r\n"), chunkSize: chunkSize) == whole)
    }

    @Test func nfdTextParsesTheSame() throws {
        let text = try fixture("district-report")
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(nfd.utf8.count > text.utf8.count + 100)  // really decomposed
        let parsed = try parse(nfd, chunkSize: 5)
        #expect(parsed == (try parse(text)))  // String equality is canonical: the structure must match
        #expect(expected(parsed).map(\.line) == Self.comments.map(\.line))
        #expect(parsed.metadata.sourceHint?.utf8.count == "HUYỆN ỦY KRÔNG PẮC".decomposedStringWithCanonicalMapping.utf8.count)
    }
}

@Suite("TextReportReader: header block")
struct TextReportHeaderTests {
    static let file = """
        Đơn vị: Huyện ủy Krông Pắc
        DỰ THẢO: bcct-xvii
        lan: lần thứ II
        Ngày:   28/3/2020
        Người gửi: Văn phòng Huyện ủy

        - Đề nghị bổ sung nội dung về chuyển đổi số.
        - Cần làm rõ trách nhiệm người đứng đầu
          trong công tác cán bộ.

        Tôi đề nghị viết gọn phần đánh giá
        kết quả.
        """

    @Test func headerBlockFillsTheMetadata() throws {
        let parsed = try parse(Self.file)
        #expect(
            parsed.metadata
                == FileMetadata(draft: "bcct-xvii", round: 2, sourceHint: "Huyện ủy Krông Pắc", received: "28/3/2020"))
        #expect(parsed.problems.isEmpty)
    }

    @Test func bodyAfterTheHeaderBlockIsComments() throws {
        let parsed = try parse(Self.file)
        #expect(
            expected(parsed) == [
                Expected(7, [], "Đề nghị bổ sung nội dung về chuyển đổi số."),
                Expected(8, [], "Cần làm rõ trách nhiệm người đứng đầu trong công tác cán bộ."),
                Expected(11, [], "Tôi đề nghị viết gọn phần đánh giá kết quả."),
            ])
    }

    @Test(arguments: [
        ("2", 2), ("lần 2", 2), ("Lần thứ 3", 3), ("II", 2), ("lần thứ IV", 4), ("Lần thứ hai", 2), ("lan thu nhat", 1),
    ])
    func roundIsReadInTheWaysPeopleWriteIt(value: String, round: Int) throws {
        let parsed = try parse("Lần: \(value)\n\n- Đề nghị sửa.\n")
        #expect(parsed.metadata.round == round)
    }

    @Test func roundThatIsNotANumberLeavesAWarning() throws {
        let parsed = try parse("Đơn vị: Sở Tư pháp\nLần: cuối cùng\n\n- Đề nghị sửa.\n")
        #expect(parsed.metadata.round == nil)
        #expect(parsed.metadata.sourceHint == "Sở Tư pháp")
        #expect(parsed.problems.count == 1)
        #expect(parsed.problems.first?.line == 2)
        #expect(parsed.problems.first?.isWarning == true)
        #expect(parsed.comments.map(\.text) == ["Đề nghị sửa."])
    }

    @Test func keyValueLinesWithoutAKnownKeyAreComments() throws {
        let parsed = try parse("Ý kiến: Tôi nhất trí với dự thảo.\n\nĐề nghị bổ sung phần kết luận.\n")
        #expect(parsed.metadata == FileMetadata())
        #expect(
            expected(parsed) == [
                Expected(1, [], "Ý kiến: Tôi nhất trí với dự thảo."),
                Expected(3, [], "Đề nghị bổ sung phần kết luận."),
            ])
    }
}

@Suite("TextReportReader: numbered lines, heading or item")
struct TextReportNumberedTests {
    @Test func numberedLineWithItemsUnderItIsAHeading() throws {
        let parsed = try parse(
            """
            1. Đề nghị sửa một số điểm sau đây.
            - Bỏ cụm từ "cơ bản".
            - Thay "phấn đấu" bằng "bảo đảm".
            """)
        #expect(
            expected(parsed) == [
                Expected(2, ["Đề nghị sửa một số điểm sau đây."], "Bỏ cụm từ \"cơ bản\"."),
                Expected(3, ["Đề nghị sửa một số điểm sau đây."], "Thay \"phấn đấu\" bằng \"bảo đảm\"."),
            ])
    }

    @Test func numberedLinesWithNothingUnderThemAreItems() throws {
        let parsed = try parse(
            """
            II. Ý KIẾN CỤ THỂ
            1. Về Phần thứ nhất
            - Đề nghị bổ sung số liệu năm 2019.
            2. Đề nghị đánh giá sát hơn kết quả giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số;
            3. Bổ sung giải pháp về nguồn nhân lực
            4. Cần làm rõ nguyên nhân chủ quan của hạn chế
               trong thu hút đầu tư.
            """)
        #expect(
            expected(parsed) == [
                Expected(3, ["Ý KIẾN CỤ THỂ", "Về Phần thứ nhất"], "Đề nghị bổ sung số liệu năm 2019."),
                Expected(
                    4, ["Ý KIẾN CỤ THỂ"],
                    "Đề nghị đánh giá sát hơn kết quả giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số;"),
                Expected(5, ["Ý KIẾN CỤ THỂ"], "Bổ sung giải pháp về nguồn nhân lực"),
                Expected(6, ["Ý KIẾN CỤ THỂ"], "Cần làm rõ nguyên nhân chủ quan của hạn chế trong thu hút đầu tư."),
            ])
    }

    @Test func shortNumberedLineOverAParagraphIsAHeading() throws {
        let parsed = try parse(
            """
            a) Về công tác cán bộ
            Đề nghị bổ sung nội dung về kiểm soát quyền lực.

            b) Về quốc phòng, an ninh
            Cần nhấn mạnh an ninh mạng.
            """)
        #expect(
            expected(parsed) == [
                Expected(2, ["Về công tác cán bộ"], "Đề nghị bổ sung nội dung về kiểm soát quyền lực."),
                Expected(5, ["Về quốc phòng, an ninh"], "Cần nhấn mạnh an ninh mạng."),
            ])
    }

    @Test func sentenceNumberedLineOverAParagraphIsAnItem() throws {
        let parsed = try parse(
            """
            1. Đề nghị bổ sung đánh giá về công tác dân vận.

            Ngoài ra, cần sửa lỗi chính tả ở trang 12.
            2. Đề nghị rút gọn phần mở đầu.
            Phần này hiện quá dài.
            """)
        #expect(
            expected(parsed) == [
                Expected(1, [], "Đề nghị bổ sung đánh giá về công tác dân vận."),
                Expected(3, [], "Ngoài ra, cần sửa lỗi chính tả ở trang 12."),
                Expected(4, [], "Đề nghị rút gọn phần mở đầu. Phần này hiện quá dài."),
            ])
    }

    @Test func linesInCapitalsNestUnderRomanHeadingsWhenTheyFirstComeUnderOne() throws {
        let underRoman = try parse(
            """
            II. Ý KIẾN CỤ THỂ
            PHẦN THỨ NHẤT
            1. Về kinh tế
            - Ý kiến một.
            PHẦN THỨ HAI
            - Ý kiến hai.
            """)
        #expect(
            expected(underRoman) == [
                Expected(4, ["Ý KIẾN CỤ THỂ", "PHẦN THỨ NHẤT", "Về kinh tế"], "Ý kiến một."),
                Expected(6, ["Ý KIẾN CỤ THỂ", "PHẦN THỨ HAI"], "Ý kiến hai."),
            ])
        let outermost = try parse(
            """
            PHẦN THỨ NHẤT
            I. Về kinh tế
            - Ý kiến một.
            PHẦN THỨ HAI
            - Ý kiến hai.
            """)
        #expect(
            expected(outermost) == [
                Expected(3, ["PHẦN THỨ NHẤT", "Về kinh tế"], "Ý kiến một."),
                Expected(5, ["PHẦN THỨ HAI"], "Ý kiến hai."),
            ])
    }

    @Test func aHeadingClosesTheHeadingsOfItsLevelAndBelow() throws {
        let parsed = try parse(
            """
            I. PHẦN THỨ NHẤT
            1. Về kinh tế
            a) Nông nghiệp
            - Ý kiến một.
            II. PHẦN THỨ HAI
            - Ý kiến hai.
            1. Về xã hội
            - Ý kiến ba.
            """)
        #expect(
            expected(parsed) == [
                Expected(4, ["PHẦN THỨ NHẤT", "Về kinh tế", "Nông nghiệp"], "Ý kiến một."),
                Expected(6, ["PHẦN THỨ HAI"], "Ý kiến hai."),
                Expected(8, ["PHẦN THỨ HAI", "Về xã hội"], "Ý kiến ba."),
            ])
    }
}

@Suite("TextReportReader: other layouts")
struct TextReportLayoutTests {
    @Test func plainBodyIsOneCommentPerItemOrParagraph() throws {
        let parsed = try parse(
            """

            Tôi nhất trí với dự thảo.

            - Đề nghị bổ sung nội dung về môi trường.
            –Cần làm rõ lộ trình chuyển đổi số.
            """)
        #expect(parsed.metadata == FileMetadata())
        #expect(
            expected(parsed) == [
                Expected(2, [], "Tôi nhất trí với dự thảo."),
                Expected(4, [], "Đề nghị bổ sung nội dung về môi trường."),
                Expected(5, [], "Cần làm rõ lộ trình chuyển đổi số."),
            ])
    }

    /// A campaign letter copied into a report ends an item with "Trân trọng cảm ơn.": the
    /// items after it are comments still, and the real footer still holds none.
    @Test func aClosingFormulaFollowedByItemsDoesNotEndTheBody() throws {
        let parsed = try parse(
            """
            - Đề nghị đầu tư tuyến cao tốc, tạo động lực phát triển cho cả vùng.
              Trân trọng cảm ơn.
            - Cần làm rõ lộ trình chuyển đổi số.

            Trân trọng.
            Nơi nhận:
            - Như trên;
            """)
        #expect(
            expected(parsed) == [
                Expected(1, [], "Đề nghị đầu tư tuyến cao tốc, tạo động lực phát triển cho cả vùng."),
                Expected(3, [], "Cần làm rõ lộ trình chuyển đổi số."),
            ])
    }

    @Test func capitalsAtTheTopWithoutAReportLayoutAreNotAnOrganisation() throws {
        let parsed = try parse("TÔI HOÀN TOÀN NHẤT TRÍ VỚI DỰ THẢO.\n")
        #expect(parsed.metadata.sourceHint == nil)
        #expect(parsed.comments.map(\.text) == ["TÔI HOÀN TOÀN NHẤT TRÍ VỚI DỰ THẢO."])
    }

    @Test func bulletEndingWithAColonHeadsTheItemsUnderIt() throws {
        let parsed = try parse(
            """
            - Tại mục I.2, đề nghị:
              + bổ sung chỉ tiêu về thu nhập;
              + sửa "tăng trưởng nhanh" thành "tăng trưởng nhanh và bền vững".
            - Đề nghị bỏ đoạn cuối trang 5.
            """)
        #expect(
            expected(parsed) == [
                Expected(2, ["Tại mục I.2, đề nghị:"], "bổ sung chỉ tiêu về thu nhập;"),
                Expected(
                    3, ["Tại mục I.2, đề nghị:"], "sửa \"tăng trưởng nhanh\" thành \"tăng trưởng nhanh và bền vững\"."),
                Expected(4, [], "Đề nghị bỏ đoạn cuối trang 5."),
            ])
    }

    @Test func aDashThatBreaksARangeContinuesTheItemButNestedDashesAreItems() throws {
        let parsed = try parse(
            """
            - Cần đánh giá tổng quát nhiệm kỳ 2020
              - 2025, vì đây là cơ sở xác định mục tiêu.
            - Đề nghị bổ sung giải pháp:
              - rà soát quy hoạch;
              - Cần thêm nguồn lực.
            - Đề nghị rút gọn phần mở đầu.
            """)
        #expect(
            expected(parsed) == [
                Expected(1, [], "Cần đánh giá tổng quát nhiệm kỳ 2020 - 2025, vì đây là cơ sở xác định mục tiêu."),
                Expected(4, ["Đề nghị bổ sung giải pháp:"], "rà soát quy hoạch;"),
                Expected(5, ["Đề nghị bổ sung giải pháp:"], "Cần thêm nguồn lực."),
                Expected(6, [], "Đề nghị rút gọn phần mở đầu."),
            ])
    }

    @Test func reportWithOnlyParagraphsKeepsThemButNotTheIntroduction() throws {
        let parsed = try parse(
            """
            SỞ TƯ PHÁP
            Số: 12/STP-VP

            Ý KIẾN GÓP Ý
            vào dự thảo Báo cáo chính trị

            Kính gửi: Ban Tuyên giáo Tỉnh ủy

            Thực hiện Công văn số 45-CV/TU, Sở Tư pháp có ý kiến như sau:

            Đề nghị bổ sung nội dung về xây dựng pháp luật.

            Trên đây là ý kiến góp ý của Sở Tư pháp.
            GIÁM ĐỐC
            Trần Thị B
            """)
        #expect(parsed.metadata.sourceHint == "SỞ TƯ PHÁP")
        #expect(parsed.metadata.title == "Ý KIẾN GÓP Ý vào dự thảo Báo cáo chính trị")
        #expect(expected(parsed) == [Expected(11, [], "Đề nghị bổ sung nội dung về xây dựng pháp luật.")])
    }

    @Test(arguments: [
        "Nơi nhận:", "NƠI NHẬN:", "Nơi nhận:          T/M BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ", "TM. BAN CHẤP HÀNH",
        "K/T BÍ THƯ", "KT. CHỦ TỊCH", "TL. BAN THƯỜNG VỤ", "T/L GIÁM ĐỐC", "Người tổng hợp", "PHÓ BÍ THƯ",
        "Trên đây là ý kiến góp ý của Đảng ủy xã.", "(Đã ký)",
    ])
    func footerHoldsNoComments(footer: String) throws {
        for form in [footer, footer.decomposedStringWithCanonicalMapping] {
            let parsed = try parse("- Ý kiến một.\n\(form)\n- Ban Thường vụ Tỉnh ủy;\nNguyễn Văn A\n")
            #expect(parsed.comments.map(\.text) == ["Ý kiến một."])
        }
    }

    @Test func wordsThatFoldLikeAFooterInsideACommentAreNotOne() throws {
        let parsed = try parse(
            """
            - Cần chú trọng cải cách thủ tục ở
            nơi nhận hồ sơ một cửa.
            - Tăng cường kiểm tra, giám sát.
            """)
        #expect(
            expected(parsed) == [
                Expected(1, [], "Cần chú trọng cải cách thủ tục ở nơi nhận hồ sơ một cửa."),
                Expected(3, [], "Tăng cường kiểm tra, giám sát."),
            ])
    }

    @Test func reportWhoseHeadingLostItsCapitalsIsStillAReport() throws {
        // Headings typed in a capitals font of a legacy encoding decode to lower case.
        let parsed = try parse(
            """
            đảng bộ tỉnh đắk lắk          đảng cộng sản việt nam
            huyện ủy krông pắc
            Số: 125-BC/HU

            báo cáo
            tổng hợp ý kiến góp ý

            Thực hiện Công văn số 45-CV/TU, kết quả như sau:
            i. ý kiến chung
            - Nhất trí.
            ii. ý kiến cụ thể
            - Đề nghị bổ sung.
            """)
        #expect(parsed.metadata.sourceHint == "huyện ủy krông pắc")
        #expect(parsed.metadata.title == "báo cáo tổng hợp ý kiến góp ý")
        #expect(
            expected(parsed) == [
                Expected(10, ["ý kiến chung"], "Nhất trí."),
                Expected(12, ["ý kiến cụ thể"], "Đề nghị bổ sung."),
            ])
    }

    @Test func titleEndsAtARuleUnderItAndANumberMayBeLeftBlank() throws {
        let parsed = try parse(
            """
            BAN TUYÊN GIÁO HUYỆN ỦY                ĐẢNG CỘNG SẢN VIỆT NAM
            Số:     /BC-BTG
                                 BÁO CÁO
                  ý kiến góp ý vào dự thảo Báo cáo chính trị
                               -----
            Ban Tuyên giáo Huyện ủy tổng hợp như sau:
            - Đề nghị bổ sung nội dung về công tác tuyên truyền.
            """)
        #expect(parsed.metadata.sourceHint == "BAN TUYÊN GIÁO HUYỆN ỦY")
        #expect(parsed.metadata.title == "BÁO CÁO ý kiến góp ý vào dự thảo Báo cáo chính trị")
        #expect(expected(parsed) == [Expected(7, [], "Đề nghị bổ sung nội dung về công tác tuyên truyền.")])
    }

    @Test func nothingToReadGivesNoComments() throws {
        for text in ["", "\n\n  \r\n", "BÁO CÁO\n\nNơi nhận:\n- Lưu VP.\n", "ĐẢNG CỘNG SẢN VIỆT NAM\n   *   \n"] {
            let parsed = try parse(text)
            #expect(parsed.comments.isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func lineNumbersCountBlankLinesAndTheLastLineWithoutABreak() throws {
        let parsed = try parse("\n\n\n- Một.\n\n\n- Hai.")
        #expect(parsed.comments.map(\.locator) == [Locator(line: 4), Locator(line: 7)])
    }

    @Test func aNULByteRejectsTheFile() throws {
        var stream = MemoryUTF8ChunkStream(bytes: Array("- Một.\n- Hai\u{0}.\n".utf8), chunkSize: 4)
        #expect(throws: FileProblem(line: 2, reason: "line 2 holds a NUL byte: this is not a plain-text file")) {
            try TextReportReader.read(&stream)
        }
    }

    @Test func aFailingStreamRejectsTheFile() throws {
        struct Broken: UTF8ChunkStream {
            struct Failure: Error {}
            var sent = false
            mutating func nextChunk() throws -> [UInt8]? {
                if sent { throw Failure() }
                sent = true
                return Array("- Một.\n".utf8)
            }
        }
        var stream = Broken()
        let problem = #expect(throws: FileProblem.self) { try TextReportReader.read(&stream) }
        #expect(problem?.line == 2)
    }
}
