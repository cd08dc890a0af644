/// A JSON document whose long arrays are made one element at a time while it is written, so
/// that a large document (a draft's `synthesis.json` lists every point) is never whole in
/// memory, neither as values nor as text.
///
/// It writes exactly the text of the ``JSONValue`` it stands for (``materialized``), in the
/// same layout.
public indirect enum JSONDocument: Sendable {
    /// A value made in full.
    case value(JSONValue)
    /// An object whose members may themselves be made while written.
    case object([(String, JSONDocument)])
    /// An array of `count` elements, element `i` made by `element(i)` when it is written.
    case array(count: Int, element: @Sendable (Int) -> JSONDocument)

    /// The document as one value (for small documents and tests).
    public var materialized: JSONValue {
        switch self {
        case .value(let value): value
        case .object(let fields): .object(fields.map { ($0.0, $0.1.materialized) })
        case .array(let count, let element): .array((0..<count).map { element($0).materialized })
        }
    }

    /// Appends the document's UTF-8 JSON text to `out`, as ``JSONValue/write(to:pretty:indent:)``
    /// would write ``materialized``, calling `flush` with `out` whenever it holds `chunk` bytes
    /// or more (`flush` is expected to write them out and empty it).
    public func write<E: Error>(
        to out: inout [UInt8], pretty: Bool = false, indent: Int = 0, chunk: Int = 1 << 20,
        flush: (inout [UInt8]) throws(E) -> Void
    ) throws(E) {
        switch self {
        case .value(let value):
            value.write(to: &out, pretty: pretty, indent: indent)
        case .object(let fields):
            guard !fields.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(&out, indent + 1) }
                JSONValue.string(key).write(to: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                try value.write(to: &out, pretty: pretty, indent: indent + 1, chunk: chunk, flush: flush)
            }
            if pretty { Self.newline(&out, indent) }
            out.append(UInt8(ascii: "}"))
        case .array(let count, let element):
            guard count > 0 else { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for i in 0..<count {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                if pretty { Self.newline(&out, indent + 1) }
                try element(i).write(to: &out, pretty: pretty, indent: indent + 1, chunk: chunk, flush: flush)
            }
            if pretty { Self.newline(&out, indent) }
            out.append(UInt8(ascii: "]"))
        }
        if out.count >= chunk { try flush(&out) }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }
}
