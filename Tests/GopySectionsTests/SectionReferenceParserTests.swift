import Foundation
import GopySections
import Testing

@Suite("Finding section references in text")
struct SectionReferenceParserTests {
    /// The components of the only reference in `text` as (unit, values, through) triples.
    private func components(_ text: String) -> [(SectionUnit, [SectionValue], [SectionValue]?)] {
        let references = SectionReferenceParser.parse(text)
        guard references.count == 1 else {
            Issue.record("expected one reference in \"\(text)\", found \(references.map(\.description))")
            return []
        }
        return references[0].components.map { ($0.unit, $0.values, $0.through) }
    }

    private func expectComponents(
        _ text: String, _ expected: [(SectionUnit, [SectionValue])], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = components(text)
        #expect(found.map(\.0) == expected.map(\.0), "units of \"\(text)\"", sourceLocation: sourceLocation)
        #expect(found.map(\.1) == expected.map(\.1), "values of \"\(text)\"", sourceLocation: sourceLocation)
    }

    @Test("values in every numeral")
    func numerals() {
        expectComponents("Phần thứ nhất, mục I.1", [(.phan, [.ordinal(1)]), (.muc, [.roman(1), .arabic(1)])])
        expectComponents("phần II, mục 3.2", [(.phan, [.roman(2)]), (.muc, [.arabic(3), .arabic(2)])])
        expectComponents("mục 2.1.3", [(.muc, [.arabic(2), .arabic(1), .arabic(3)])])
        expectComponents("mục II.3.a", [(.muc, [.roman(2), .arabic(3), .letter("a")])])
        expectComponents("Phần XIV", [(.phan, [.roman(14)])])
        expectComponents("PHẦN THỨ NHẤT", [(.phan, [.ordinal(1)])])
        expectComponents("phan thu tu", [(.phan, [.ordinal(4)])])
        expectComponents("phần thứ năm", [(.phan, [.ordinal(5)])])
        expectComponents("phần thứ bẩy", [(.phan, [.ordinal(7)])])
        expectComponents("phần thứ mười", [(.phan, [.ordinal(10)])])
        expectComponents("phần thứ mười hai", [(.phan, [.ordinal(12)])])
        expectComponents("ý thứ 3", [(.y, [.ordinal(3)])])
        expectComponents("đoạn thứ hai", [(.doan, [.ordinal(2)])])
        expectComponents("đoạn đầu", [(.doan, [.first])])
    }

    @Test("legal letters, including đ, by their place in the alphabet")
    func letters() {
        expectComponents(
            "điểm đ khoản 1 Điều 51", [(.diem, [.letter("đ")]), (.khoan, [.arabic(1)]), (.dieu, [.arabic(51)])])
        #expect(SectionValue.letter("a").number == 1)
        #expect(SectionValue.letter("đ").number == 5)
        #expect(SectionValue.letter("e").number == 6)
        #expect(SectionValue.letter("y").number == 23)
        // The look-alikes ð/Ð (U+00F0/U+00D0) read as đ/Đ.
        expectComponents("\u{F0}iểm a", [(.diem, [.letter("a")])])
        expectComponents("\u{D0}IỀU 5", [(.dieu, [.arabic(5)])])
        expectComponents("điểm \u{F0}", [(.diem, [.letter("đ")])])
        // Lower-case i is the letter, not Roman one.
        expectComponents("muc i", [(.muc, [.letter("i")])])
        // f, j, w, z are not in the legal alphabet.
        #expect(SectionReferenceParser.parse("điểm f").isEmpty)
    }

    @Test("Roman numerals only in upper case")
    func romanCase() {
        let references = SectionReferenceParser.parse("phan ii muc 3")
        #expect(references.count == 1)
        #expect(references.first?.components.map(\.unit) == [.muc])
    }

    @Test("physical units are kept beside the logical ones")
    func physical() throws {
        let reference = try #require(SectionReferenceParser.parse("Phần I, mục 2, trang 5 dòng 3").first)
        #expect(reference.components.map(\.unit) == [.phan, .muc, .trang, .dong])
        #expect(reference.physicalComponents.map(\.unit) == [.trang, .dong])
        #expect(reference.structuralComponents.map(\.unit) == [.phan, .muc])
        expectComponents("đoạn cuối trang 20", [(.doan, [.last]), (.trang, [.arabic(20)])])
        expectComponents("dòng 3 từ dưới lên", [(.dong, [.arabic(3)])])
        #expect(SectionUnit.trang.isPhysical && SectionUnit.cau.isPhysical && !SectionUnit.muc.isPhysical)
    }

    @Test("ranges keep both ends")
    func ranges() throws {
        let pages = try #require(SectionReferenceParser.parse("xem trang 5-7").first)
        #expect(pages.components.first?.values == [.arabic(5)])
        #expect(pages.components.first?.through == [.arabic(7)])
        #expect(pages.isRange)
        #expect(pages.text == "trang 5-7")
        let sections = components("từ mục 3 đến mục 4")
        #expect(sections.map(\.0) == [.muc])
        #expect(sections.first?.1 == [.arabic(3)])
        #expect(sections.first?.2 == [.arabic(4)])
        #expect(components("mục I – II").first?.2 == [.roman(2)])
        #expect(components("phần thứ nhất đến phần thứ hai").first?.2 == [.ordinal(2)])
    }

    @Test("the matched range and text are the reference as written")
    func matchedRange() throws {
        let text = "Góp ý: tại Phần thứ nhất,  mục I.1 cần bổ sung số liệu."
        let reference = try #require(SectionReferenceParser.parse(text).first)
        #expect(reference.text == "Phần thứ nhất,  mục I.1")
        #expect(String(text[reference.range]) == reference.text)
        #expect(String(text[reference.components[1].range]) == "mục I.1")
    }

    @Test("either order, with connecting words")
    func order() {
        expectComponents(
            "tiểu mục 2.1 mục II phần thứ nhất",
            [(.tieuMuc, [.arabic(2), .arabic(1)]), (.muc, [.roman(2)]), (.phan, [.ordinal(1)])])
        expectComponents("ý thứ 3 của mục 2.3", [(.y, [.ordinal(3)]), (.muc, [.arabic(2), .arabic(3)])])
        expectComponents(
            "mục I.1, gạch đầu dòng thứ 2", [(.muc, [.roman(1), .arabic(1)]), (.gachDauDong, [.ordinal(2)])])
    }

    @Test("separate references stay separate")
    func separate() {
        #expect(SectionReferenceParser.parse("mục 2 và mục 3").map(\.text) == ["mục 2", "mục 3"])
        #expect(SectionReferenceParser.parse("mục 2, mục 3").map(\.text) == ["mục 2", "mục 3"])
        #expect(SectionReferenceParser.parse("phần I.\nMục 2 nêu").map(\.text) == ["phần I", "Mục 2"])
        #expect(SectionReferenceParser.parse("Phần I nói chung tốt. Riêng mục 2 cần sửa").count == 2)
    }

    @Test("unaccented, NFD and NFC text give the same components")
    func spellings() {
        let accented = "Phần thứ nhất, mục II, tiểu mục 2.1, đoạn cuối"
        let variants = [
            accented.decomposedStringWithCanonicalMapping,
            "PHẦN THỨ NHẤT, MỤC II, TIỂU MỤC 2.1, ĐOẠN CUỐI",
            "Phan thu nhat, muc II, tieu muc 2.1, đoạn cuoi",
        ]
        let expected = components(accented).map { "\($0.0) \($0.1)" }
        #expect(expected.count == 4)
        for variant in variants {
            #expect(components(variant).map { "\($0.0) \($0.1)" } == expected, "\(variant)")
        }
    }

    @Test(
        "words and numbers that are not references",
        arguments: [
            "Tôi có ý kiến như sau", "mục tiêu tăng trưởng 7%", "mục đích của chính sách", "phần lớn đảng viên",
            "phần nào đó", "một phần 3 số hộ", "tình hình kinh tế", "dòng họ", "dòng chảy", "Đại hội XIV",
            "khóa XIII", "lần thứ XVII", "Chỉ thị số 35-CT/TW", "Nghị định 30/2020/NĐ-CP", "Số: 125-BC/HU",
            "giai đoạn 2021-2025", "phấn đấu đạt mức 2", "phan dau dat muc tieu", "quan điểm thứ hai",
            "lưu ý 3 vấn đề", "đầu tư 5 tỷ đồng", "tăng ý 5%", "mục 2,5%", "trang 2020", "mục 0",
            "phần đầu tư công", "mức 2", "Ý KIẾN GÓP Ý", "thời điểm 2020", "chi tiết 2 nội dung",
            "chú ý 2 điểm", "5 triệu dong 2 lan", "chương trình 135", "điều kiện 2",
            "muc 2 trieu dong", "mức 5 phần trăm", "muc 5 phan tram", "muc 3 lan",
        ])
    func notReferences(_ text: String) {
        #expect(SectionReferenceParser.parse(text).isEmpty)
    }

    @Test("a document number after a unit word is not its value")
    func documentNumbers() {
        #expect(SectionReferenceParser.parse("khoản 35-CT/TW").isEmpty)
        #expect(SectionReferenceParser.parse("điều 30/2020/NĐ-CP").isEmpty)
        // …but the reference before it still counts.
        #expect(SectionReferenceParser.parse("Điều 5 Nghị định 30/2020/NĐ-CP").map(\.text) == ["Điều 5"])
    }

    @Test("descriptions read like a normalised reference")
    func descriptions() throws {
        let reference = try #require(SectionReferenceParser.parse("Phần thứ nhất, mục I.1, trang 5-7").first)
        #expect(reference.description == "phần thứ 1, mục I.1, trang 5-7")
    }

    @Test("empty and reference-free text")
    func empty() {
        #expect(SectionReferenceParser.parse("").isEmpty)
        #expect(SectionReferenceParser.parse("   \n").isEmpty)
        #expect(SectionReferenceParser.parse("Tôi hoàn toàn nhất trí với dự thảo.").isEmpty)
    }
}
