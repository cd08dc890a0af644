import GopyModel
import GopyReport
import GopySynthesis
import Testing

@Suite struct HTMLReportTests {
    let synthesis = ReportFixture.synthesis
    let files = HTMLReport.files(for: ReportFixture.synthesis, commentSources: ReportFixture.commentSources)

    func page(_ path: String) throws -> (raw: String, root: MarkupNode) {
        let bytes = try #require(files.first { $0.path == path }?.bytes, "no page \(path)")
        let root = try #require(LibXML2.parseHTML(bytes), "libxml2 cannot read \(path)")
        return (String(decoding: bytes, as: UTF8.self), root)
    }

    @Test func writesTheOverviewAPagePerSectionAndTheUnassignedPart() {
        let expected = ["index.html"] + synthesis.sections.map { "sections/\($0.id!).html" } + ["toan-bo-du-thao.html", "chua-xac-dinh.html"]
        #expect(files.map(\.path) == expected)
    }

    @Test func everyPageIsWellFormedVietnameseUTF8() throws {
        for file in files {
            // Written as polyglot markup: the strict XML parser accepts it too, so every
            // element is closed and every character escaped.
            if case .failure(let problem) = LibXML2.parseXML(file.bytes) {
                Issue.record("\(file.path) is not well-formed: \(problem)")
            }
            let (raw, root) = try page(file.path)
            #expect(raw.hasPrefix("<!DOCTYPE html>"))
            #expect(root.name == "html" && root.attributes["lang"] == "vi", "\(file.path)")
            let metas = root.elements("meta")
            #expect(metas.contains { $0.attributes["charset"]?.lowercased() == "utf-8" }, "\(file.path)")
            #expect(!root.elements("title").isEmpty)
        }
    }

    @Test func pagesReferToNothingOutsideTheFolder() throws {
        let paths = Set(files.map(\.path))
        for file in files {
            let (raw, root) = try page(file.path)
            for forbidden in ["http:", "https:", "<script", "<link", "@import", "url(", "<img", "<iframe", "<object", "<embed", "@font-face"] {
                #expect(!raw.lowercased().contains(forbidden), "\(file.path) holds \(forbidden)")
            }
            let folder = file.path.contains("/") ? String(file.path[..<file.path.lastIndex(of: "/")!]) + "/" : ""
            root.walk { node, _ in
                for name in ["src", "href", "xlink:href", "action", "data", "poster", "srcset"] {
                    guard let value = node.attributes[name] else { continue }
                    #expect(!value.hasPrefix("//") && !value.contains(":"), "\(file.path): \(name)=\(value)")
                    // Every link leads to another page of the report (or a place on this one).
                    let target = value.split(separator: "#", omittingEmptySubsequences: false)[0]
                    if target.isEmpty { continue }
                    #expect(paths.contains(resolve(folder + target)), "\(file.path): broken link \(value)")
                }
            }
        }
    }

    func resolve(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    @Test func theOverviewChartShowsCommentsPerSectionByKind() throws {
        let (_, root) = try page("index.html")
        let svg = try #require(root.elements("svg").first)
        #expect(svg.attributes["role"] == "img")
        #expect(svg.elements("title").first?.text == "Số ý kiến theo phần, mục và theo nguồn")
        #expect(svg.elements("desc").first?.text.contains("Tổng số 16 ý kiến") == true)

        let rows = svg.elements("g").filter { $0.hasClass("row") }
        let expected = synthesis.sections.map { ($0.id!, $0) } + [("toan-bo-du-thao", synthesis.wholeDocument), ("chua-xac-dinh", synthesis.unassigned)]
        #expect(rows.map { $0.attributes["data-section"] ?? "" } == expected.map(\.0))

        var pixelsPerComment: Double?
        for (row, (_, section)) in zip(rows, expected) {
            #expect(row.attributes["data-total"] == String(section.commentCount))
            let label = row.elements("text").first { $0.hasClass("label") }
            let heading = section.id.map { "\($0). \(section.title)" } ?? section.title
            #expect(label?.elements("title").first?.text == heading)
            var drawn: [SourceKind: Int] = [:]
            for rect in row.elements("rect") {
                let kind = try #require(rect.attributes["data-kind"].flatMap(SourceKind.init(rawValue:)))
                let count = try #require(rect.attributes["data-count"].flatMap { Int($0) })
                drawn[kind] = count
                // Bars are drawn to scale: the same width per comment everywhere.
                let width = try #require(rect.attributes["width"].flatMap { Double($0) })
                let scale = pixelsPerComment ?? width / Double(count)
                pixelsPerComment = scale
                #expect(abs(width - scale * Double(count)) < 0.25, "\(row.attributes["data-section"]!): \(width) px for \(count)")
                #expect(rect.elements("title").first?.text.contains("\(kind.vietnameseLabel): \(count) ý kiến") == true)
            }
            #expect(drawn == section.byKind.filter { $0.value > 0 })
        }
        #expect(rows.first { $0.attributes["data-section"] == "1.I.1" }?.elements("rect").count == 3)

        // A legend entry for each kind that occurs, and titled axes.
        let legend = try #require(svg.elements("g").first { $0.hasClass("legend") })
        let kinds = Set(ReportFixture.comments.map(\.source.kind))
        #expect(Set(legend.elements("g").compactMap { $0.attributes["data-kind"] }) == Set(kinds.map(\.rawValue)))
        let axisTitles = svg.elements("text").filter { $0.hasClass("axis-title") }.map(\.text)
        #expect(axisTitles.contains("Số ý kiến") && axisTitles.contains("Phần, mục"))
    }

    @Test func everySectionTitleAndPointTextAppears() throws {
        let (_, index) = try page("index.html")
        let overview = ReportFixture.squeeze(index.text)
        for section in synthesis.sections {
            #expect(overview.contains(section.title), "overview lacks \(section.title)")
            let (_, root) = try page("sections/\(section.id!).html")
            let text = ReportFixture.squeeze(root.text)
            #expect(root.elements("h1").first?.text == "\(section.id!). \(section.title)")
            for point in section.points {
                #expect(text.contains(point.text), "\(section.id!) lacks \(point.text)")
                for variant in point.variants { #expect(text.contains(variant)) }
            }
        }
        let (_, document) = try page("toan-bo-du-thao.html")
        #expect(ReportFixture.squeeze(document.text).contains(ReportFixture.whole))
        #expect(ReportFixture.squeeze(document.text).contains("Có 1 ý kiến nhất trí chung với dự thảo"))
        let (_, unassigned) = try page("chua-xac-dinh.html")
        #expect(ReportFixture.squeeze(unassigned.text).contains(ReportFixture.unplaced))
        #expect(!ReportFixture.squeeze(unassigned.text).contains(ReportFixture.whole))
    }

    @Test func textIsEscapedAndReadsBackUnchanged() throws {
        let (raw, root) = try page("sections/1.I.1.html")
        #expect(!raw.contains("<b>mạnh mẽ</b>"))
        #expect(raw.contains("&lt;b&gt;mạnh mẽ&lt;/b&gt;") && raw.contains("&quot;phát triển nhanh &amp; bền vững&quot;"))
        let quotes = root.elements("blockquote").map { ReportFixture.squeeze($0.text) }
        #expect(quotes.contains(ReportFixture.markup))
        let (_, index) = try page("index.html")
        #expect(ReportFixture.squeeze(index.text).contains("<2025–2030> & giải pháp"))
    }

    @Test func aPointShowsItsCountsSourcesVariantsAndComments() throws {
        let (_, root) = try page("sections/1.I.1.html")
        let points = root.elements("li").filter { $0.hasClass("point") }
        #expect(points.count == 2)
        // Two organisations outweigh one: the shared point comes first.
        let first = points[0]
        #expect(ReportFixture.squeeze(first.elements("blockquote")[0].text) == ReportFixture.growth)
        let facts = Dictionary(uniqueKeysWithValues: first.elements("div").compactMap { div -> (String, String)? in
            guard let dt = div.elements("dt").first, let dd = div.elements("dd").first else { return nil }
            return (dt.text, dd.text)
        })
        #expect(facts == ["Số lượt góp ý": "3", "Cơ quan, đơn vị": "2", "Người dân": "1"])
        let text = ReportFixture.squeeze(first.text)
        #expect(text.contains("Huyện ủy, thị ủy, thành ủy: Huyện ủy Krông Pắc (1), Thị ủy Buôn Hồ (1)"))
        #expect(text.contains("Nhân dân: Cổng thông tin điện tử tỉnh (1)"))
        #expect(text.contains("Cách diễn đạt khác: " + ReportFixture.growthVariant))
        #expect(text.contains("Huyện ủy, thị ủy, thành ủy: C-01, C-02"))
        #expect(text.contains("Nhân dân: C-03"))
        #expect(!text.contains("Nguyễn Văn An"))

        let page = ReportFixture.squeeze(root.text)
        #expect(page.contains("Có 2 ý kiến nhất trí chung với nội dung phần này."))
    }

    @Test func withoutCommentSourcesAMixedPointListsItsCommentsTogether() throws {
        let bytes = try #require(HTMLReport.files(for: synthesis).first { $0.path == "sections/1.I.1.html" }?.bytes)
        let root = try #require(LibXML2.parseHTML(bytes))
        let first = root.elements("li").filter { $0.hasClass("point") }[0]
        #expect(ReportFixture.squeeze(first.text).contains("Nhiều nguồn: C-01, C-02, C-03"))
    }

    @Test func aCampaignIsOneItemWithItsSize() throws {
        let (_, root) = try page("sections/1.II.html")
        let points = root.elements("li").filter { $0.hasClass("point") }
        #expect(points.count == 2)
        let campaign = try #require(points.first { $0.hasClass("campaign") })
        let text = ReportFixture.squeeze(campaign.text)
        #expect(text.contains("Ý kiến gửi theo mẫu chung: 5 ý kiến của 5 người gửi khác nhau."))
        #expect(text.contains("2 ý kiến có thêm nội dung riêng; thường gặp nhất: Xin cảm ơn (2)"))
        #expect(text.contains(ReportFixture.campaignID))
        #expect(text.contains("Nhân dân: C-10, C-11, C-12, C-13, C-14"))
    }

    @Test func theNavigationNestsTheOutlineOnEveryPage() throws {
        for file in files {
            let (_, root) = try page(file.path)
            let nav = try #require(root.elements("nav").first { $0.hasClass("outline") })
            // The link to 1.I.1 sits in a list item nested inside the item of 1.I, itself
            // inside the item of 1.
            var chain: [String] = []
            nav.walk { node, trail in
                guard node.name == "a", node.attributes["href"]?.hasSuffix("1.I.1.html") == true else { return }
                chain = trail.filter { $0.name == "li" }.compactMap { li in
                    li.children.first { $0.name == "a" }?.attributes["href"]
                }
            }
            let prefix = file.path.hasPrefix("sections/") ? "" : "sections/"
            #expect(chain == [prefix + "1.html", prefix + "1.I.html", prefix + "1.I.1.html"], "\(file.path)")
            let current = nav.elements("a").filter { $0.attributes["aria-current"] == "page" }
            #expect(current.count == 1, "\(file.path)")
        }
    }

    @Test func anEmptySectionSaysSo() throws {
        let (_, root) = try page("sections/2.I.html")
        #expect(ReportFixture.squeeze(root.text).contains("Chưa có ý kiến góp ý vào phần, mục này."))
        #expect(root.elements("li").filter { $0.hasClass("point") }.isEmpty)
        let (_, parent) = try page("sections/1.I.html")
        #expect(ReportFixture.squeeze(parent.text).contains("Chưa có ý kiến góp ý chung cho cả phần, mục này (xem các mục con)."))
    }

    @Test func aLargePointListsTheFirstIdsAndCountsTheRest() throws {
        var s = synthesis
        let ids = (1...250).map { "C-\(1000 + $0)" }
        s.unassigned.points[0].comments = ids
        let bytes = try #require(HTMLReport.files(for: s).first { $0.path == "chua-xac-dinh.html" }?.bytes)
        let root = try #require(LibXML2.parseHTML(bytes))
        #expect(root.elements("code").filter { $0.text.hasPrefix("C-1") }.count == 200)
        #expect(ReportFixture.squeeze(root.text).contains("và 50 ý kiến khác"))
    }

    @Test func outputIsDeterministic() {
        let again = HTMLReport.files(for: ReportFixture.synthesis, commentSources: ReportFixture.commentSources)
        #expect(again.map(\.path) == files.map(\.path))
        #expect(again.map(\.bytes) == files.map(\.bytes))
    }

    @Test func oddSectionIdsGivePlainFileNames() {
        #expect(HTMLReport.path(forSection: "1.I.1") == "sections/1.I.1.html")
        #expect(HTMLReport.path(forSection: "../x y") == "sections/.._x_y.html")
        #expect(HTMLReport.path(forSection: "..") == "sections/_...html")
    }
}
