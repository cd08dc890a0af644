import GopyModel
import GopySynthesis

extension HTMLSite {
    /// `sections/<id>.html`: one section's points by weight.
    func sectionPage(at index: Int) -> String {
        let section = synthesis.sections[index]
        let page = Page.section(index)
        var main = "<nav class=\"trail\" aria-label=\"Vị trí trong dự thảo\"><ol>"
        main += "<li><a href=\"" + Markup.escape(hrefIndex(from: page)) + "\">Tổng quan</a></li>"
        for ancestor in ancestors[index] {
            main += "<li><a href=\"" + Markup.escape(href(section: ancestor, from: page)) + "\">"
            main += Markup.escape(ReportWording.heading(synthesis.sections[ancestor])) + "</a></li>"
        }
        main += "</ol></nav>\n"
        main += body(of: section, page: page, hasSubsections: hasSubsections[index])
        return frame(title: ReportWording.heading(section) + " — Tổng hợp ý kiến góp ý", page: page, main: main)
    }

    /// `toan-bo-du-thao.html` (remarks about the whole document) or `chua-xac-dinh.html` (the
    /// comments whose section is not known).
    func partPage(_ page: Page) -> String {
        let section = page == .wholeDocument ? synthesis.wholeDocument : synthesis.unassigned
        var main = "<nav class=\"trail\" aria-label=\"Vị trí trong dự thảo\"><ol>"
        main += "<li><a href=\"" + Markup.escape(hrefIndex(from: page)) + "\">Tổng quan</a></li></ol></nav>\n"
        main += body(of: section, page: page, hasSubsections: false)
        return frame(title: ReportWording.heading(section) + " — Tổng hợp ý kiến góp ý", page: page, main: main)
    }

    /// Heading, counts, general agreement, comments by kind, then the points.
    func body(of section: SectionSynthesis, page: Page, hasSubsections: Bool) -> String {
        var out = "<h1>" + Markup.escape(ReportWording.heading(section)) + "</h1>\n"
        guard section.commentCount > 0 else {
            return out + "<p class=\"empty\">" + ReportWording.noComments(hasSubsections: hasSubsections) + "</p>\n"
        }
        out += "<ul class=\"totals\">\n"
        out += "<li>Tổng số ý kiến: <strong>\(ReportWording.number(section.commentCount))</strong></li>\n"
        out += "<li>Số nội dung góp ý: <strong>\(ReportWording.number(section.points.count))</strong></li>\n"
        out += "</ul>\n"
        if let line = ReportWording.generalLine(section.general, unassigned: section.part != .section) {
            out += "<p class=\"general\">" + Markup.escape(line) + "</p>\n"
        }
        out += "<section aria-labelledby=\"theo-nguon\">\n<h2 id=\"theo-nguon\">Ý kiến theo nguồn</h2>\n"
        out += kindTable(section.byKind) + "</section>\n"

        guard !section.points.isEmpty else { return out }
        out += "<section aria-labelledby=\"cac-noi-dung\">\n<h2 id=\"cac-noi-dung\">Nội dung góp ý</h2>\n"
        out += "<p class=\"note\">Xếp theo số cơ quan, đơn vị góp ý, rồi số người dân góp ý.</p>\n"
        out += "<ol class=\"points\">\n"
        for point in section.points { out += item(point) }
        out += "</ol>\n</section>\n"
        return out
    }

    /// One point: its wording, counts, sources by kind, other wordings and its comments.
    func item(_ point: Point) -> String {
        var out = "<li class=\"point"
        if point.campaign != nil { out += " campaign" }
        out += "\" id=\"" + Markup.escape(point.id) + "\">\n"
        if point.campaign != nil {
            out += "<p class=\"badge\">Ý kiến theo mẫu</p>\n"
        } else if point.linkedCampaign != nil {
            out += "<p class=\"badge\">Ý kiến riêng trong ý kiến theo mẫu</p>\n"
        }
        out += "<blockquote class=\"point-text\"><p>" + Markup.escape(point.text) + "</p></blockquote>\n"
        if let summary = point.campaignSummary {
            out += campaign(summary)
        }
        if let linked = point.linkedCampaign {
            out += "<p class=\"note\">" + Markup.escape(ReportWording.linkedLine) + " (mã nhóm <code>" + Markup.escape(linked) + "</code>).</p>\n"
        }
        out += "<dl class=\"facts\">\n"
        out += "<div><dt>Số lượt góp ý</dt><dd>\(ReportWording.number(point.submissions))</dd></div>\n"
        out += "<div><dt>Cơ quan, đơn vị</dt><dd>\(ReportWording.number(point.organisations))</dd></div>\n"
        out += "<div><dt>Người dân</dt><dd>\(ReportWording.number(point.citizens))</dd></div>\n"
        out += "</dl>\n"

        let sources = ReportWording.sourcesByKind(point)
        if !sources.isEmpty {
            out += "<div class=\"sources\"><p class=\"label\">Nguồn góp ý:</p>\n<ul>\n"
            for group in sources {
                out += "<li><span class=\"kind\">" + Markup.escape(group.kind.vietnameseLabel) + "</span>: "
                out += Markup.escape(group.names.joined(separator: ", ")) + "</li>\n"
            }
            out += "</ul></div>\n"
        }

        if !point.variants.isEmpty {
            out += "<div class=\"variants\"><p class=\"label\">Cách diễn đạt khác:</p>\n<ul>\n"
            for variant in point.variants { out += "<li>" + Markup.escape(variant) + "</li>\n" }
            out += "</ul></div>\n"
        }

        // A short list is open; a long one waits for a click.
        out += point.comments.count <= HTMLReport.openCommentLists ? "<details class=\"comments\" open=\"open\">" : "<details class=\"comments\">"
        out += "\n<summary>Các ý kiến ("
        out += ReportWording.number(point.comments.count) + ")</summary>\n<ul>\n"
        let listed = point.comments.prefix(HTMLReport.listedCommentIDs)
        for group in commentsByKind(Array(listed), of: point) {
            out += "<li><span class=\"kind\">" + Markup.escape(group.label) + "</span>: "
            out += group.ids.map { "<code>" + Markup.escape($0) + "</code>" }.joined(separator: ", ") + "</li>\n"
        }
        out += "</ul>\n"
        if point.comments.count > listed.count {
            out += "<p>và \(ReportWording.number(point.comments.count - listed.count)) ý kiến khác (xem <code>synthesis.json</code>).</p>\n"
        }
        out += "</details>\n"
        out += "<p class=\"point-id\">Mã nội dung: <code>" + Markup.escape(point.id) + "</code>"
        if let campaign = point.campaign { out += "; mã nhóm ý kiến theo mẫu: <code>" + Markup.escape(campaign) + "</code>" }
        out += "</p>\n</li>\n"
        return out
    }

    /// A campaign's size, senders, most frequent additions and the points its members' own
    /// additions stand as.
    func campaign(_ summary: CampaignSummary) -> String {
        var out = "<p class=\"campaign-size\">" + Markup.escape(ReportWording.campaignLine(summary)) + "</p>\n"
        if let line = ReportWording.additionsLine(summary) {
            out += "<div class=\"additions\"><p class=\"label\">" + Markup.escape(line) + "</p>\n"
            if !summary.additions.isEmpty {
                out += "<ul>\n"
                for addition in summary.additions {
                    out += "<li>" + Markup.escape(addition.text) + " <span class=\"count\">(\(ReportWording.number(addition.count)))</span></li>\n"
                }
                out += "</ul>\n"
            }
            out += "</div>\n"
        }
        if !summary.standalonePoints.isEmpty {
            out += "<p class=\"note\">Nội dung bổ sung đáng kể được tổng hợp thành nội dung riêng: "
            out += summary.standalonePoints.map { "<a href=\"#" + Markup.escape($0) + "\"><code>" + Markup.escape($0) + "</code></a>" }.joined(separator: ", ")
            out += ".</p>\n"
        }
        return out
    }

    /// Comment ids grouped under their source kind, kinds in their usual order. A comment's
    /// kind is its source's (from `commentSources`), or the point's when all its sources are of
    /// one kind; otherwise it is listed under "Nhiều nguồn".
    func commentsByKind(_ ids: [String], of point: Point) -> [(label: String, ids: [String])] {
        let pointKinds = Set(point.sources.map(\.source.kind))
        let only = pointKinds.count == 1 ? pointKinds.first : nil
        var groups: [SourceKind: [String]] = [:]
        var unknown: [String] = []
        for id in ids {
            if let kind = commentSources[id]?.kind ?? only {
                groups[kind, default: []].append(id)
            } else {
                unknown.append(id)
            }
        }
        var out = SourceKind.allCases.sorted().compactMap { kind in
            groups[kind].map { (kind.vietnameseLabel, $0) }
        }
        if !unknown.isEmpty { out.append(("Nhiều nguồn", unknown)) }
        return out
    }
}
