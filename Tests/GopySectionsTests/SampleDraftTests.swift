import Foundation
import GopyModel
import Testing

/// `SampleDraft` mirrors `config/drafts/bcct-xvii.yaml` (this target does not read YAML):
/// these tests fail when the two drift apart.
@Suite("The sample draft in Swift matches config/drafts/bcct-xvii.yaml")
struct SampleDraftTests {
    /// The config file, found from this source file's place in the repository.
    static let yamlPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("config/drafts/bcct-xvii.yaml").path

    @Test func sameSectionsTitlesKeywordsAndText() throws {
        let yaml = try String(contentsOfFile: Self.yamlPath, encoding: .utf8)
        let read = OutlineYAML.read(yaml)
        #expect(read.draftID == SampleDraft.draft.id)
        #expect(read.draftTitle == SampleDraft.draft.title)
        let sections = SampleDraft.draft.allSections
        #expect(read.sections.map(\.id) == sections.map(\.id))
        for (file, swift) in zip(read.sections, sections) {
            #expect(file.title == swift.title, "title of \(swift.id)")
            #expect(file.keywords == swift.keywords, "keywords of \(swift.id)")
            #expect(file.text == swift.text, "text of \(swift.id)")
        }
    }

    @Test func readerReadsTheFieldsItCompares() {
        let read = OutlineYAML.read(
            """
            id: d
            title: "Dự thảo"
            sections:
              - id: "1"
                title: "Phần thứ nhất"
                keywords: ["a b", "c, d"]
                text: "Văn \\"bản\\"."
                sections:
                  - id: "1.I"
                    title: "Mục I"
            """)
        #expect(read.draftID == "d")
        #expect(read.draftTitle == "Dự thảo")
        #expect(read.sections.map(\.id) == ["1", "1.I"])
        #expect(read.sections[0].keywords == ["a b", "c, d"])
        #expect(read.sections[0].text == "Văn \"bản\".")
        #expect(read.sections[1].title == "Mục I")
        #expect(read.sections[1].keywords.isEmpty)
    }
}

/// Just enough of the draft YAML to compare: one `key: value` a line, double-quoted strings,
/// keyword lists in brackets. Sections in file order, which is depth first.
enum OutlineYAML {
    struct Section {
        var id: String
        var title = ""
        var keywords: [String] = []
        var text: String?
    }

    static func read(_ yaml: String) -> (draftID: String, draftTitle: String, sections: [Section]) {
        var draftID = ""
        var draftTitle = ""
        var sections: [Section] = []
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
            var body = line.drop { $0 == " " }
            let isItem = body.hasPrefix("- ")
            if isItem { body = body.dropFirst(2) }
            guard let colon = body.firstIndex(of: ":"), !body.hasPrefix("#") else { continue }
            let key = String(body[..<colon])
            let value = body[body.index(after: colon)...].drop { $0 == " " }
            switch key {
            case "id" where isItem: sections.append(Section(id: strings(in: value).first ?? String(value)))
            case "id": draftID = strings(in: value).first ?? String(value)
            case "title" where sections.isEmpty: draftTitle = strings(in: value).first ?? ""
            case "title": sections[sections.count - 1].title = strings(in: value).first ?? ""
            case "keywords" where !sections.isEmpty: sections[sections.count - 1].keywords = strings(in: value)
            case "text" where !sections.isEmpty: sections[sections.count - 1].text = strings(in: value).first
            default: break
            }
        }
        return (draftID, draftTitle, sections)
    }

    /// The double-quoted strings in `value`, unescaped (`\"`, `\\`).
    private static func strings(in value: Substring) -> [String] {
        var out: [String] = []
        var current: String?
        var escaped = false
        for character in value {
            guard current != nil else {
                if character == "\"" { current = "" }
                continue
            }
            if escaped {
                current!.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                out.append(current!)
                current = nil
            } else {
                current!.append(character)
            }
        }
        return out
    }
}
