import GopyConfig
import Testing

@Suite("gopy.yaml")
struct SettingsTests {
    let file = "config/gopy.yaml"

    @Test("an empty file means every default")
    func emptyFile() throws {
        for text in ["", "# nothing yet\n", "---\n"] {
            let settings = try ConfigLoader.parseSettings(text, file: file)
            #expect(settings == Settings())
            #expect(settings.toneStyle == .old)
            #expect(settings.ledger == "ledger/gopy.sqlite")
            #expect(settings.defaultDraft == nil)
        }
    }

    @Test("every key is read")
    func allKeys() throws {
        let settings = try ConfigLoader.parseSettings(
            """
            # Cài đặt
            default_draft: bcct-xvii
            tone_style: new
            ledger: "/var/lib/gopy/ledger.sqlite"
            """, file: file)
        #expect(settings == Settings(defaultDraft: "bcct-xvii", toneStyle: .new, ledger: "/var/lib/gopy/ledger.sqlite"))
    }

    @Test("a misspelt key is an error on its line, not silently ignored")
    func unknownKey() {
        expectConfigError(file: file, line: 2, column: 1, mentioning: ["unknown key \"defualt_draft\"", "default_draft"]) {
            try ConfigLoader.parseSettings("tone_style: keep\ndefualt_draft: bcct-xvii\n", file: file)
        }
    }

    @Test("an unknown tone style names the allowed ones")
    func unknownToneStyle() {
        expectConfigError(file: file, line: 1, column: 13, mentioning: ["\"modern\"", "old, new or keep"]) {
            try ConfigLoader.parseSettings("tone_style: modern\n", file: file)
        }
    }

    @Test("settings that are not keys and values are an error")
    func notAMapping() {
        expectConfigError(file: file, line: 1, mentioning: ["expected the settings as keys and values"]) {
            try ConfigLoader.parseSettings("- default_draft: bcct-xvii\n", file: file)
        }
        expectConfigError(file: file, line: 2, column: 16, mentioning: ["expected \"default_draft\" as text", "a list"]) {
            try ConfigLoader.parseSettings("ledger: x.sqlite\ndefault_draft: [a, b]\n", file: file)
        }
    }

    @Test("a YAML syntax error names its line")
    func syntaxError() {
        expectConfigError(file: file, line: 3, mentioning: ["invalid YAML"]) {
            try ConfigLoader.parseSettings("default_draft: bcct-xvii\ntone_style: old\nledger: \"unclosed\n", file: file)
        }
        expectConfigError(file: file, line: 2, mentioning: ["invalid YAML"]) {
            try ConfigLoader.parseSettings("default_draft: bcct-xvii\n\tledger: x\n", file: file)
        }
        expectConfigError(file: file, line: 2, mentioning: ["invalid YAML", "could not find expected ':'"]) {
            try ConfigLoader.parseSettings("default_draft: bcct-xvii\nledger\ntone_style: old\n", file: file)
        }
        expectConfigError(file: file, line: 2, mentioning: ["invalid YAML"]) {
            try ConfigLoader.parseSettings("default_draft: bcct-xvii\n ledger: x\n", file: file)
        }
    }

    @Test("a key given twice is an error with its line")
    func duplicateKey() {
        expectConfigError(file: file, line: 2, column: 1, mentioning: ["duplicate key \"tone_style\"", "first on line 1"]) {
            try ConfigLoader.parseSettings("tone_style: old\ntone_style: new\n", file: file)
        }
    }
}
