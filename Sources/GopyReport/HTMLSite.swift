import GopyModel
import GopySynthesis

/// What every page of the HTML report needs: the synthesis, where each page lives, and the
/// common frame (head, banner, navigation by the outline).
struct HTMLSite {
    /// Which page is being written, for links and for marking it in the navigation.
    enum Page: Equatable {
        case index
        case section(Int)
        case wholeDocument
        case unassigned

        /// From this page to the top of the draft's folder.
        var toRoot: String {
            if case .section = self { return "../" }
            return ""
        }
    }

    let synthesis: Synthesis
    let commentSources: [String: SourceRef]
    /// For each section (by index in `synthesis.sections`), the indices of its ancestors,
    /// outermost first.
    let ancestors: [[Int]]
    /// Each section's depth as the navigation nests it: never more than one below the
    /// section before it, so the lists stay well formed whatever the input says.
    let navDepth: [Int]
    /// Whether each section has subsections.
    let hasSubsections: [Bool]

    init(synthesis: Synthesis, commentSources: [String: SourceRef]) {
        self.synthesis = synthesis
        self.commentSources = commentSources
        var ancestors: [[Int]] = []
        var navDepth: [Int] = []
        var stack: [Int] = []
        for (index, section) in synthesis.sections.enumerated() {
            let depth = min(max(section.depth, 0), stack.count)
            stack.removeLast(stack.count - depth)
            ancestors.append(stack)
            navDepth.append(depth)
            stack.append(index)
        }
        self.ancestors = ancestors
        self.navDepth = navDepth
        self.hasSubsections = navDepth.indices.map { $0 + 1 < navDepth.count && navDepth[$0 + 1] > navDepth[$0] }
    }

    var documentTitle: String {
        ReportWording.documentTitle(draftTitle: synthesis.draft.title, draftID: synthesis.draft.id)
    }

    /// The link from `page` to the page of section `index`.
    func href(section index: Int, from page: Page) -> String {
        let name = HTMLReport.fileName(forSection: synthesis.sections[index].id ?? "")
        if case .section = page { return name }
        return HTMLReport.sectionsFolder + "/" + name
    }

    func hrefIndex(from page: Page) -> String { page.toRoot + HTMLReport.indexPath }
    func hrefUnassigned(from page: Page) -> String { page.toRoot + HTMLReport.unassignedPath }
    func hrefWholeDocument(from page: Page) -> String { page.toRoot + HTMLReport.wholeDocumentPath }

    /// A whole page: head with the inline style, banner, navigation and `main`.
    func frame(title: String, page: Page, main: String) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n"
        out += "<meta charset=\"utf-8\" />\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        out += "<meta name=\"generator\" content=\"gopy\" />\n"
        out += "<title>" + Markup.escape(title) + "</title>\n"
        out += "<style>\n" + HTMLStyle.css + "</style>\n"
        out += "</head>\n<body>\n"
        out += "<a class=\"skip\" href=\"#noi-dung-chinh\">Bỏ qua mục lục</a>\n"
        out += banner(page: page)
        out += "<div class=\"layout\">\n"
        out += navigation(page: page)
        out += "<main id=\"noi-dung-chinh\">\n" + main + "</main>\n"
        out += "</div>\n"
        out += "<footer><p>Lượt tổng hợp <code>" + Markup.escape(synthesis.runID) + "</code>. "
        out += "Tài liệu này không chứa thông tin cá nhân của người góp ý.</p></footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    func banner(page: Page) -> String {
        var out = "<header class=\"banner\">\n"
        out += "<p class=\"kicker\"><a href=\"" + Markup.escape(hrefIndex(from: page)) + "\">Tổng hợp ý kiến góp ý</a></p>\n"
        out += "<p class=\"draft\">" + Markup.escape(Markup.oneLine(synthesis.draft.title))
        if let round = synthesis.draft.round { out += " <span class=\"round\">(lần \(round))</span>" }
        out += "</p>\n</header>\n"
        return out
    }

    /// The outline as nested lists, on every page, each entry linking to its section's page
    /// with its number of comments.
    func navigation(page: Page) -> String {
        var out = "<nav class=\"outline\" aria-label=\"Mục lục dự thảo\">\n"
        out += "<p class=\"nav-title\">Mục lục</p>\n<ul>\n"
        out += "<li>" + navLink(href: hrefIndex(from: page), label: "Tổng quan", count: nil, current: page == .index) + "</li>\n"
        out += "</ul>\n"
        if !synthesis.sections.isEmpty {
            out += "<ul class=\"tree\">\n"
            var level = 0
            for (index, section) in synthesis.sections.enumerated() {
                let depth = navDepth[index]
                if index > 0 {
                    if depth > level {
                        out += "\n<ul>\n"
                    } else {
                        out += "</li>\n"
                        for _ in depth..<level { out += "</ul>\n</li>\n" }
                    }
                }
                level = depth
                out += "<li>" + navLink(
                    href: href(section: index, from: page), label: ReportWording.heading(section),
                    count: section.commentCount, current: page == .section(index)
                )
            }
            out += "</li>\n"
            for _ in 0..<level { out += "</ul>\n</li>\n" }
            out += "</ul>\n"
        }
        out += "<ul>\n<li>" + navLink(
            href: hrefWholeDocument(from: page), label: ReportWording.heading(synthesis.wholeDocument),
            count: synthesis.wholeDocument.commentCount, current: page == .wholeDocument
        ) + "</li>\n<li>" + navLink(
            href: hrefUnassigned(from: page), label: ReportWording.heading(synthesis.unassigned),
            count: synthesis.unassigned.commentCount, current: page == .unassigned
        ) + "</li>\n</ul>\n"
        out += "</nav>\n"
        return out
    }

    private func navLink(href: String, label: String, count: Int?, current: Bool) -> String {
        var out = "<a href=\"" + Markup.escape(href) + "\""
        if current { out += " aria-current=\"page\"" }
        out += ">" + Markup.escape(label) + "</a>"
        if let count, count > 0 {
            out += " <span class=\"count\" title=\"Số ý kiến\">\(ReportWording.number(count))</span>"
        }
        return out
    }
}
