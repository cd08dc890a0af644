import CLibXML2

/// A parsed document as plain Swift values, read with libxml2 (its HTML parser or its XML
/// parser) and then freed: tests look at elements, attributes and text without pointers.
struct MarkupNode: Sendable {
    /// Element name (local, without prefix), or "#text".
    var name: String
    /// Namespace prefix of an element, if any ("w" for `w:p`).
    var prefix: String?
    var attributes: [String: String]
    var children: [MarkupNode]
    /// The content of a text node.
    var content: String

    var isElement: Bool { name != "#text" }

    /// All text below this node, in document order.
    var text: String {
        if !isElement { return content }
        return children.map(\.text).joined()
    }

    /// This node and every node below it, depth first, each with its ancestors (outermost first).
    func walk(_ visit: (MarkupNode, [MarkupNode]) -> Void) {
        func go(_ node: MarkupNode, _ trail: [MarkupNode]) {
            visit(node, trail)
            for child in node.children { go(child, trail + [node]) }
        }
        go(self, [])
    }

    /// Every element called `name` below (or at) this node.
    func elements(_ name: String) -> [MarkupNode] {
        var found: [MarkupNode] = []
        walk { node, _ in if node.isElement && node.name == name { found.append(node) } }
        return found
    }

    /// Whether the element's `class` attribute holds `name`.
    func hasClass(_ name: String) -> Bool {
        (attributes["class"] ?? "").split(separator: " ").contains { $0 == name }
    }
}

enum LibXML2 {
    /// The document element of an HTML page as libxml2's HTML parser reads it (no network,
    /// errors not printed), or nil if it could not read it at all.
    static func parseHTML(_ bytes: [UInt8]) -> MarkupNode? {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), "page.html", "UTF-8", options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        return xmlDocGetRootElement(doc).map(convert)
    }

    /// The document element of an XML document, or the parser's complaint if it is not
    /// well-formed. No DTD is loaded and nothing is fetched.
    static func parseXML(_ bytes: [UInt8]) -> Result<MarkupNode, XMLProblem> {
        guard let context = xmlNewParserCtxt() else { return .failure(XMLProblem(message: "no parser context")) }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), "part.xml", nil, options)
            }
        }
        defer { if let doc { xmlFreeDoc(doc) } }
        guard let doc, context.pointee.wellFormed != 0, let root = xmlDocGetRootElement(doc) else {
            var message = "not well-formed"
            if let error = xmlCtxtGetLastError(context), let text = error.pointee.message {
                message = "line \(error.pointee.line): " + String(cString: text)
            }
            return .failure(XMLProblem(message: message))
        }
        return .success(convert(root))
    }

    struct XMLProblem: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func convert(_ node: xmlNodePtr) -> MarkupNode {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            var value = ""
            var child = a.pointee.children
            while let c = child {
                value += string(c.pointee.content)
                child = c.pointee.next
            }
            var name = string(a.pointee.name)
            if let ns = a.pointee.ns, let prefix = ns.pointee.prefix { name = string(prefix) + ":" + name }
            attributes[name] = value
            attribute = a.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(convert(c))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                children.append(MarkupNode(name: "#text", prefix: nil, attributes: [:], children: [], content: string(c.pointee.content)))
            default:
                break
            }
            child = c.pointee.next
        }
        let prefix = node.pointee.ns.flatMap { $0.pointee.prefix.map { string($0) } }
        return MarkupNode(name: string(node.pointee.name), prefix: prefix, attributes: attributes, children: children, content: "")
    }
}
