import Foundation
import GopyConfig
import GopyModel
import Testing

/// A config folder in a fresh temporary directory, removed when the test ends.
private final class ConfigFolder {
    let root: URL
    var path: String { root.appendingPathComponent("config").path }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gopy-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("config/drafts"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, Data(text.utf8))
    }

    func write(_ relativePath: String, _ data: Data) throws {
        let url = root.appendingPathComponent("config").appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent("config").appendingPathComponent(relativePath))
    }

    /// A complete, valid config: two drafts, sources and routes.
    static func sample() throws -> ConfigFolder {
        let folder = try ConfigFolder()
        try folder.write("gopy.yaml", "default_draft: bcct-xvii\ntone_style: keep\n")
        try folder.write(
            "sources.yaml",
            """
            sources:
              - id: hu-krong-pac
                name: Huyện ủy Krông Pắc
                kind: district
              - id: cong-thong-tin
                name: Cổng thông tin điện tử tỉnh
                kind: citizen
            routes:
              - match: "nhan-dan/**"
                source: cong-thong-tin
            """)
        try folder.write("drafts/bcct-xvii.yaml", draft(id: "bcct-xvii"))
        try folder.write("drafts/ct-hanh-dong.yaml", draft(id: "ct-hanh-dong"))
        try folder.write("drafts/README.md", "not a draft")
        return folder
    }

    static func draft(id: String) -> String {
        """
        id: \(id)
        title: "Dự thảo \(id)"
        sections:
          - id: "1"
            title: Phần thứ nhất
            sections:
              - id: "1.I"
                title: Kết quả đạt được
        """
    }
}

@Suite("loading config/")
struct LoadTests {
    @Test("a complete folder loads: drafts sorted by id, the default draft resolved")
    func complete() throws {
        let folder = try ConfigFolder.sample()
        let configuration = try ConfigLoader.load(directory: folder.path)
        #expect(configuration.settings == Settings(defaultDraft: "bcct-xvii", toneStyle: .keep))
        #expect(configuration.drafts.map(\.id) == ["bcct-xvii", "ct-hanh-dong"])
        #expect(configuration.defaultDraft?.id == "bcct-xvii")
        #expect(configuration.draft(id: "ct-hanh-dong")?.allSections.map(\.id) == ["1", "1.I"])
        #expect(configuration.draft(id: "nope") == nil)
        #expect(configuration.sources.map(\.id) == ["hu-krong-pac", "cong-thong-tin"])
        #expect(configuration.source(id: "hu-krong-pac")?.kind == .district)
        #expect(configuration.routes == [Route(match: "nhan-dan/**", source: "cong-thong-tin")])
    }

    @Test("without sources.yaml there are no sources and no routes")
    func noSourcesFile() throws {
        let folder = try ConfigFolder.sample()
        try folder.remove("sources.yaml")
        let configuration = try ConfigLoader.load(directory: folder.path)
        #expect(configuration.sources.isEmpty)
        #expect(configuration.routes.isEmpty)
    }

    @Test("gopy.yaml must exist")
    func missingSettings() throws {
        let folder = try ConfigFolder.sample()
        try folder.remove("gopy.yaml")
        expectConfigError(file: folder.path + "/gopy.yaml", line: nil, mentioning: ["missing settings file"]) {
            try ConfigLoader.load(directory: folder.path)
        }
    }

    @Test("the drafts folder must exist and hold a draft")
    func missingDrafts() throws {
        let folder = try ConfigFolder.sample()
        try folder.remove("drafts/bcct-xvii.yaml")
        try folder.remove("drafts/ct-hanh-dong.yaml")
        expectConfigError(file: folder.path + "/drafts", line: nil, mentioning: ["no draft"]) {
            try ConfigLoader.load(directory: folder.path)
        }
        try folder.remove("drafts")
        expectConfigError(file: folder.path + "/drafts", line: nil, mentioning: ["missing drafts folder"]) {
            try ConfigLoader.load(directory: folder.path)
        }
    }

    @Test("a missing config folder is an error naming it")
    func missingFolder() throws {
        let folder = try ConfigFolder()
        expectConfigError(file: folder.path + "/elsewhere", line: nil, mentioning: ["no config folder"]) {
            try ConfigLoader.load(directory: folder.path + "/elsewhere")
        }
    }

    @Test("default_draft naming no draft is an error on its line in gopy.yaml")
    func unknownDefaultDraft() throws {
        let folder = try ConfigFolder.sample()
        try folder.write("gopy.yaml", "# Cài đặt\ntone_style: old\ndefault_draft: bcct-xvi\n")
        expectConfigError(
            file: folder.path + "/gopy.yaml", line: 3, column: 16,
            mentioning: ["default_draft \"bcct-xvi\" names no draft", "bcct-xvii, ct-hanh-dong"]
        ) {
            try ConfigLoader.load(directory: folder.path)
        }
    }

    @Test("errors in a draft name the draft's path as the loader was given it")
    func errorInDraftFile() throws {
        let folder = try ConfigFolder.sample()
        try folder.write("drafts/ct-hanh-dong.yaml", ConfigFolder.draft(id: "ct-hanh-dong").replacingOccurrences(of: "\"1.I\"", with: "\"2.I\""))
        expectConfigError(file: folder.path + "/drafts/ct-hanh-dong.yaml", line: 7, column: 13, mentioning: ["\"2.I\" under \"1\""]) {
            try ConfigLoader.load(directory: folder.path)
        }
    }

    @Test("a draft file whose id is not its name is an error")
    func misnamedDraft() throws {
        let folder = try ConfigFolder.sample()
        try folder.write("drafts/ct-hanh-dong.yml", ConfigFolder.draft(id: "ct-hanh-dong-2"))
        expectConfigError(file: folder.path + "/drafts/ct-hanh-dong.yml", line: 1, column: 5, mentioning: ["differs from its file name"]) {
            try ConfigLoader.load(directory: folder.path)
        }
    }

    @Test("two files for one draft id (.yaml and .yml) are an error")
    func duplicateDraft() throws {
        let folder = try ConfigFolder.sample()
        try folder.write("drafts/ct-hanh-dong.yml", ConfigFolder.draft(id: "ct-hanh-dong"))
        expectConfigError(file: folder.path + "/drafts/ct-hanh-dong.yml", line: 1, mentioning: ["duplicate draft id", "ct-hanh-dong.yaml"]) {
            try ConfigLoader.load(directory: folder.path)
        }
    }

    @Test("a file that is not UTF-8 is an error on the line of the first bad byte")
    func notUTF8() throws {
        let folder = try ConfigFolder.sample()
        // "Huyện" in Windows-1258 bytes, on line 3.
        try folder.write("sources.yaml", Data("sources:\n  - id: hu\n    name: Huy".utf8) + Data([0xEA, 0xD2, 0x6E]) + Data("\n    kind: district\n".utf8))
        expectConfigError(file: folder.path + "/sources.yaml", line: 3, mentioning: ["not UTF-8"]) {
            try ConfigLoader.load(directory: folder.path)
        }
    }

    @Test("a UTF-8 byte-order mark is accepted")
    func byteOrderMark() throws {
        let folder = try ConfigFolder.sample()
        try folder.write("gopy.yaml", Data([0xEF, 0xBB, 0xBF]) + Data("default_draft: ct-hanh-dong\n".utf8))
        #expect(try ConfigLoader.load(directory: folder.path).defaultDraft?.id == "ct-hanh-dong")
    }

    @Test("without default_draft, the only draft is the default; among several, none is")
    func implicitDefault() throws {
        let one = try ConfigLoader.load(
            settings: ConfigFile(path: "config/gopy.yaml", text: ""), sources: nil,
            drafts: [ConfigFile(path: "config/drafts/bcct-xvii.yaml", text: ConfigFolder.draft(id: "bcct-xvii"))])
        #expect(one.defaultDraft?.id == "bcct-xvii")
        let two = try ConfigLoader.load(
            settings: ConfigFile(path: "config/gopy.yaml", text: "ledger: l.sqlite\n"), sources: nil,
            drafts: [
                ConfigFile(path: "config/drafts/b.yaml", text: ConfigFolder.draft(id: "b")),
                ConfigFile(path: "config/drafts/a.yaml", text: ConfigFolder.draft(id: "a")),
            ])
        #expect(two.defaultDraft == nil)
        #expect(two.drafts.map(\.id) == ["a", "b"])
    }

    @Test("with no draft files the error names the drafts folder beside gopy.yaml")
    func noDraftsGiven() {
        expectConfigError(file: "config/drafts", line: nil, mentioning: ["no draft"]) {
            try ConfigLoader.load(settings: ConfigFile(path: "config/gopy.yaml", text: ""), sources: nil, drafts: [])
        }
    }
}
