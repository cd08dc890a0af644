import GopyModel

/// The Vietnamese Markdown drafters read: `index.md` (the overview) and one file per section.
public enum SynthesisMarkdown {
    /// File name of the unassigned part, beside `index.md`.
    public static let unassignedFileName = "chua-xac-dinh.md"
    /// File name of the whole-document part, beside `index.md`.
    public static let wholeDocumentFileName = "toan-bo-du-thao.md"

    /// The file a part of the synthesis is written to, relative to the draft's folder.
    public static func fileName(of part: SectionSynthesis) -> String {
        switch part.part {
        case .section: "sections/\(part.id ?? "").md"
        case .wholeDocument: wholeDocumentFileName
        case .unassigned: unassignedFileName
        }
    }

    /// How many comment ids a point lists before referring to `synthesis.json`.
    static let listedCommentIDs = 12

    /// `index.md`: totals, sources by kind, and every section with its counts and a link.
    public static func index(_ s: Synthesis) -> String {
        var out = "# Tổng hợp ý kiến góp ý\n\n"
        out += "**\(escape(s.draft.title))**\n\n"
        if let round = s.draft.round { out += "Lần lấy ý kiến: \(round)  \n" }
        out += "Lượt tổng hợp: `\(s.runID)`\n\n"

        let all = s.parts
        let general = all.reduce(0) { $0 + $1.general }
        let points = all.reduce(0) { $0 + $1.points.count }
        let campaigns = Set(all.flatMap { $0.points.compactMap(\.campaign) })
        out += "- Tổng số ý kiến: **\(s.commentCount)**\n"
        out += "- Số nội dung góp ý (đã gộp các ý kiến trùng nhau): **\(points)**\n"
        if !campaigns.isEmpty {
            let size = all.flatMap(\.points).compactMap(\.campaignSummary).reduce(0) { $0 + $1.submissions }
            out += "- Nhóm ý kiến gửi theo mẫu chung: **\(campaigns.count)** nhóm, **\(size)** ý kiến (mỗi nhóm tính là một nội dung)\n"
        }
        out += "- Ý kiến nhất trí chung, không có nội dung cụ thể: **\(general)**\n"
        out += "- Ý kiến về toàn bộ dự thảo: **\(s.wholeDocument.commentCount)**"
        out += s.wholeDocument.commentCount > 0 ? " (xem [\(wholeDocumentFileName)](\(wholeDocumentFileName)))\n" : "\n"
        out += "- Ý kiến chưa xác định được phần, mục: **\(s.unassigned.commentCount)**"
        out += s.unassigned.commentCount > 0 ? " (xem [\(unassignedFileName)](\(unassignedFileName)))\n\n" : "\n\n"

        var byKind: [SourceKind: Int] = [:]
        for section in all { for (kind, n) in section.byKind { byKind[kind, default: 0] += n } }
        out += "## Ý kiến theo nguồn\n\n" + kindTable(byKind) + "\n"

        out += "## Ý kiến theo phần, mục của dự thảo\n\n"
        out += "| Phần, mục | Tiêu đề | Số ý kiến | Số nội dung | Nhất trí chung |\n|---|---|---:|---:|---:|\n"
        for section in s.sections {
            let id = section.id ?? ""
            let indent = String(repeating: "&nbsp;&nbsp;", count: section.depth)
            out += "| \(indent)[\(id)](sections/\(id).md) | \(escape(section.title)) | \(section.commentCount) | \(section.points.count) | \(section.general) |\n"
        }
        for part in [s.wholeDocument, s.unassigned] {
            out += "| [—](\(fileName(of: part))) | \(escape(part.title)) | \(part.commentCount) | \(part.points.count) | \(part.general) |\n"
        }
        return out
    }

    /// `sections/<id>.md` (or the whole-document or unassigned part): the points of one
    /// section by weight.
    public static func section(_ section: SectionSynthesis, of s: Synthesis) -> String {
        var out = "# "
        if let id = section.id { out += "\(id). " }
        out += escape(section.title) + "\n\n"
        out += "*\(escape(s.draft.title))"
        if let round = s.draft.round { out += " (lần \(round))" }
        out += "*\n\n"
        if !section.trail.isEmpty {
            out += "Thuộc: " + section.trail.map(escape).joined(separator: " › ") + "\n\n"
        }
        out += "[← Tổng quan](\(section.id == nil ? "" : "../")index.md)\n\n"

        if section.commentCount == 0 {
            out += "Chưa có ý kiến góp ý vào phần, mục này.\n"
            return out
        }
        out += "- Tổng số ý kiến: **\(section.commentCount)**\n"
        out += "- Số nội dung góp ý: **\(section.points.count)**\n"
        out += "- Nhất trí chung, không có nội dung cụ thể: **\(section.general)**\n\n"
        out += "### Ý kiến theo nguồn\n\n" + kindTable(section.byKind) + "\n"

        guard !section.points.isEmpty else { return out }
        out += "## Nội dung góp ý\n\n"
        out += "Xếp theo số đơn vị góp ý, rồi số người dân góp ý.\n\n"
        for (n, point) in section.points.enumerated() {
            out += "### \(n + 1). "
            if point.campaignSummary != nil { out += "Ý kiến gửi theo mẫu chung " }
            else if point.linkedCampaign != nil { out += "Ý kiến riêng của người gửi theo mẫu " }
            else { out += "Nội dung " }
            out += "`\(point.id)`\n\n"
            out += "> " + escape(point.text) + "\n\n"
            if let summary = point.campaignSummary {
                out += campaign(summary)
            } else {
                out += "- Số lượt góp ý: \(point.submissions)"
                var who: [String] = []
                if point.organisations > 0 { who.append("\(point.organisations) cơ quan, đơn vị") }
                if point.citizens > 0 { who.append("\(point.citizens) người dân") }
                if !who.isEmpty { out += " (" + who.joined(separator: ", ") + ")" }
                out += "\n"
            }
            if let linked = point.linkedCampaign {
                out += "- Phần bổ sung riêng trong một ý kiến gửi theo mẫu chung (nhóm `\(linked)`); ý kiến này đã được tính trong nhóm\n"
            }
            out += "- Nguồn: " + point.sources.map { "\(escape($0.source.name)) (\($0.count))" }.joined(separator: "; ") + "\n"
            if !point.variants.isEmpty {
                out += "- Cách diễn đạt khác:\n"
                for variant in point.variants { out += "  - " + escape(variant) + "\n" }
            }
            let shown = point.comments.prefix(listedCommentIDs).map { "`\($0)`" }.joined(separator: ", ")
            out += "- Mã ý kiến: " + shown
            if point.comments.count > listedCommentIDs {
                out += " và \(point.comments.count - listedCommentIDs) ý kiến khác (xem synthesis.json)"
            }
            out += "\n\n"
        }
        return out
    }

    /// A campaign's size, senders and additions.
    static func campaign(_ summary: CampaignSummary) -> String {
        var out = "- Mã nhóm: `\(summary.id)`\n"
        out += "- Số ý kiến gửi theo mẫu: \(summary.submissions), của \(summary.distinctSenders) người gửi khác nhau\n"
        if summary.withAdditions > 0 {
            out += "- \(summary.withAdditions) ý kiến có thêm nội dung riêng"
            out += summary.additions.isEmpty ? "\n" : "; thường gặp nhất:\n"
            for addition in summary.additions { out += "  - " + escape(addition.text) + " (\(addition.count))\n" }
        }
        if !summary.standalonePoints.isEmpty {
            out += "- Nội dung bổ sung đáng kể được tổng hợp thành nội dung riêng: " + summary.standalonePoints.map { "`\($0)`" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    static func kindTable(_ byKind: [SourceKind: Int]) -> String {
        var out = "| Nguồn | Số ý kiến |\n|---|---:|\n"
        for kind in SourceKind.allCases.sorted() {
            if let n = byKind[kind], n > 0 { out += "| \(kind.vietnameseLabel) | \(n) |\n" }
        }
        return out
    }

    /// Escapes the characters Markdown would read as markup.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#": out.unicodeScalars.append("\\"); out.unicodeScalars.append(ch)
            case "\n", "\r": out.unicodeScalars.append(" ")
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
