import GopyModel
import Testing

/// `synthesis.json` is written point by point; the text must be that of the whole value.
@Suite struct JSONDocumentTests {
    static let point: JSONValue = .object([
        ("id", .string("P-1")), ("text", .string("Đề nghị \"bổ sung\"\n")), ("comments", .array((0..<300).map { .string("C-\($0)") })),
        ("submissions", .int(300)), ("share", .double(0.25)), ("campaign", .null), ("general", .bool(false)), ("variants", .array([])),
    ])

    static let document: JSONDocument = .object([
        ("draft", .value(.object([("id", .string("d")), ("round", .int(2))]))),
        ("sections", .array(count: 3) { index in
            .object([
                ("id", .value(.string("1.\(index)"))),
                ("points", .array(count: index == 1 ? 0 : 40) { _ in .value(point) }),
                ("by_kind", .value(.object([]))),
            ])
        }),
        ("empty", .object([])),
        ("unassigned", .object([("points", .array(count: 1) { _ in .value(point) })])),
    ])

    @Test(arguments: [true, false], [1, 100, 4096, 1 << 20])
    func writtenInPiecesItIsTheTextOfTheWholeValue(pretty: Bool, chunk: Int) {
        var written: [UInt8] = []
        var pieces = 0
        var buffer: [UInt8] = []
        Self.document.write(to: &buffer, pretty: pretty, chunk: chunk) { (piece: inout [UInt8]) in
            written += piece
            piece.removeAll()
            pieces += 1
        }
        written += buffer
        #expect(String(decoding: written, as: UTF8.self) == Self.document.materialized.serialized(pretty: pretty))
        if chunk <= 4096 { #expect(pieces > 1, "a small chunk gives several pieces") }
    }
}
