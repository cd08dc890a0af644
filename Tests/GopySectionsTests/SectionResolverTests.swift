import Foundation
import GopyModel
import GopySections
import Testing

/// One row of the resolution table: a text and the section id it should resolve to.
struct ResolutionCase: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: String?
    let note: String

    init(_ text: String, _ expected: String?, _ note: String = "") {
        self.text = text
        self.expected = expected
        self.note = note
    }

    var testDescription: String { "\(text) → \(expected ?? "nil")" }
}

@Suite("Resolving references against an outline")
struct SectionResolverTests {
    static let table: [ResolutionCase] = [
        // The three spellings the contract names, and their numeral mixes.
        .init("Phần thứ nhất, mục I.1", "1.I.1"),
        .init("phần I, mục 1.1", "1.I.1"),
        .init("phan 1 muc I.1", "1.I.1"),
        .init("phan I muc 2", "1.II"),
        .init("Phần 2 mục 2.3", "2.2.3"),
        .init("phần thứ 2, mục 1", "2.1"),
        .init("phần II, mục 2.1", "2.2.1"),
        .init("phần thứ hai, mục thứ tư", "2.4"),
        .init("Phần I, mục II, tiểu mục c", "1.II.3", "letters by their place in the alphabet"),
        // A part alone.
        .init("Phần thứ hai", "2"),
        .init("Về phần II, tôi đề nghị bổ sung thêm.", "2"),
        .init("Phần thứ ba", nil, "no such part"),
        // Upper case, unaccented, both.
        .init("PHẦN THỨ NHẤT", "1"),
        .init("PHẦN THỨ NHẤT, MỤC III", "1.III"),
        .init("PHẦN THỨ HAI, MỤC 2, TIỂU MỤC 3", "2.2.3"),
        .init("PHAN II MUC 4", "2.4"),
        .init("phan thu hai, muc 2.2", "2.2.2"),
        .init("Phan thu nhat, tieu muc 1.3", "1.I.3"),
        // Tiểu mục written as a full path or on its own; either order.
        .init("Phần thứ nhất, mục II, tiểu mục 2.1", "1.II.1"),
        .init("tiểu mục 2.1 mục II phần thứ nhất", "1.II.1"),
        .init("tiểu mục 3, mục I, Phần I", "1.I.3"),
        .init("phần II, mục 2, tiểu mục 1", "2.2.1"),
        .init("phần II, mục 2, tiểu mục 2.1", "2.2.1"),
        .init("Phần I, tiểu mục 2", nil, "tiểu mục 2 of which mục?"),
        // Units below the outline and physical units do not count.
        .init("Phần I, mục 2, trang 5 dòng 3", "1.II"),
        .init("mục I.1, gạch đầu dòng thứ 2", "1.I.1"),
        .init("ý thứ 3 của mục III.1", "1.III.1"),
        .init("trang 5 dòng 3", nil, "physical only"),
        .init("ý thứ 3", nil, "an idea of no section"),
        .init("đoạn cuối trang 20", nil, "physical only"),
        // No phần: unique below the top level, or nil.
        .init("mục III.2", "1.III.2"),
        .init("mục 4", "2.4"),
        .init("mục 1.1", "1.I.1", "2.1 has no sub-items"),
        .init("mục 1", nil, "1.I and 2.1"),
        .init("mục 2.3", nil, "1.II.3 and 2.2.3"),
        .init("mục II.1", nil, "1.II.1 and 2.2.1"),
        // Deeper than the outline, or not in it.
        .init("phần I, mục I.1.2", nil),
        .init("mục II.3.a", nil),
        .init("phần II, mục 5", nil),
        // Ranges resolve to their start.
        .init("phần II, mục 3 đến mục 4", "2.3"),
        .init("Phần I, mục II - III", "1.II"),
        // Positions.
        .init("Phần II, mục cuối", "2.4"),
        .init("phần I, mục đầu, tiểu mục 2", "1.I.2"),
        .init("phần cuối", nil, "too vague"),
        // Inside sentences; the first reference that resolves wins.
        .init("Tại mục 1 (phần II) cần làm rõ nguồn lực.", "2.1"),
        .init("Đề nghị bổ sung vào mục III.2 nội dung về chuyển đổi số.", "1.III.2"),
        .init("Ở mục 2.3 và phần I, mục III có chỗ trùng lặp.", "1.III"),
        .init("Đại hội lần thứ XIII đã xác định; ở phần I cần nêu rõ hơn.", "1"),
        // Invisible characters and Windows-1258-style decomposed tones.
        .init("Ph\u{200B}ần II", "2"),
        .init("Phâ\u{0300}n thư\u{0301} hai, mu\u{0323}c 1", "2.1"),
        // Not references.
        .init("Tôi có ý kiến về mục tiêu tăng trưởng.", nil),
        .init("Mục đích và phần lớn nội dung đều đúng.", nil),
        .init("Phần nào đó chưa rõ; một phần 3 số hộ chưa thoát nghèo.", nil),
        .init("Tình hình dòng họ, dòng chảy sông Hồng.", nil),
        .init("Đại hội XIV, khóa XIII, lần thứ XVII.", nil),
        .init("Theo Chỉ thị 35-CT/TW, Nghị định 30/2020/NĐ-CP và Số: 125-BC/HU.", nil),
        .init("Trong giai đoạn 2021-2025 cần phấn đấu đạt mức 2.", nil),
        .init("phan dau dat muc tieu de ra", nil),
        .init("Quan điểm thứ hai cần lưu ý 3 vấn đề.", nil),
        .init("Thực hiện theo Điều 4 Luật Đất đai.", nil, "a law's article, not mục 4"),
        .init("điểm d", nil, "a point of what?"),
        .init("muc 2 trieu dong", nil, "mức 2 triệu đồng"),
    ]

    @Test("resolution table", arguments: table)
    func resolves(_ row: ResolutionCase) {
        #expect(SampleOutline.resolver.resolve(text: row.text) == row.expected, "\(row.note)")
    }

    @Test("the table is big enough to mean something")
    func tableSize() {
        #expect(Self.table.count >= 40)
        #expect(Self.table.filter { $0.expected == nil }.count >= 10)
    }

    @Test(
        "NFD text resolves like NFC",
        arguments: [
            ("Phần thứ nhất, mục I.1", "1.I.1"),
            ("tiểu mục 2.1 mục II phần thứ nhất", "1.II.1"),
            ("PHẦN THỨ HAI, MỤC CUỐI", "2.4"),
            ("Phần thứ hai, mục 2, tiểu mục 3", "2.2.3"),
        ])
    func decomposed(_ text: String, _ expected: String) {
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array(text.utf8), "the NFD form must really differ in bytes")
        #expect(SampleOutline.resolver.resolve(text: nfd) == expected)
        #expect(SampleOutline.resolver.resolve(text: text) == expected)
    }

    @Test("a parsed reference resolves the same as its text")
    func resolvesReference() throws {
        let reference = try #require(SectionReferenceParser.parse("phần II, mục 2.1").first)
        #expect(SampleOutline.resolver.resolve(reference) == "2.2.1")
    }

    @Test("resolveFirst gives the section and the reference that named it")
    func resolveFirst() throws {
        let text = "Mục 1 chưa rõ. Tại phần II, mục 3: đề nghị viết lại."
        let found = try #require(SampleOutline.resolver.resolveFirst(in: text))
        #expect(found.section == "2.3")
        #expect(found.reference.text == "phần II, mục 3")
        #expect(String(text[found.reference.range]) == "phần II, mục 3")
    }

    @Test("outline ids in other numerals resolve by number")
    func otherNumerals() {
        let draft = Draft(
            id: "luat", title: "Dự thảo Luật",
            sections: [
                OutlineSection(
                    id: "II", title: "Chương II",
                    sections: [
                        OutlineSection(
                            id: "II.51", title: "Điều 51",
                            sections: [
                                OutlineSection(
                                    id: "II.51.1", title: "Khoản 1",
                                    sections: ["a", "b", "c", "d", "đ"].map {
                                        OutlineSection(id: "II.51.1.\($0)", title: "Điểm \($0)")
                                    })
                            ])
                    ]),
                OutlineSection(id: "mo-dau", title: "Mở đầu"),
            ])
        let resolver = SectionResolver(draft: draft)
        #expect(resolver.resolve(text: "điểm đ khoản 1 Điều 51") == "II.51.1.đ")
        #expect(resolver.resolve(text: "Chương 2, Điều 51, khoản 1, điểm d") == "II.51.1.d")
        #expect(resolver.resolve(text: "chuong thu hai") == "II")
        #expect(resolver.resolve(text: "điểm e khoản 1 Điều 51") == nil)
        #expect(resolver.resolve(text: "Điều 50") == nil)
        #expect(resolver.resolve(text: "khoản 1") == nil, "a clause of no article")
    }

    @Test("an empty outline resolves nothing")
    func emptyOutline() {
        let resolver = SectionResolver(draft: Draft(id: "x", title: "x", sections: []))
        #expect(resolver.resolve(text: "Phần I, mục 1") == nil)
    }
}
