/// The fixed parts of the Word package, and those that only carry the title.
enum WordPackageParts {
    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let headerRelationship = "rIdHeader1"

    static let contentTypes = xmlDeclaration + """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
    <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
    <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
    <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
    <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
    </Types>

    """

    static let packageRelationships = xmlDeclaration + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
    </Relationships>

    """

    static let documentRelationships = xmlDeclaration + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
    <Relationship Id="\(headerRelationship)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
    </Relationships>

    """

    static let settings = xmlDeclaration + """
    <w:settings xmlns:w="\(WordprocessingML.mainNamespace)">\
    <w:zoom w:percent="100"/>\
    <w:defaultTabStop w:val="720"/>\
    <w:characterSpacingControl w:val="doNotCompress"/>\
    <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
    </w:settings>

    """

    /// The page number, centred at the top.
    static let header = xmlDeclaration + """
    <w:hdr xmlns:w="\(WordprocessingML.mainNamespace)" xmlns:r="\(WordprocessingML.relationshipsNamespace)">\
    <w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>\
    <w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>\
    </w:hdr>

    """

    /// Times New Roman 14 pt everywhere, Vietnamese, justified; headings bold (upper levels)
    /// then italic (lower levels), all at 14 pt as official documents set them.
    static let styles: String = {
        var out = xmlDeclaration
        out += "<w:styles xmlns:w=\"\(WordprocessingML.mainNamespace)\">"
        out += "<w:docDefaults><w:rPrDefault><w:rPr>"
        out += "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
        out += "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/>"
        out += "</w:rPr></w:rPrDefault>"
        out += "<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault>"
        out += "</w:docDefaults>"
        out += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        out += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        out += paragraphStyle(id: "Title", name: "Title", pPr: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"120\"/><w:jc w:val=\"center\"/>", rPr: "<w:b/><w:bCs/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>")
        out += paragraphStyle(id: "Subtitle", name: "Subtitle", pPr: "<w:spacing w:before=\"0\" w:after=\"60\"/><w:jc w:val=\"center\"/>", rPr: "<w:i/><w:iCs/>")
        let headings: [(before: Int, rPr: String)] = [
            (360, "<w:b/><w:bCs/>"),
            (240, "<w:b/><w:bCs/>"),
            (200, "<w:b/><w:bCs/><w:i/><w:iCs/>"),
            (160, "<w:i/><w:iCs/>"),
            (120, "<w:i/><w:iCs/>"),
            (120, "<w:i/><w:iCs/>"),
        ]
        for (level, heading) in headings.enumerated() {
            out += paragraphStyle(
                id: "Heading\(level + 1)", name: "heading \(level + 1)",
                pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(heading.before)\" w:after=\"120\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"\(level)\"/>",
                rPr: heading.rPr
            )
        }
        out += paragraphStyle(id: "PointText", name: "Nội dung góp ý", next: "PointDetail", pPr: "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/><w:ind w:left=\"567\" w:hanging=\"567\"/>", rPr: "")
        out += paragraphStyle(id: "PointDetail", name: "Chi tiết nội dung góp ý", pPr: "<w:spacing w:before=\"0\" w:after=\"60\"/><w:ind w:left=\"567\"/>", rPr: "<w:color w:val=\"404040\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>")
        out += paragraphStyle(id: "Note", name: "Ghi chú", pPr: "", rPr: "<w:i/><w:iCs/>")
        out += paragraphStyle(id: "Header", name: "header", pPr: "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>", rPr: "", quick: false)
        out += "</w:styles>\n"
        return out
    }()

    private static func paragraphStyle(id: String, name: String, next: String = "Normal", pPr: String, rPr: String, quick: Bool = true) -> String {
        var out = "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"" + Markup.escape(name) + "\"/>"
        out += "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"\(next)\"/>"
        if quick { out += "<w:qFormat/>" }
        if !pPr.isEmpty { out += "<w:pPr>" + pPr + "</w:pPr>" }
        if !rPr.isEmpty { out += "<w:rPr>" + rPr + "</w:rPr>" }
        return out + "</w:style>"
    }

    /// `docProps/core.xml`: title, subject (the draft), language; no dates, so the bytes do not
    /// depend on when the document was written.
    static func core(title: String, subject: String, identifier: String) -> String {
        var out = xmlDeclaration
        out += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        out += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
        out += "<dc:title>" + Markup.escape(title) + "</dc:title>"
        out += "<dc:subject>" + Markup.escape(subject) + "</dc:subject>"
        out += "<dc:creator>gopy</dc:creator>"
        out += "<dc:identifier>" + Markup.escape(identifier) + "</dc:identifier>"
        out += "<dc:language>vi-VN</dc:language>"
        out += "</cp:coreProperties>\n"
        return out
    }

    static let app = xmlDeclaration + """
    <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
    <Application>gopy</Application><DocSecurity>0</DocSecurity>\
    </Properties>

    """
}
