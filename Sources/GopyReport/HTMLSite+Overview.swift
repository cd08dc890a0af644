import GopyModel
import GopySynthesis

extension HTMLSite {
    /// `index.html`: the totals, comments by source kind, the chart of comments per section
    /// and the table of sections.
    func indexPage() -> String {
        let s = synthesis
        let all = s.parts
        let general = all.reduce(0) { $0 + $1.general }
        let points = all.reduce(0) { $0 + $1.points.count }
        let byKind = ReportWording.totalByKind(s)

        var main = "<h1>" + Markup.escape(documentTitle) + "</h1>\n"
        main += "<ul class=\"totals\">\n"
        main += "<li>Tổng số ý kiến: <strong>\(ReportWording.number(s.commentCount))</strong></li>\n"
        main += "<li>Số nội dung góp ý (đã gộp các ý kiến trùng nhau): <strong>\(ReportWording.number(points))</strong></li>\n"
        let campaigns = all.flatMap(\.points).compactMap(\.campaignSummary)
        if !campaigns.isEmpty {
            main += "<li>Nhóm ý kiến gửi theo mẫu chung: <strong>\(ReportWording.number(Set(campaigns.map(\.id)).count))</strong> nhóm, "
            main += "<strong>\(ReportWording.number(campaigns.reduce(0) { $0 + $1.submissions }))</strong> ý kiến (mỗi nhóm tính là một nội dung)</li>\n"
        }
        main += "<li>Ý kiến nhất trí chung, không có nội dung cụ thể: <strong>\(ReportWording.number(general))</strong></li>\n"
        main += "<li>Ý kiến về toàn bộ dự thảo: <a href=\"" + Markup.escape(hrefWholeDocument(from: .index)) + "\"><strong>\(ReportWording.number(s.wholeDocument.commentCount))</strong></a></li>\n"
        main += "<li>Ý kiến chưa xác định được phần, mục: <a href=\"" + Markup.escape(hrefUnassigned(from: .index)) + "\"><strong>\(ReportWording.number(s.unassigned.commentCount))</strong></a></li>\n"
        main += "</ul>\n"

        main += "<section aria-labelledby=\"theo-nguon\">\n<h2 id=\"theo-nguon\">Ý kiến theo nguồn</h2>\n"
        main += kindTable(byKind)
        main += "</section>\n"

        main += "<section aria-labelledby=\"theo-phan-muc\">\n<h2 id=\"theo-phan-muc\">Ý kiến theo phần, mục của dự thảo</h2>\n"
        var rows: [SectionChart.Row] = s.sections.enumerated().map { index, section in
            SectionChart.Row(key: section.id ?? "", label: ReportWording.heading(section), depth: navDepth[index], counts: section.byKind)
        }
        rows.append(SectionChart.Row(key: "toan-bo-du-thao", label: ReportWording.heading(s.wholeDocument), depth: 0, counts: s.wholeDocument.byKind))
        rows.append(SectionChart.Row(key: "chua-xac-dinh", label: ReportWording.heading(s.unassigned), depth: 0, counts: s.unassigned.byKind))
        let chart = SectionChart(rows: rows)
        main += "<figure class=\"chart\">\n" + chart.svg()
        main += "<figcaption>Số ý kiến gửi vào từng phần, mục, chia theo nguồn góp ý. "
        main += "Mỗi thanh chỉ tính các ý kiến gửi vào đúng phần, mục đó, không cộng các phần, mục con.</figcaption>\n</figure>\n"
        main += sectionTable(kinds: chart.kinds)
        main += "</section>\n"
        return frame(title: documentTitle, page: .index, main: main)
    }

    /// The table of sections: comments by kind, points, general agreement; the chart's numbers.
    func sectionTable(kinds: [SourceKind]) -> String {
        var out = "<div class=\"table-wrap\">\n<table class=\"sections\">\n<caption>Số liệu theo phần, mục</caption>\n<thead><tr>"
        out += "<th scope=\"col\">Phần, mục</th><th scope=\"col\">Số ý kiến</th>"
        for kind in kinds { out += "<th scope=\"col\">" + Markup.escape(kind.vietnameseLabel) + "</th>" }
        out += "<th scope=\"col\">Số nội dung</th><th scope=\"col\">Nhất trí chung</th></tr></thead>\n<tbody>\n"
        func row(_ section: SectionSynthesis, href: String, depth: Int) -> String {
            var out = "<tr><th scope=\"row\" class=\"depth-\(min(depth, 5))\"><a href=\"" + Markup.escape(href) + "\">"
            out += Markup.escape(ReportWording.heading(section)) + "</a></th>"
            out += "<td>\(ReportWording.number(section.commentCount))</td>"
            for kind in kinds { out += "<td>\(ReportWording.number(section.byKind[kind] ?? 0))</td>" }
            out += "<td>\(ReportWording.number(section.points.count))</td><td>\(ReportWording.number(section.general))</td></tr>\n"
            return out
        }
        for (index, section) in synthesis.sections.enumerated() {
            out += row(section, href: href(section: index, from: .index), depth: navDepth[index])
        }
        out += row(synthesis.wholeDocument, href: hrefWholeDocument(from: .index), depth: 0)
        out += row(synthesis.unassigned, href: hrefUnassigned(from: .index), depth: 0)
        out += "</tbody>\n</table>\n</div>\n"
        return out
    }

    /// Comments by source kind, kinds in their usual order, zeros left out.
    func kindTable(_ byKind: [SourceKind: Int]) -> String {
        let kinds = SourceKind.allCases.sorted().filter { (byKind[$0] ?? 0) > 0 }
        guard !kinds.isEmpty else { return "<p>Chưa có ý kiến góp ý.</p>\n" }
        var out = "<table class=\"kinds\">\n<thead><tr><th scope=\"col\">Nguồn</th><th scope=\"col\">Số ý kiến</th></tr></thead>\n<tbody>\n"
        for kind in kinds {
            out += "<tr><th scope=\"row\"><span class=\"swatch\" style=\"background:\(SectionChart.colour(kind))\"></span>"
            out += Markup.escape(kind.vietnameseLabel) + "</th><td>\(ReportWording.number(byKind[kind] ?? 0))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }
}
