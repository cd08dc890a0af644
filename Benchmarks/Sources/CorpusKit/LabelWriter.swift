/// The `--labels` output: one JSON object a line per comment placed in a file, saying what a
/// perfect pipeline should find. Fields:
///
/// - `comment`: the comment's number in the round (0-based, in file order)
/// - `file`: path relative to `inbox/`; `format`: the file kind; `record`: 1-based index in the
///   file (item, CSV data row, XML comment element); `line`: 1-based line where it starts
/// - `source`: the source id it belongs to
/// - `section`: the true section id, or null for the whole draft; `basis`: how it can be found
///   (`explicit`, `context`, `inferred`, `none`)
/// - `general`: general agreement with no content
/// - `variation`: `original`, `duplicate` or `resubmission`; `variant_of`: the comment it repeats
/// - `personal_in_text`: the text names its author, address or phone
/// - `encoding`: the file's encoding (a gopy `TextEncoding` raw value: `utf-8`, `utf-16le`,
///   `windows-1258`, `tcvn3`, `vni-windows`, `tcvn3-mojibake`, `vni-mojibake`, `double-utf-8`);
///   `bom`: whether the file starts with a byte-order mark
enum LabelWriter {
    static func line(_ placed: PlacedComment, file: PlannedFile, encoding: FileEncoding) -> String {
        let comment = placed.comment
        var json = "{\"comment\":\(comment.number),\"file\":\(jsonString(file.path)),\"format\":\"\(file.kind.rawValue)\""
        json += ",\"record\":\(placed.record),\"line\":\(placed.line),\"source\":\(jsonString(file.source.id))"
        json += ",\"section\":" + (comment.section.map(jsonString) ?? "null")
        json += ",\"basis\":\"\(placed.basis)\",\"general\":\(comment.general)"
        json += ",\"variation\":\"\(comment.variation.rawValue)\",\"variant_of\":" + (comment.variantOf.map(String.init) ?? "null")
        json += ",\"personal_in_text\":\(comment.personalInText)"
        json += ",\"encoding\":\"\(encoding.label)\",\"bom\":\(encoding.hasBOM)}\n"
        return json
    }

    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
