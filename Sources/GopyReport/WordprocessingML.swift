/// Writes the body of `word/document.xml`: paragraphs of runs, escaped, with line breaks and
/// tabs as WordprocessingML wants them.
struct WordprocessingML {
    /// A stretch of text with one formatting.
    struct Run {
        var text: String
        var bold = false
        var italic = false

        init(_ text: String, bold: Bool = false, italic: Bool = false) {
            self.text = text
            self.bold = bold
            self.italic = italic
        }
    }

    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private(set) var body = ""

    /// Appends a paragraph of the given style (a style id of `word/styles.xml`).
    mutating func paragraph(style: String? = nil, _ runs: [Run]) {
        body += "<w:p>"
        if let style { body += "<w:pPr><w:pStyle w:val=\"" + Markup.escape(style) + "\"/></w:pPr>" }
        for run in runs where !run.text.isEmpty { body += Self.run(run) }
        body += "</w:p>\n"
    }

    /// Appends a paragraph of one run.
    mutating func paragraph(style: String? = nil, _ text: String, bold: Bool = false, italic: Bool = false) {
        paragraph(style: style, [Run(text, bold: bold, italic: italic)])
    }

    /// One `w:r`: line feeds become `w:br`, tabs `w:tab`.
    static func run(_ run: Run) -> String {
        var out = "<w:r>"
        if run.bold || run.italic {
            out += "<w:rPr>"
            if run.bold { out += "<w:b/><w:bCs/>" }
            if run.italic { out += "<w:i/><w:iCs/>" }
            out += "</w:rPr>"
        }
        var text = ""
        func flush() {
            if !text.isEmpty { out += "<w:t xml:space=\"preserve\">" + Markup.escape(text) + "</w:t>"; text = "" }
        }
        var previousWasCR = false
        for scalar in run.text.unicodeScalars {
            switch scalar {
            case "\r": flush(); out += "<w:br/>"; previousWasCR = true; continue
            case "\n": if !previousWasCR { flush(); out += "<w:br/>" }
            case "\t": flush(); out += "<w:tab/>"
            default: text.unicodeScalars.append(scalar)
            }
            previousWasCR = false
        }
        flush()
        return out + "</w:r>"
    }

    /// The whole `word/document.xml`: the body, then an A4 section with the usual margins of
    /// Vietnamese administrative documents (top and bottom 2 cm, left 3 cm, right 2 cm) and
    /// the page number at the top from the second page on.
    func document(headerRelationship: String) -> String {
        Self.prologue + body + Self.epilogue(headerRelationship: headerRelationship)
    }

    /// What comes before the body in `word/document.xml`.
    static let prologue = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<w:document xmlns:w=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">\n<w:body>\n"

    /// What comes after the body in `word/document.xml`: the page set-up.
    static func epilogue(headerRelationship: String) -> String {
        var out = "<w:sectPr>"
        out += "<w:headerReference w:type=\"default\" r:id=\"" + headerRelationship + "\"/>"
        out += "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        out += "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
        out += "<w:cols w:space=\"720\"/><w:titlePg/>"
        out += "</w:sectPr>\n</w:body>\n</w:document>\n"
        return out
    }

    /// The body written so far, which is then forgotten (for writing a long document in pieces).
    mutating func takeBody() -> String {
        defer { body = "" }
        return body
    }
}
