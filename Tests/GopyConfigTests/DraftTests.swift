import Foundation
import GopyConfig
import GopyModel
import Testing

@Suite("drafts/<id>.yaml")
struct DraftTests {
    let file = "config/drafts/bcct-xvii.yaml"

    static let valid = """
        id: bcct-xvii
        title: "Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"
        round: 2
        sections:
          - id: "1"
            title: "Phần thứ nhất: Kết quả thực hiện Nghị quyết Đại hội XVI"
            sections:
              - id: "1.I"
                title: Kết quả đạt được
                sections:
                  - id: "1.I.1"
                    title: "Về phát triển kinh tế"
                    keywords: ["tăng trưởng", "nông nghiệp"]
                    text: |
                      Kinh tế tăng trưởng khá,
                      cơ cấu chuyển dịch đúng hướng.
                  - id: 1.I.2
                    title: Về văn hóa, xã hội
              - id: "1.II"
                title: Hạn chế, yếu kém
          - id: 2
            title: "Phần thứ hai: Phương hướng, nhiệm vụ"
        """

    @Test("the outline is read with its nesting, keywords and text")
    func valid() throws {
        let draft = try ConfigLoader.parseDraft(Self.valid, file: file)
        #expect(draft.id == "bcct-xvii")
        #expect(draft.title == "Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII")
        #expect(draft.round == 2)
        #expect(draft.sections.map(\.id) == ["1", "2"])
        #expect(draft.allSections.map(\.id) == ["1", "1.I", "1.I.1", "1.I.2", "1.II", "2"])
        #expect(draft.leafSections.map(\.id) == ["1.I.1", "1.I.2", "1.II", "2"])
        let economy = try #require(draft.section(id: "1.I.1"))
        #expect(economy.title == "Về phát triển kinh tế")
        #expect(economy.keywords == ["tăng trưởng", "nông nghiệp"])
        #expect(economy.text == "Kinh tế tăng trưởng khá,\ncơ cấu chuyển dịch đúng hướng.")
        #expect(draft.section(id: "1.I.2")?.keywords == [])
        #expect(draft.section(id: "1.I.2")?.text == nil)
    }

    @Test("round is optional")
    func noRound() throws {
        let draft = try ConfigLoader.parseDraft(
            "id: bcct-xvii\ntitle: Dự thảo\nsections:\n  - id: \"1\"\n    title: Phần thứ nhất\n", file: file)
        #expect(draft.round == nil)
    }

    @Test("YAML anchors and aliases are resolved")
    func yamlAliases() throws {
        let draft = try ConfigLoader.parseDraft(
            """
            id: bcct-xvii
            title: Dự thảo
            sections:
              - id: "1"
                title: Phần thứ nhất
                keywords: &kinh-te ["kinh tế", "tăng trưởng"]
              - id: "2"
                title: Phần thứ hai
                keywords: *kinh-te
            """, file: file)
        #expect(draft.section(id: "2")?.keywords == ["kinh tế", "tăng trưởng"])
    }

    @Test("a draft whose id is not its file name is an error at the id")
    func idDiffersFromFileName() {
        expectConfigError(file: "config/drafts/bcct-xvi.yaml", line: 1, column: 5, mentioning: ["\"bcct-xvii\"", "expected \"bcct-xvi\""]) {
            try ConfigLoader.parseDraft(Self.valid, file: "config/drafts/bcct-xvi.yaml")
        }
    }

    @Test("round must be a positive integer", arguments: ["0", "-1", "1.5", "hai", "\"\"", "[2]"])
    func badRound(round: String) {
        let yaml = Self.valid.replacingOccurrences(of: "round: 2", with: "round: \(round)")
        expectConfigError(file: file, line: 3, column: 8, mentioning: ["round"]) {
            try ConfigLoader.parseDraft(yaml, file: file)
        }
    }

    @Test("a duplicate section id is an error on the second one's line")
    func duplicateSection() {
        let yaml = Self.valid.replacingOccurrences(of: "id: 1.I.2", with: "id: 1.I.1")
        expectConfigError(file: file, line: 17, column: 17, mentioning: ["duplicate section id \"1.I.1\"", "line 11"]) {
            try ConfigLoader.parseDraft(yaml, file: file)
        }
    }

    @Test("a section id must be its parent's id plus one component", arguments: [
        ("1.II.1", 11), ("1.I.1.1", 11), ("1.I", 11), ("2.I.1", 11), ("1.I.", 11), ("1.I..1", 11),
        ("1.I.1 ", nil), ("1.I. 1", 11),
    ])
    func badSectionID(id: String, line: Int?) {
        let yaml = Self.valid.replacingOccurrences(of: "id: \"1.I.1\"", with: "id: \"\(id)\"")
        if line == nil {
            // Surrounding spaces are trimmed: " 1.I.1 " is "1.I.1".
            #expect(throws: Never.self) { try ConfigLoader.parseDraft(yaml, file: file) }
            return
        }
        expectConfigError(file: file, line: line, column: 17, mentioning: ["section id"]) {
            try ConfigLoader.parseDraft(yaml, file: file)
        }
    }

    @Test("a top-level section id is one component")
    func topLevelID() {
        let yaml = Self.valid.replacingOccurrences(of: "  - id: 2\n", with: "  - id: 2.I\n")
        expectConfigError(file: file, line: 21, column: 9, mentioning: ["top-level section id \"2.I\""]) {
            try ConfigLoader.parseDraft(yaml, file: file)
        }
    }

    @Test("a draft or section without its required keys is an error")
    func missingKeys() {
        expectConfigError(file: file, line: 1, mentioning: ["the draft is missing \"id\""]) {
            try ConfigLoader.parseDraft("title: Dự thảo\nsections: []\n", file: file)
        }
        expectConfigError(file: file, line: 1, mentioning: ["the draft is missing \"title\""]) {
            try ConfigLoader.parseDraft("id: bcct-xvii\nsections: []\n", file: file)
        }
        expectConfigError(file: file, line: 1, mentioning: ["the draft is missing \"sections\""]) {
            try ConfigLoader.parseDraft("id: bcct-xvii\ntitle: Dự thảo\n", file: file)
        }
        expectConfigError(file: file, line: 3, mentioning: ["the draft has no sections"]) {
            try ConfigLoader.parseDraft("id: bcct-xvii\ntitle: Dự thảo\nsections: []\n", file: file)
        }
        let noTitle = Self.valid.replacingOccurrences(of: "        title: Hạn chế, yếu kém\n", with: "")
        expectConfigError(file: file, line: 19, column: 9, mentioning: ["a section is missing \"title\""]) {
            try ConfigLoader.parseDraft(noTitle, file: file)
        }
        expectConfigError(file: file, line: nil, mentioning: ["empty"]) {
            try ConfigLoader.parseDraft("# chưa có\n", file: file)
        }
    }

    @Test("a misspelt key in a section is an error on its line")
    func unknownSectionKey() {
        let yaml = Self.valid.replacingOccurrences(of: "keywords: [", with: "keyword: [")
        expectConfigError(file: file, line: 13, column: 13, mentioning: ["unknown key \"keyword\" in a section"]) {
            try ConfigLoader.parseDraft(yaml, file: file)
        }
    }

    @Test("a YAML syntax error in a draft names its line")
    func syntaxError() {
        let yaml = Self.valid.replacingOccurrences(of: "title: Kết quả đạt được", with: "title: Kết quả: đạt được")
        expectConfigError(file: file, line: 9, mentioning: ["invalid YAML"]) {
            try ConfigLoader.parseDraft(yaml, file: file)
        }
    }
}
