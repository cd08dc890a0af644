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
/// - `variation`: `original`, `duplicate`, `resubmission`, `edited` (copied by someone else
///   with small edits), `unaccented` (copied without diacritics) or `campaign` (a form letter);
///   `variant_of`: the comment it repeats (not for campaign letters)
/// - `group`: its true near-duplicate group ("g" and 16 hex digits): comments that say the same
///   thing in the same words up to small edits, spacing, case, tone-mark style, abbreviations or
///   diacritics. Comments written fresh with the same words share a group; a campaign letter
///   sent with little of the sender's own is in its campaign's group, one with a substantial
///   addition is a group of its own
/// - `campaign`: the form-letter campaign ("c" and its number), a campaign of copies ("o" and
///   the group's 16 hex digits: one long comment copied by five senders or more, which gopy
///   counts as a campaign too), or null
/// - `edits`: what was done to the text it was made from: `typo`, `word-dropped`, `word-added`,
///   `words-swapped`, `spacing`, `tone-style`, `abbreviation`, `case`, `unaccented` (to its
///   original), `opening`, `closing`, `addition` (to its campaign's letter)
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
        json += ",\"group\":\"\(TextHash.label(comment.group))\",\"campaign\":" + (comment.campaign.map { "\"c\($0)\"" } ?? "null")
        json += ",\"edits\":[" + comment.edits.names.map { "\"\($0)\"" }.joined(separator: ",") + "]"
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
