import GopyModel

extension JSONValue {
    /// Writes the value as ``write(to:pretty:indent:)`` would (the same bytes), but hands the
    /// text to `file` piece by piece: the arrays and objects of the first `levels` levels are
    /// opened here and their members written one at a time, so a large document (a draft's
    /// `synthesis.json`) is never whole in memory as text.
    func write(to file: inout StagedFile, pretty: Bool, indent: Int = 0, levels: Int = 4) throws(IOError) {
        switch self {
        case .array(let items) where levels > 0 && !items.isEmpty:
            try file.append(byte: UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { try file.append(byte: UInt8(ascii: ",")) }
                if pretty { try Self.newline(&file, indent + 1) }
                try item.write(to: &file, pretty: pretty, indent: indent + 1, levels: levels - 1)
            }
            if pretty { try Self.newline(&file, indent) }
            try file.append(byte: UInt8(ascii: "]"))
        case .object(let fields) where levels > 0 && !fields.isEmpty:
            try file.append(byte: UInt8(ascii: "{"))
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { try file.append(byte: UInt8(ascii: ",")) }
                if pretty { try Self.newline(&file, indent + 1) }
                try file.appending { JSONValue.string(key).write(to: &$0) }
                try file.append(byte: UInt8(ascii: ":"))
                if pretty { try file.append(byte: UInt8(ascii: " ")) }
                try value.write(to: &file, pretty: pretty, indent: indent + 1, levels: levels - 1)
            }
            if pretty { try Self.newline(&file, indent) }
            try file.append(byte: UInt8(ascii: "}"))
        default:
            try file.appending { write(to: &$0, pretty: pretty, indent: indent) }
        }
    }

    private static func newline(_ file: inout StagedFile, _ indent: Int) throws(IOError) {
        try file.appending {
            $0.append(UInt8(ascii: "\n"))
            $0.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
        }
    }
}
