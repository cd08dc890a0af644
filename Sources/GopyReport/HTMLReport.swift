import GopyModel
import GopySynthesis

/// The synthesis as a small web site for drafters: an overview, one page per section of the
/// outline, a page for remarks about the whole document and a page for the comments whose
/// section is not known.
///
/// Every page stands on its own: the style sheet is inline, there is no script, no web font
/// and no image but the inline SVG chart, and links only lead to the other pages, so the
/// folder opens offline from a disk or a USB stick. Text is Vietnamese, UTF-8, escaped.
public enum HTMLReport {
    /// The overview page, at the top of the draft's folder.
    public static let indexPath = "index.html"
    /// The page of comments whose section is not known, beside the overview.
    public static let unassignedPath = "chua-xac-dinh.html"
    /// The page of remarks about the whole document, beside the overview.
    public static let wholeDocumentPath = "toan-bo-du-thao.html"
    /// The folder that holds one page per section.
    public static let sectionsFolder = "sections"
    /// How many comment ids a point lists before referring to `synthesis.json`.
    static let listedCommentIDs = 200
    /// Lists of at most this many comment ids are shown open.
    static let openCommentLists = 10

    /// The pages of a synthesis, as paths relative to `outbox/<draft id>/` and their UTF-8
    /// bytes: `index.html`, `sections/<section id>.html` for every section of the outline (in
    /// the outline's order), `toan-bo-du-thao.html` and `chua-xac-dinh.html`.
    ///
    /// - Parameters:
    ///   - synthesis: the draft's synthesis.
    ///   - commentSources: the source of each comment by comment id, when the caller has it;
    ///     it lets a point list its comments under their source kind. Without it, a point whose
    ///     sources are all of one kind still does; the others list their comment ids alone.
    public static func files(for synthesis: Synthesis, commentSources: [String: SourceRef] = [:]) -> [(path: String, bytes: [UInt8])] {
        var files: [(path: String, bytes: [UInt8])] = []
        forEachFile(for: synthesis, commentSources: commentSources) { files.append(($0, $1)) }
        return files
    }

    /// The pages of ``files(for:commentSources:)``, in the same order, handed to `body` one at
    /// a time: only one page of a large synthesis is in memory at once.
    public static func forEachFile<E: Error>(
        for synthesis: Synthesis, commentSources: [String: SourceRef] = [:],
        _ body: (_ path: String, _ bytes: [UInt8]) throws(E) -> Void
    ) throws(E) {
        let site = HTMLSite(synthesis: synthesis, commentSources: commentSources)
        try body(indexPath, Array(site.indexPage().utf8))
        for index in synthesis.sections.indices {
            try body(path(forSection: synthesis.sections[index].id ?? ""), Array(site.sectionPage(at: index).utf8))
        }
        try body(wholeDocumentPath, Array(site.partPage(.wholeDocument).utf8))
        try body(unassignedPath, Array(site.partPage(.unassigned).utf8))
    }

    /// The path of a section's page: `sections/<id>.html`. Characters other than ASCII letters,
    /// digits, `.`, `-` and `_` become `_`, so any id gives a plain file name.
    public static func path(forSection id: String) -> String {
        sectionsFolder + "/" + fileName(forSection: id)
    }

    static func fileName(forSection id: String) -> String {
        var name = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_": name.unicodeScalars.append(scalar)
            default: name += "_"
            }
        }
        if name.isEmpty || name.allSatisfy({ $0 == "." }) { name = "_" + name }
        return name + ".html"
    }
}
