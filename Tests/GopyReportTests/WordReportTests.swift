import Foundation
import GopyModel
import GopyReport
import GopySynthesis
import Testing
import ZIPFoundation

@Suite struct WordReportTests {
    let synthesis = ReportFixture.synthesis

    static let parts = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
        "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/_rels/document.xml.rels",
    ]

    /// The package's parts by path.
    func unzip(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [String: [UInt8]] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = [UInt8](data)
        }
        return parts
    }

    func xml(_ parts: [String: [UInt8]], _ path: String) throws -> MarkupNode {
        let bytes = try #require(parts[path], "no part \(path)")
        return try LibXML2.parseXML(bytes).get()
    }

    /// The document's paragraphs: style id and text.
    func paragraphs(_ parts: [String: [UInt8]]) throws -> [(style: String, text: String)] {
        try xml(parts, "word/document.xml").elements("p").map { p in
            let style = p.elements("pStyle").first?.attributes["w:val"] ?? "Normal"
            let text = p.elements("r").map { run in
                run.children.map { $0.name == "t" ? $0.text : $0.name == "tab" ? "\t" : $0.name == "br" ? "\n" : "" }.joined()
            }.joined()
            return (style, text)
        }
    }

    @Test func thePackageUnzipsAndEveryPartIsWellFormedXML() throws {
        let parts = try unzip(try WordReport.docx(for: synthesis))
        #expect(Set(parts.keys) == Set(Self.parts))
        for path in Self.parts {
            if case .failure(let problem) = LibXML2.parseXML(parts[path]!) {
                Issue.record("\(path) is not well-formed: \(problem)")
            }
        }
        let types = try xml(parts, "[Content_Types].xml")
        let overrides = Set(types.elements("Override").compactMap { $0.attributes["PartName"] })
        for path in Self.parts where !path.hasSuffix(".rels") && path != "[Content_Types].xml" {
            #expect(overrides.contains("/" + path), "no content type for \(path)")
        }
        let relationships = try xml(parts, "_rels/.rels").elements("Relationship")
        #expect(relationships.contains { $0.attributes["Target"] == "word/document.xml" && $0.attributes["Type"]?.hasSuffix("/officeDocument") == true })
    }

    @Test func theStylesSetTimesNewRoman14AndTheSectionIsA4() throws {
        let parts = try unzip(try WordReport.docx(for: synthesis))
        let styles = try xml(parts, "word/styles.xml")
        let defaults = try #require(styles.elements("rPrDefault").first)
        let fonts = try #require(defaults.elements("rFonts").first)
        for key in ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"] { #expect(fonts.attributes[key] == "Times New Roman") }
        #expect(defaults.elements("sz").first?.attributes["w:val"] == "28")
        let ids = Set(styles.elements("style").compactMap { $0.attributes["w:styleId"] })
        for level in 1...6 { #expect(ids.contains("Heading\(level)")) }

        let document = try xml(parts, "word/document.xml")
        let size = try #require(document.elements("pgSz").first)
        #expect(size.attributes["w:w"] == "11906" && size.attributes["w:h"] == "16838")
        let margins = try #require(document.elements("pgMar").first)
        #expect(margins.attributes["w:top"] == "1134" && margins.attributes["w:bottom"] == "1134")
        #expect(margins.attributes["w:left"] == "1701" && margins.attributes["w:right"] == "1134")
    }

    @Test func theTitleNamesTheDraftAsOfficialStyleWritesIt() throws {
        let title = "Báo cáo tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"
        #expect(WordReport.title(for: synthesis) == title)
        var other = synthesis
        other.draft.title = "Báo cáo chính trị trình Đại hội"
        #expect(WordReport.title(for: other) == "Báo cáo tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị trình Đại hội")
        let paragraphs = try paragraphs(try unzip(try WordReport.docx(for: synthesis)))
        #expect(paragraphs.first?.style == "Title" && paragraphs.first?.text == title)
        let core = try xml(try unzip(try WordReport.docx(for: synthesis)), "docProps/core.xml")
        #expect(core.elements("title").first?.text == title)
    }

    @Test func theDocumentFollowsTheOutlineWithEveryPointByWeight() throws {
        let paragraphs = try paragraphs(try unzip(try WordReport.docx(for: synthesis)))
        let headings = paragraphs.filter { $0.style.hasPrefix("Heading") }
        let expected = [("Heading1", "Tổng quan")]
            + synthesis.sections.map { ("Heading\($0.depth + 1)", "\($0.id!). \($0.title)") }
            + [("Heading1", synthesis.wholeDocument.title), ("Heading1", synthesis.unassigned.title)]
        #expect(headings.map(\.style) == expected.map(\.0))
        #expect(headings.map(\.text) == expected.map(\.1))

        // Each section's points, in the synthesis' order, under its heading.
        let all = synthesis.parts
        var position = 0
        for section in all {
            let heading = try #require(paragraphs[position...].firstIndex { $0.style.hasPrefix("Heading") && $0.text.hasSuffix(section.title) })
            let next = paragraphs[(heading + 1)...].firstIndex { $0.style.hasPrefix("Heading") } ?? paragraphs.endIndex
            let points = paragraphs[heading..<next].filter { $0.style == "PointText" }
            #expect(points.count == section.points.count, "\(section.title)")
            for (n, (paragraph, point)) in zip(points, section.points).enumerated() {
                #expect(paragraph.text.hasPrefix("\(n + 1).\t"))
                #expect(paragraph.text.hasSuffix(point.text))
            }
            position = next
        }
    }

    @Test func countsSourcesGeneralAgreementAndCampaignsAreWritten() throws {
        let paragraphs = try paragraphs(try unzip(try WordReport.docx(for: synthesis)))
        let texts = paragraphs.map(\.text)
        #expect(texts.contains("Có 2 ý kiến nhất trí chung với nội dung phần này."))
        #expect(texts.contains { $0.hasPrefix("3 lượt góp ý (2 cơ quan, đơn vị; 1 người dân). Nguồn: Huyện ủy, thị ủy, thành ủy: Huyện ủy Krông Pắc (1), Thị ủy Buôn Hồ (1); Nhân dân: Cổng thông tin điện tử tỉnh (1).") })
        #expect(texts.contains("Cách diễn đạt khác: “\(ReportFixture.growthVariant)”."))
        let campaign = paragraphs.filter { $0.text.contains(ReportFixture.causes) }
        #expect(campaign.count == 1 && campaign[0].text.contains("[Ý kiến theo mẫu]"))
        #expect(texts.contains { $0.hasPrefix("Ý kiến gửi theo mẫu chung: 5 ý kiến của 5 người gửi khác nhau. Nguồn: Nhân dân") })
        #expect(texts.contains("2 ý kiến có thêm nội dung riêng; thường gặp nhất: “Xin cảm ơn” (2)."))
        #expect(texts.contains("2.\t" + ReportFixture.markup))

        // An empty section says so; an empty section with subsections points to them.
        let after = { (heading: String) in paragraphs[(paragraphs.firstIndex { $0.text == heading }! + 1)].text }
        #expect(after("2.I. Mục tiêu tổng quát") == "Chưa có ý kiến góp ý vào phần, mục này.")
        #expect(after("1.I. Kết quả đạt được") == "Chưa có ý kiến góp ý chung cho cả phần, mục này (xem các mục con).")
        #expect(!texts.joined().contains("Nguyễn Văn An"))
    }

    @Test func theBytesAreTheSameOnEveryRun() throws {
        #expect(try WordReport.docx(for: synthesis) == WordReport.docx(for: synthesis))
    }

    @Test(.enabled(if: LibreOffice.path != nil, "LibreOffice (soffice) is not installed: the .docx was not converted to PDF"),
          .timeLimit(.minutes(1)))
    func libreOfficeConvertsItToPDF() throws {
        let soffice = try #require(LibreOffice.path)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-report-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent(WordReport.fileName)
        try Data(try WordReport.docx(for: synthesis)).write(to: docx)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path,
            "--headless", "--convert-to", "pdf", "--outdir", folder.path, docx.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let pdf = try Data(contentsOf: folder.appendingPathComponent("tong-hop-y-kien.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(pdf.count > 5_000)
    }
}

/// Where LibreOffice's `soffice` is, if it is installed.
enum LibreOffice {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        return (folders + ["/usr/bin", "/usr/local/bin", "/opt/libreoffice/program"])
            .map { $0 + "/soffice" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}
