/// Writes a district committee's consolidated report in the administrative layout: heading
/// block, title, introduction, `I.`/`1.` headings naming sections, `-`/`+` items wrapping onto
/// indented lines, and a footer (`Nơi nhận:`, `T/M …`, signature) that holds no comments.
struct ReportWriter {
    let outline: Outline
    let references: ReferenceWriter
    let seed: UInt64

    static let stream: UInt64 = 10

    func write(_ file: PlannedFile, comments: [GeneratedComment]) -> WrittenFile {
        var random = SplitMix64(seed: seed, stream: Self.stream, item: UInt64(file.index))
        var out = TextBuffer(capacity: 400 + comments.count * 260)
        let source = file.source
        let organisation = source.name.uppercased()
        let width = 86

        if random.chance(0.5) {
            out.append(pad(organisation, to: 48) + "ĐẢNG CỘNG SẢN VIỆT NAM\n")
            out.append("          *\n")
        } else {
            out.append("ĐẢNG BỘ TỈNH\n\(organisation)\n          *\n")
        }
        let number = "Số: \(random.int(in: 12...480))-BC/\(source.abbreviation)"
        out.append(pad(number, to: 40) + "\(source.place), ngày \(file.day) tháng 3 năm 2025\n\n")
        out.append("BÁO CÁO\n")
        out.append("Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị\n")
        out.append("trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII (lần \(outline.round))\n")
        out.append("\n")
        let introduction =
            "Thực hiện Công văn số \(random.int(in: 100...999))-CV/TU ngày \(max(1, file.day - 7)) tháng 3 năm 2025 của Ban Thường vụ Tỉnh ủy "
            + "về việc góp ý dự thảo các văn kiện trình Đại hội, Ban Thường vụ \(source.name) đã tổ chức quán triệt, lấy ý kiến "
            + "góp ý của \(random.int(in: 20...90)) tổ chức cơ sở đảng, cán bộ, đảng viên và nhân dân trên địa bàn. Kết quả tổng hợp như sau:"
        for line in wrap(introduction, width: width) { out.append(line + "\n") }
        out.append("\n")

        // Group the items: general agreement first, then by section in outline order, then the rest.
        let general = comments.filter(\.general)
        let order = Dictionary(uniqueKeysWithValues: outline.all.enumerated().map { ($1.id, $0) })
        var bySection: [String: [GeneratedComment]] = [:]
        var other: [GeneratedComment] = []
        for comment in comments where !comment.general {
            // Some items are listed under "other opinions", where only their own words say the section.
            if let section = comment.section, !random.chance(0.1) {
                bySection[section, default: []].append(comment)
            } else {
                other.append(comment)
            }
        }
        let sections = bySection.keys.sorted { order[$0, default: 0] < order[$1, default: 0] }

        var placed: [PlacedComment] = []
        var record = 0
        func item(_ comment: GeneratedComment, marker: String, basis: String) {
            record += 1
            placed.append(PlacedComment(comment: comment, record: record, line: out.line, basis: basis))
            let lines = wrap(comment.text, width: width - 2)
            for (index, line) in lines.enumerated() {
                out.append((index == 0 ? marker + " " : "  ") + line + "\n")
            }
        }

        var heading = 0
        if !general.isEmpty {
            heading += 1
            out.append("\(ReferenceWriter.roman(heading)). Ý KIẾN CHUNG\n")
            for comment in general { item(comment, marker: "-", basis: "none") }
        }
        if !sections.isEmpty {
            heading += 1
            out.append("\(ReferenceWriter.roman(heading)). Ý KIẾN GÓP Ý CỤ THỂ\n")
            for (index, id) in sections.enumerated() {
                let title = outline.all.first { $0.id == id }?.title ?? ""
                let style: ReferenceStyle = random.chance(0.7) ? .formal : .romanPart
                let shortTitle = title.split(separator: ":").last.map { String($0).trimmingSpaces() } ?? title
                let lead = random.chance(0.5) ? "Đối với " : ""
                out.append("\(index + 1). \(lead)\(references.reference(to: id, style: style)) (\(shortTitle))\n")
                var previousMarker = ""
                for comment in bySection[id] ?? [] {
                    let marker = previousMarker == "-" && random.chance(0.2) ? "+" : "-"
                    previousMarker = marker
                    item(comment, marker: marker, basis: comment.inlineReference ? "explicit" : "context")
                }
            }
        }
        if !other.isEmpty {
            heading += 1
            out.append("\(ReferenceWriter.roman(heading)). MỘT SỐ Ý KIẾN KHÁC\n")
            for comment in other {
                item(comment, marker: "-", basis: comment.inlineReference ? "explicit" : comment.section == nil ? "none" : "inferred")
            }
        }

        out.append("\n")
        let signer = Person.make(&random).name
        let role = random.pick(["PHÓ BÍ THƯ", "BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC"])
        if random.chance(0.5) {
            out.append("Nơi nhận:\n")
            out.append("- Ban Thường vụ Tỉnh ủy (b/c),\n- Ban Tuyên giáo và Dân vận Tỉnh ủy,\n- Lưu Văn phòng \(source.name).\n")
            out.append(pad("", to: 44) + "T/M BAN THƯỜNG VỤ\n" + pad("", to: 44) + role + "\n\n" + pad("", to: 44) + "(đã ký)\n\n")
            out.append(pad("", to: 44) + signer + "\n")
        } else {
            out.append(pad("Nơi nhận:", to: 44) + "T/M BAN THƯỜNG VỤ\n")
            out.append(pad("- Ban Thường vụ Tỉnh ủy (b/c),", to: 44) + role + "\n")
            out.append("- Lưu Văn phòng \(source.name).\n\n")
            out.append(pad("", to: 44) + signer + "\n")
        }
        return WrittenFile(path: file.path, bytes: out.bytes, placed: placed)
    }
}

/// The text followed by spaces up to `width` characters (at least one space).
func pad(_ text: String, to width: Int) -> String {
    let length = text.unicodeScalars.count
    return text + String(repeating: " ", count: max(1, width - length))
}

extension String {
    /// Without spaces at either end.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
