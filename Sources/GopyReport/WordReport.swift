import Foundation
import GopyModel
import GopySynthesis
import ZIPFoundation

/// The synthesis as a Word document for drafters (`tong-hop-y-kien.docx`).
///
/// The document follows the draft's outline, one heading per section by its depth; under each
/// section, the points by weight with their counts and sources, general agreement counted in
/// one line, a form-letter campaign as one item with its size; the whole-document part and
/// the unassigned part come last.
/// Times New Roman 14 pt on A4 with the usual margins of Vietnamese administrative documents.
public enum WordReport {
    /// The document's file name in `outbox/<draft id>/`.
    public static let fileName = "tong-hop-y-kien.docx"

    /// The date written on every zip entry (1980-01-01 00:00 UTC, the first date zip can hold),
    /// so the same synthesis gives the same bytes.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// The bytes of the `.docx` for a synthesis: a minimal WordprocessingML package, deflated.
    ///
    /// `word/document.xml` lists every point, so for a large round it is far larger than the
    /// package: it is written piece by piece to a scratch file in the temporary directory and
    /// zipped from there (removed afterwards), never whole in memory.
    /// - Throws: ``WordReportError`` if the scratch file or the zip archive cannot be written.
    public static func docx(for synthesis: Synthesis) throws -> [UInt8] {
        let title = self.title(for: synthesis)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-document-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let documentSize: Int64
        do {
            documentSize = try writeDocumentXML(for: synthesis, to: scratch)
        } catch {
            throw WordReportError(part: "word/document.xml", reason: "cannot write it to \(scratch.path): \(error)")
        }
        let archive: Archive
        do {
            archive = try Archive(accessMode: .create)
        } catch {
            throw WordReportError(part: nil, reason: "cannot create an in-memory zip archive: \(error)")
        }
        func add(_ path: String, size: Int64, provider: (Int64, Int) throws -> Data) throws {
            do {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: size,
                    modificationDate: entryDate, permissions: 0o644, compressionMethod: .deflate, provider: provider
                )
            } catch {
                throw WordReportError(part: path, reason: "cannot add it to the zip archive: \(error)")
            }
        }
        func add(_ path: String, text: String) throws {
            let data = Data(text.utf8)
            try add(path, size: Int64(data.count)) { position, size in
                let start = Int(position)
                return data.subdata(in: start..<min(start + size, data.count))
            }
        }
        try add("[Content_Types].xml", text: WordPackageParts.contentTypes)
        try add("_rels/.rels", text: WordPackageParts.packageRelationships)
        try add("docProps/core.xml", text: WordPackageParts.core(title: title, subject: Markup.oneLine(synthesis.draft.title), identifier: synthesis.runID))
        try add("docProps/app.xml", text: WordPackageParts.app)
        let document: FileHandle
        do { document = try FileHandle(forReadingFrom: scratch) } catch {
            throw WordReportError(part: "word/document.xml", reason: "cannot read it back from \(scratch.path): \(error)")
        }
        defer { try? document.close() }
        try add("word/document.xml", size: documentSize) { position, size in
            try document.seek(toOffset: UInt64(position))
            return try document.read(upToCount: size) ?? Data()
        }
        try add("word/styles.xml", text: WordPackageParts.styles)
        try add("word/settings.xml", text: WordPackageParts.settings)
        try add("word/header1.xml", text: WordPackageParts.header)
        try add("word/_rels/document.xml.rels", text: WordPackageParts.documentRelationships)
        guard let data = archive.data else {
            throw WordReportError(part: nil, reason: "the in-memory zip archive holds no data")
        }
        return [UInt8](data)
    }

    /// Writes `word/document.xml` to `url` a megabyte at a time; returns its size in bytes.
    static func writeDocumentXML(for synthesis: Synthesis, to url: URL) throws -> Int64 {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let file = try FileHandle(forWritingTo: url)
        defer { try? file.close() }
        var size: Int64 = 0
        try writeDocumentXML(for: synthesis) { piece in
            try file.write(contentsOf: Data(piece.utf8))
            size += Int64(piece.utf8.count)
        }
        return size
    }

    /// The document's title: "Báo cáo tổng hợp ý kiến góp ý vào dự thảo …" with the draft's
    /// title as official style writes it ("Dự thảo Báo cáo chính trị …" gives "… vào dự thảo
    /// Báo cáo chính trị …").
    public static func title(for synthesis: Synthesis) -> String {
        ReportWording.documentTitle(draftTitle: synthesis.draft.title, draftID: synthesis.draft.id)
    }

    /// `word/document.xml`.
    static func documentXML(for s: Synthesis) -> String {
        var xml = ""
        writeDocumentXML(for: s) { xml += $0 }
        return xml
    }

    /// `word/document.xml`, handed to `emit` in pieces of about a megabyte.
    static func writeDocumentXML<E: Error>(for s: Synthesis, _ emit: (String) throws(E) -> Void) throws(E) {
        try emit(WordprocessingML.prologue)
        var doc = WordprocessingML()
        func drain(_ doc: inout WordprocessingML, atLeast bytes: Int) throws(E) {
            if doc.body.utf8.count >= bytes { try emit(doc.takeBody()) }
        }
        doc.paragraph(style: "Title", title(for: s))
        if let round = s.draft.round { doc.paragraph(style: "Subtitle", "(Lần lấy ý kiến thứ \(round))") }
        doc.paragraph(style: "Subtitle", [.init("Lượt tổng hợp: "), .init(s.runID)])

        let all = s.parts
        let general = all.reduce(0) { $0 + $1.general }
        let points = all.reduce(0) { $0 + $1.points.count }
        doc.paragraph(style: "Heading1", "Tổng quan")
        doc.paragraph([.init("- Tổng số ý kiến: "), .init(ReportWording.number(s.commentCount), bold: true), .init(".")])
        let byKind = ReportWording.byKindLine(ReportWording.totalByKind(s))
        if !byKind.isEmpty { doc.paragraph("- Theo nguồn: " + byKind + ".") }
        doc.paragraph([.init("- Số nội dung góp ý (đã gộp các ý kiến trùng nhau): "), .init(ReportWording.number(points), bold: true), .init(".")])
        doc.paragraph([.init("- Ý kiến nhất trí chung, không có nội dung cụ thể: "), .init(ReportWording.number(general), bold: true), .init(".")])
        let campaigns = all.flatMap(\.points).compactMap(\.campaignSummary)
        if !campaigns.isEmpty {
            doc.paragraph([
                .init("- Nhóm ý kiến gửi theo mẫu chung: "), .init(ReportWording.number(Set(campaigns.map(\.id)).count), bold: true),
                .init(" nhóm, "), .init(ReportWording.number(campaigns.reduce(0) { $0 + $1.submissions }), bold: true),
                .init(" ý kiến (mỗi nhóm tính là một nội dung)."),
            ])
        }
        doc.paragraph([.init("- Ý kiến về toàn bộ dự thảo: "), .init(ReportWording.number(s.wholeDocument.commentCount), bold: true), .init(".")])
        doc.paragraph([.init("- Ý kiến chưa xác định được phần, mục: "), .init(ReportWording.number(s.unassigned.commentCount), bold: true), .init(".")])
        doc.paragraph(style: "Note", "Trong mỗi phần, mục, các nội dung góp ý được xếp theo số cơ quan, đơn vị góp ý, rồi số người dân góp ý.")

        for (index, section) in s.sections.enumerated() {
            doc.paragraph(style: "Heading\(min(max(section.depth, 0), 5) + 1)", ReportWording.heading(section))
            let hasSubsections = index + 1 < s.sections.count && s.sections[index + 1].depth > section.depth
            try write(section, hasSubsections: hasSubsections, into: &doc) { (doc: inout WordprocessingML) throws(E) in try drain(&doc, atLeast: 1 << 20) }
        }
        for part in [s.wholeDocument, s.unassigned] {
            doc.paragraph(style: "Heading1", ReportWording.heading(part))
            try write(part, hasSubsections: false, into: &doc) { (doc: inout WordprocessingML) throws(E) in try drain(&doc, atLeast: 1 << 20) }
        }
        try drain(&doc, atLeast: 0)
        try emit(WordprocessingML.epilogue(headerRelationship: WordPackageParts.headerRelationship))
    }

    /// One section's counts, general agreement and points.
    /// `afterPoint` is called with the document after each point (to write out what has gathered).
    static func write<E: Error>(
        _ section: SectionSynthesis, hasSubsections: Bool, into doc: inout WordprocessingML, afterPoint: (inout WordprocessingML) throws(E) -> Void
    ) throws(E) {
        guard section.commentCount > 0 else {
            doc.paragraph(style: "Note", ReportWording.noComments(hasSubsections: hasSubsections))
            return
        }
        var summary = "Tổng số \(ReportWording.number(section.commentCount)) ý kiến"
        let byKind = ReportWording.byKindLine(section.byKind)
        if !byKind.isEmpty { summary += " (\(byKind))" }
        if !section.points.isEmpty { summary += ", gộp thành \(ReportWording.number(section.points.count)) nội dung" }
        doc.paragraph(summary + ".")
        if let line = ReportWording.generalLine(section.general, unassigned: section.part != .section) {
            doc.paragraph(line)
        }
        for (n, point) in section.points.enumerated() {
            var runs: [WordprocessingML.Run] = [.init("\(n + 1).\t", bold: true)]
            if point.campaign != nil { runs.append(.init("[Ý kiến theo mẫu] ", bold: true)) }
            if point.linkedCampaign != nil { runs.append(.init("[Ý kiến riêng trong ý kiến theo mẫu] ", bold: true)) }
            runs.append(.init(point.text))
            doc.paragraph(style: "PointText", runs)

            // A campaign's size says how many were sent; the usual count would repeat it.
            var detail = point.campaignSummary.map(ReportWording.campaignLine) ?? (ReportWording.submissions(point) + ".")
            if point.linkedCampaign != nil { detail += " " + ReportWording.linkedLine + "." }
            let sources = ReportWording.sourcesLine(point)
            if !sources.isEmpty { detail += " Nguồn: " + sources + "." }
            doc.paragraph(style: "PointDetail", detail)
            if let summary = point.campaignSummary, let line = ReportWording.additionsLine(summary) {
                let quoted = summary.additions.map { "“" + Markup.oneLine($0.text) + "” (\(ReportWording.number($0.count)))" }
                doc.paragraph(style: "PointDetail", line + (quoted.isEmpty ? "" : " " + quoted.joined(separator: "; ") + "."))
            }
            if !point.variants.isEmpty {
                let variants = point.variants.map { "“" + Markup.oneLine($0) + "”" }.joined(separator: "; ")
                doc.paragraph(style: "PointDetail", [.init("Cách diễn đạt khác: ", italic: true), .init(variants + ".")])
            }
            doc.paragraph(style: "PointDetail", [.init("Mã nội dung: ", italic: true), .init(point.id)])
            try afterPoint(&doc)
        }
    }
}

/// The Word document could not be put together.
public struct WordReportError: Error, CustomStringConvertible, Sendable {
    /// The package part being written, if the error concerns one.
    public var part: String?
    /// What went wrong, in plain words.
    public var reason: String

    public init(part: String?, reason: String) {
        self.part = part
        self.reason = reason
    }

    public var description: String {
        part.map { "Word report, part \($0): \(reason)" } ?? "Word report: \(reason)"
    }
}
