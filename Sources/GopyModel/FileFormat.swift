/// The formats the inbox accepts, known from the extension and confirmed from the content.
public enum FileFormat: String, Codable, Sendable, CaseIterable {
    case xml, csv, text

    /// The format a path's extension names, or nil for an extension gopy does not read.
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "xml": self = .xml
        case "csv", "tsv": self = .csv
        case "txt": self = .text
        default: return nil
        }
    }
}
