import GopyModel
import GopySynthesis

/// The Vietnamese wording both documents share, so the web pages and the Word document say
/// the same thing the same way.
enum ReportWording {
    /// Title of the unassigned part when the synthesis gives none.
    static let unassignedTitle = "Ý kiến chưa xác định được phần, mục"

    /// "Báo cáo tổng hợp ý kiến góp ý vào dự thảo …" for a draft's title, as official style
    /// writes it: a title that starts with "Dự thảo" keeps its words with the first letter
    /// lower-cased ("vào dự thảo Báo cáo chính trị…"); any other title follows "vào dự thảo ".
    static func documentTitle(draftTitle: String, draftID: String) -> String {
        let title = Markup.oneLine(draftTitle)
        let lead = "Báo cáo tổng hợp ý kiến góp ý vào dự thảo"
        guard !title.isEmpty else { return lead + " " + draftID }
        let prefix = "dự thảo"
        if title.lowercased().hasPrefix(prefix) {
            let rest = title.dropFirst(prefix.count)
            return rest.isEmpty ? lead : lead + String(rest)
        }
        return lead + " " + title
    }

    /// "Có 3 ý kiến nhất trí chung với nội dung phần này." (or, for the unassigned part, with
    /// the whole draft); nil when there is none.
    static func generalLine(_ count: Int, unassigned: Bool) -> String? {
        guard count > 0 else { return nil }
        return unassigned
            ? "Có \(number(count)) ý kiến nhất trí chung với dự thảo, không nêu phần, mục cụ thể."
            : "Có \(number(count)) ý kiến nhất trí chung với nội dung phần này."
    }

    /// "12 lượt góp ý (3 cơ quan, đơn vị; 9 người dân)".
    static func submissions(_ point: Point) -> String {
        var out = "\(number(point.submissions)) lượt góp ý"
        let who = senders(point)
        if !who.isEmpty { out += " (" + who + ")" }
        return out
    }

    /// "3 cơ quan, đơn vị; 9 người dân", or empty when neither is known.
    static func senders(_ point: Point) -> String {
        var who: [String] = []
        if point.organisations > 0 { who.append("\(number(point.organisations)) cơ quan, đơn vị") }
        if point.citizens > 0 { who.append("\(number(point.citizens)) người dân") }
        return who.joined(separator: "; ")
    }

    /// A point's sources grouped by kind, kinds in their usual order:
    /// [(kind, ["Huyện ủy Krông Pắc (1)", …])].
    static func sourcesByKind(_ point: Point) -> [(kind: SourceKind, names: [String])] {
        var groups: [SourceKind: [SourceCount]] = [:]
        for source in point.sources { groups[source.source.kind, default: []].append(source) }
        return SourceKind.allCases.sorted().compactMap { kind in
            guard let list = groups[kind] else { return nil }
            return (kind, list.sorted().map { "\(Markup.oneLine($0.source.name)) (\(number($0.count)))" })
        }
    }

    /// "Nhân dân: Cổng thông tin điện tử (3); Huyện ủy, thị ủy, thành ủy: …" on one line.
    static func sourcesLine(_ point: Point) -> String {
        sourcesByKind(point).map { "\($0.kind.vietnameseLabel): " + $0.names.joined(separator: ", ") }
            .joined(separator: "; ")
    }

    /// "Ý kiến gửi theo mẫu chung: 1.250 ý kiến của 1.240 người gửi khác nhau."
    static func campaignLine(_ summary: CampaignSummary) -> String {
        "Ý kiến gửi theo mẫu chung: \(number(summary.submissions)) ý kiến của \(number(summary.distinctSenders)) người gửi khác nhau."
    }

    /// "37 ý kiến có thêm nội dung riêng; thường gặp nhất:", or nil when none has.
    static func additionsLine(_ summary: CampaignSummary) -> String? {
        guard summary.withAdditions > 0 else { return nil }
        return "\(number(summary.withAdditions)) ý kiến có thêm nội dung riêng" + (summary.additions.isEmpty ? "." : "; thường gặp nhất:")
    }

    /// What a point standing for a campaign member's own addition says of it.
    static let linkedLine = "Phần bổ sung riêng trong một ý kiến gửi theo mẫu chung; ý kiến này đã được tính trong nhóm ý kiến theo mẫu"

    /// What a section with no comment says: a section with subsections points to them, since
    /// its own count leaves theirs out.
    static func noComments(hasSubsections: Bool) -> String {
        hasSubsections
            ? "Chưa có ý kiến góp ý chung cho cả phần, mục này (xem các mục con)."
            : "Chưa có ý kiến góp ý vào phần, mục này."
    }

    /// Counts by kind in the usual order of kinds, zeros left out: "Nhân dân: 3; …".
    static func byKindLine(_ byKind: [SourceKind: Int]) -> String {
        SourceKind.allCases.sorted().compactMap { kind in
            guard let n = byKind[kind], n > 0 else { return nil }
            return "\(kind.vietnameseLabel): \(number(n))"
        }.joined(separator: "; ")
    }

    /// A section's heading: "1.I.1. Về phát triển kinh tế", or the title alone without an id.
    static func heading(_ section: SectionSynthesis) -> String {
        let title = Markup.oneLine(section.title)
        guard let id = section.id else {
            return title.isEmpty ? (section.part == .wholeDocument ? SectionSynthesis.wholeDocumentTitle : unassignedTitle) : title
        }
        return title.isEmpty ? id : "\(id). \(title)"
    }

    /// An integer as Vietnamese writes it: dots between thousands ("1.170.000").
    static func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        guard digits.count > 3 else { return n < 0 ? "-" + digits : digits }
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// All comments of a synthesis by source kind, over every section and the unassigned part.
    static func totalByKind(_ s: Synthesis) -> [SourceKind: Int] {
        var byKind: [SourceKind: Int] = [:]
        for section in s.parts {
            for (kind, n) in section.byKind { byKind[kind, default: 0] += n }
        }
        return byKind
    }
}
