import GopyModel
import GopySynthesis
import Testing

@Suite struct RenderingTests {
    let draft = Draft(id: "d", title: "Dự thảo Báo cáo chính trị", round: 2, sections: [OutlineSection(id: "1", title: "Phần thứ nhất")])

    func synthesis() -> Synthesis {
        let comment = GopyModel.Comment(
            id: "C-1", provenance: Provenance(file: "a/b.csv", sha256: String(repeating: "a", count: 64), locator: Locator(line: 3, row: 2)),
            source: SourceRef(id: "web", kind: .citizen, name: "Cổng Thông tin"), draft: "d", round: nil, section: "1",
            sectionBasis: .explicit, originalText: "Gọi 0912 345 678", text: "Đề nghị *bổ sung* [số điện thoại]",
            matchingKey: "x", general: false
        )
        return SynthesisBuilder.build(draft: draft, runID: "R-1", comments: [comment], clusterOf: ["C-1": "K-1"])
    }

    @Test func synthesisJSONHasTheContractShape() {
        let json = synthesis().jsonValue.serialized()
        #expect(json.hasPrefix("{\"draft\":{\"id\":\"d\",\"title\":\"Dự thảo Báo cáo chính trị\",\"round\":2},\"run\":\"R-1\",\"sections\":[{\"id\":\"1\""))
        #expect(json.contains("\"campaign\":null"))
        #expect(json.contains("\"unassigned\":{\"points\":[]"))
    }

    @Test func commentLineKeepsNullsAndLeavesOutPersonalData() {
        let s = synthesis()
        let c = GopyModel.Comment(
            id: "C-1", provenance: Provenance(file: "a/b.csv", sha256: "h", locator: Locator(line: 3, row: 2)),
            source: SourceRef(id: "web", kind: .citizen, name: "Cổng"), draft: "d", round: nil, section: nil,
            sectionBasis: .none, originalText: "Lê Văn A nói", text: "[họ tên] nói", matchingKey: "k", general: false,
            personal: PersonalData(author: "Lê Văn A", phone: "0912345678")
        )
        let line = CommentRecord(comment: c, cluster: "K-1", point: s.pointOf["C-1"]).jsonValue.serialized()
        #expect(line.contains("\"round\":null") && line.contains("\"section\":null") && line.contains("\"campaign\":null"))
        #expect(line.contains("\"locator\":{\"line\":3,\"row\":2}"))
        #expect(!line.contains("Lê Văn A") && !line.contains("0912345678"))
    }

    @Test func markdownIsVietnameseAndEscaped() {
        let s = synthesis()
        let md = SynthesisMarkdown.section(s.sections[0], of: s)
        #expect(md.hasPrefix("# 1. Phần thứ nhất\n"))
        #expect(md.contains("Tổng số ý kiến: **1**"))
        #expect(md.contains("Đề nghị \\*bổ sung\\* \\[số điện thoại\\]"))
        #expect(md.contains("Nhân dân") && md.contains("Cổng Thông tin (1)"))
        let index = SynthesisMarkdown.index(s)
        #expect(index.contains("[1](sections/1.md)"))
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1}").serialized() == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }
}
