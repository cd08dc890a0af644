import GopyModel

/// The overview's chart: one stacked horizontal bar per section (and one for the unassigned
/// part), its segments the comments of each source kind, as inline SVG.
///
/// The numbers are written into the SVG as well as drawn (`data-count` on every segment,
/// `data-total` on every row, a `<title>` on each), and the overview follows the chart with
/// a table of the same numbers for those who cannot see it.
struct SectionChart {
    struct Row {
        /// The section id, or `chua-xac-dinh` for the unassigned part.
        var key: String
        var label: String
        /// How deep in the outline: labels are indented by it.
        var depth: Int
        var counts: [SourceKind: Int]
        var total: Int { counts.values.reduce(0, +) }
    }

    var rows: [Row]
    var titleID = "bieu-do-tieu-de"
    var descriptionID = "bieu-do-mo-ta"

    static let width = 820
    static let labelLeft = 30
    static let plotLeft = 290
    static let plotWidth = 460
    static let rowHeight = 24
    static let barHeight = 16
    static let labelLength = 38
    static let indentPerLevel = 10

    /// Colours by kind, told apart by people with the common colour-vision deficiencies
    /// (Okabe and Ito's palette, grey for citizens).
    static func colour(_ kind: SourceKind) -> String {
        switch kind {
        case .central: "#0072B2"
        case .front: "#D55E00"
        case .district: "#009E73"
        case .agency: "#E69F00"
        case .expert: "#CC79A7"
        case .veteran: "#56B4E9"
        case .citizen: "#6E6E6E"
        }
    }

    /// The kinds that occur in any row, in the usual order.
    var kinds: [SourceKind] {
        SourceKind.allCases.sorted().filter { kind in rows.contains { ($0.counts[kind] ?? 0) > 0 } }
    }

    /// A step of 1, 2 or 5 times a power of ten giving at most five intervals up to `maximum`.
    static func tickStep(maximum: Int) -> Int {
        var magnitude = 1
        while true {
            for m in [1, 2, 5] where m * magnitude * 5 >= maximum { return m * magnitude }
            magnitude *= 10
        }
    }

    /// Tenths of a pixel as SVG writes them: "12", "12.5".
    static func pixels(_ tenths: Int) -> String {
        tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    func svg() -> String {
        let kinds = self.kinds
        let maximum = rows.map(\.total).max() ?? 0
        let step = Self.tickStep(maximum: maximum)
        let axisMax = max(step, (maximum + step - 1) / step * step)
        /// x of a count, in tenths of a pixel.
        func x(_ count: Int) -> Int {
            Self.plotLeft * 10 + (Self.plotWidth * 10 * count + axisMax / 2) / axisMax
        }

        let legendColumns = 3
        let legendRows = (kinds.count + legendColumns - 1) / legendColumns
        let plotTop = 12 + legendRows * 22 + (legendRows > 0 ? 8 : 0)
        let plotHeight = max(rows.count, 1) * Self.rowHeight
        let axisY = plotTop + plotHeight
        let height = axisY + 52

        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Self.width) \(height)\" width=\"\(Self.width)\" height=\"\(height)\""
        out += " role=\"img\" aria-labelledby=\"\(titleID) \(descriptionID)\""
        out += " font-family=\"system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif\" font-size=\"12\">\n"
        out += "<title id=\"\(titleID)\">Số ý kiến theo phần, mục và theo nguồn</title>\n"
        out += "<desc id=\"\(descriptionID)\">" + Markup.escape(description(maximum: maximum)) + "</desc>\n"

        // Legend.
        out += "<g class=\"legend\">\n"
        for (i, kind) in kinds.enumerated() {
            let lx = Self.labelLeft + (i % legendColumns) * 250
            let ly = 12 + (i / legendColumns) * 22
            out += "<g data-kind=\"\(kind.rawValue)\"><rect x=\"\(lx)\" y=\"\(ly)\" width=\"14\" height=\"14\" fill=\"\(Self.colour(kind))\" />"
            out += "<text x=\"\(lx + 20)\" y=\"\(ly + 11)\">" + Markup.escape(kind.vietnameseLabel) + "</text></g>\n"
        }
        out += "</g>\n"

        // Grid and x axis.
        out += "<g class=\"axis x-axis\">\n"
        var tick = 0
        while tick <= axisMax {
            let tx = Self.pixels(x(tick))
            out += "<line x1=\"\(tx)\" y1=\"\(plotTop)\" x2=\"\(tx)\" y2=\"\(axisY + 5)\" stroke=\"\(tick == 0 ? "#333333" : "#dddddd")\" />"
            out += "<text x=\"\(tx)\" y=\"\(axisY + 18)\" text-anchor=\"middle\">\(ReportWording.number(tick))</text>\n"
            tick += step
        }
        out += "<line x1=\"\(Self.plotLeft)\" y1=\"\(axisY)\" x2=\"\(Self.plotLeft + Self.plotWidth)\" y2=\"\(axisY)\" stroke=\"#333333\" />\n"
        out += "<text class=\"axis-title\" x=\"\(Self.plotLeft + Self.plotWidth / 2)\" y=\"\(axisY + 40)\" text-anchor=\"middle\" font-weight=\"bold\">Số ý kiến</text>\n"
        out += "</g>\n"
        let middle = plotTop + plotHeight / 2
        out += "<text class=\"axis-title\" x=\"14\" y=\"\(middle)\" transform=\"rotate(-90 14 \(middle))\" text-anchor=\"middle\" font-weight=\"bold\">Phần, mục</text>\n"

        // Bars.
        for (r, row) in rows.enumerated() {
            let y = plotTop + r * Self.rowHeight
            out += "<g class=\"row\" data-section=\"" + Markup.escape(row.key) + "\" data-total=\"\(row.total)\">\n"
            let depth = min(max(row.depth, 0), 5)
            // No links here: the chart is one image to assistive technology; the table after it
            // links every section.
            out += "<text class=\"label\" x=\"\(Self.labelLeft + depth * Self.indentPerLevel)\" y=\"\(y + 16)\">"
            out += "<title>" + Markup.escape(row.label) + "</title>"
            out += Markup.escape(Self.shortened(row.label, depth: depth)) + "</text>\n"
            var cumulative = 0
            for kind in kinds {
                guard let n = row.counts[kind], n > 0 else { continue }
                let x0 = x(cumulative), x1 = x(cumulative + n)
                out += "<rect x=\"\(Self.pixels(x0))\" y=\"\(y + (Self.rowHeight - Self.barHeight) / 2)\" width=\"\(Self.pixels(x1 - x0))\" height=\"\(Self.barHeight)\""
                out += " fill=\"\(Self.colour(kind))\" data-kind=\"\(kind.rawValue)\" data-count=\"\(n)\">"
                out += "<title>" + Markup.escape("\(row.label) — \(kind.vietnameseLabel): \(ReportWording.number(n)) ý kiến") + "</title></rect>\n"
                cumulative += n
            }
            if row.total > 0 {
                out += "<text class=\"total\" x=\"\(Self.pixels(x(row.total) + 40))\" y=\"\(y + 16)\">\(ReportWording.number(row.total))</text>\n"
            }
            out += "</g>\n"
        }
        out += "</svg>\n"
        return out
    }

    /// What the chart shows, in words, for those who cannot see it.
    func description(maximum: Int) -> String {
        let total = rows.reduce(0) { $0 + $1.total }
        guard total > 0 else { return "Chưa có ý kiến góp ý nào." }
        var out = "Biểu đồ thanh ngang: mỗi thanh là một phần, mục của dự thảo, chia theo nguồn góp ý. "
        out += "Tổng số \(ReportWording.number(total)) ý kiến"
        if let top = rows.first(where: { $0.total == maximum }) {
            out += "; nhiều nhất là \(top.label) với \(ReportWording.number(maximum)) ý kiến"
        }
        out += ". Số liệu đầy đủ ở bảng ngay sau biểu đồ."
        return out
    }

    /// The label cut to fit the space left of the bars at its indentation.
    static func shortened(_ label: String, depth: Int) -> String {
        let length = labelLength - depth * 2
        return label.count > length ? String(label.prefix(length - 1)) + "…" : label
    }
}
