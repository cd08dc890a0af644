import GopyModel
import GopySections

/// The outline the resolver tests run against:
///
/// - "1" Phần thứ nhất: mục "1.I", "1.II", "1.III", each with tiểu mục 1–3 ("1.II.3").
/// - "2" Phần thứ hai: mục "2.1" … "2.4"; "2.2" has sub-items "2.2.1" … "2.2.3".
enum SampleOutline {
    static let draft: Draft = {
        let roman = ["I", "II", "III"]
        let partOne = OutlineSection(
            id: "1", title: "Phần thứ nhất: Kết quả thực hiện Nghị quyết",
            sections: roman.map { numeral in
                OutlineSection(
                    id: "1.\(numeral)", title: "Mục \(numeral)",
                    sections: (1...3).map { OutlineSection(id: "1.\(numeral).\($0)", title: "Tiểu mục \($0)") })
            })
        let partTwo = OutlineSection(
            id: "2", title: "Phần thứ hai: Phương hướng, nhiệm vụ",
            sections: (1...4).map { number in
                OutlineSection(
                    id: "2.\(number)", title: "Mục \(number)",
                    sections: number == 2
                        ? (1...3).map { OutlineSection(id: "2.2.\($0)", title: "Mục 2.\($0)") } : [])
            })
        return Draft(id: "bcct-test", title: "Dự thảo Báo cáo chính trị (mẫu)", sections: [partOne, partTwo])
    }()

    static let resolver = SectionResolver(draft: draft)
}
