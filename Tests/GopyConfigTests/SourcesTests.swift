import GopyConfig
import GopyModel
import Testing

@Suite("sources.yaml")
struct SourcesTests {
    let file = "config/sources.yaml"

    @Test("sources with aliases, and routes, are read in order")
    func valid() throws {
        let catalog = try ConfigLoader.parseSources(
            """
            sources:
              - id: hu-krong-pac
                name: "Huyện ủy Krông Pắc"
                kind: district
                aliases: ["HUYỆN ỦY KRÔNG PẮC", "HU Krông Pắc"]
              - id: mttq-tinh
                name: Ủy ban MTTQ Việt Nam tỉnh
                kind: front
              - id: cong-thong-tin
                name: Cổng thông tin điện tử tỉnh
                kind: citizen
                aliases:
                  - Cổng TTĐT
            routes:
              - match: "nhan-dan/**"
                source: cong-thong-tin
              - match: mat-tran/*.xml
                source: mttq-tinh
            """, file: file)
        #expect(catalog.sources == [
            Source(id: "hu-krong-pac", name: "Huyện ủy Krông Pắc", kind: .district, aliases: ["HUYỆN ỦY KRÔNG PẮC", "HU Krông Pắc"]),
            Source(id: "mttq-tinh", name: "Ủy ban MTTQ Việt Nam tỉnh", kind: .front),
            Source(id: "cong-thong-tin", name: "Cổng thông tin điện tử tỉnh", kind: .citizen, aliases: ["Cổng TTĐT"]),
        ])
        #expect(catalog.routes == [
            Route(match: "nhan-dan/**", source: "cong-thong-tin"),
            Route(match: "mat-tran/*.xml", source: "mttq-tinh"),
        ])
    }

    @Test("an empty file, or empty lists, declare nothing")
    func empty() throws {
        #expect(try ConfigLoader.parseSources("", file: file) == SourceCatalog())
        #expect(try ConfigLoader.parseSources("sources:\nroutes: []\n", file: file) == SourceCatalog())
    }

    @Test("an unknown kind names its line and column and the kinds there are")
    func unknownKind() {
        let yaml = """
            # Nguồn góp ý
            sources:
              - id: hu-krong-pac
                name: "Huyện ủy Krông Pắc"
                kind: district
              - id: mttq-tinh
                name: "Ủy ban MTTQ Việt Nam tỉnh"
                kind: front

              - id: hu-cu-mgar
                name: "Huyện ủy Cư M'gar"
                kind: distric
            """
        let error = configError { try ConfigLoader.parseSources(yaml, file: file) }
        #expect(error?.description == """
            config/sources.yaml:12:11: unknown source kind "distric" \
            (expected district, agency, front, expert, veteran, central or citizen)
            """)
    }

    @Test("a duplicate source id is an error on the second one's line")
    func duplicateID() {
        expectConfigError(file: file, line: 5, column: 9, mentioning: ["duplicate source id \"so-yte\"", "line 2"]) {
            try ConfigLoader.parseSources(
                """
                sources:
                  - id: so-yte
                    name: Sở Y tế
                    kind: agency
                  - id: so-yte
                    name: Sở Giáo dục và Đào tạo
                    kind: agency
                """, file: file)
        }
    }

    @Test("a source without id, name or kind is an error at the source")
    func missingKeys() {
        for (key, yaml) in [
            ("id", "sources:\n  - name: Sở Y tế\n    kind: agency\n"),
            ("name", "sources:\n  - id: so-yte\n    kind: agency\n"),
            ("kind", "sources:\n  - id: so-yte\n    name: Sở Y tế\n"),
        ] {
            expectConfigError(file: file, line: 2, mentioning: ["a source is missing \"\(key)\""]) {
                try ConfigLoader.parseSources(yaml, file: file)
            }
        }
        expectConfigError(file: file, line: 3, mentioning: ["\"name\" of a source has no value"]) {
            try ConfigLoader.parseSources("sources:\n  - id: so-yte\n    name:\n    kind: agency\n", file: file)
        }
    }

    @Test("a misspelt key in a source is an error")
    func unknownKey() {
        expectConfigError(file: file, line: 4, column: 5, mentioning: ["unknown key \"alias\" in a source"]) {
            try ConfigLoader.parseSources(
                "sources:\n  - id: so-yte\n    name: Sở Y tế\n    alias: [SYT]\n    kind: agency\n", file: file)
        }
    }

    @Test("a route naming an unknown source is an error on its line")
    func routeToUnknownSource() {
        expectConfigError(file: file, line: 7, column: 13, mentioning: ["unknown source \"cong-thong-tin\""]) {
            try ConfigLoader.parseSources(
                """
                sources:
                  - id: bao-tinh
                    name: Báo tỉnh
                    kind: citizen
                routes:
                  - match: "nhan-dan/**"
                    source: cong-thong-tin
                """, file: file)
        }
        expectConfigError(file: file, line: 3, mentioning: ["a route is missing \"source\""]) {
            try ConfigLoader.parseSources("sources: []\nroutes:\n  - match: \"x/**\"\n", file: file)
        }
    }

    @Test("a name or alias shared by two sources, whatever its diacritics, is an error")
    func ambiguousAlias() {
        expectConfigError(file: file, line: 7, mentioning: ["\"HUYEN UY KRONG PAC\" also names source \"hu-krong-pac\" (line 3)"]) {
            try ConfigLoader.parseSources(
                """
                sources:
                  - id: hu-krong-pac
                    name: "Huyện ủy Krông Pắc"
                    kind: district
                  - id: ban-to-chuc
                    name: "Ban Tổ chức Huyện ủy"
                    aliases: ["HUYEN UY KRONG PAC"]
                    kind: district
                """, file: file)
        }
    }

    @Test("an alias that only repeats the source's own name is fine")
    func aliasOfOwnName() throws {
        let catalog = try ConfigLoader.parseSources(
            "sources:\n  - id: hu-krong-pac\n    name: Huyện ủy Krông Pắc\n    kind: district\n    aliases: [HUYỆN UỶ KRÔNG PẮC]\n",
            file: file)
        #expect(catalog.sources.first?.aliases == ["HUYỆN UỶ KRÔNG PẮC"])
    }

    @Test("sources that are not a list are an error on their line")
    func notAList() {
        expectConfigError(file: file, line: 2, mentioning: ["expected \"sources\" as a list"]) {
            try ConfigLoader.parseSources("sources:\n  id: so-yte\n", file: file)
        }
    }
}
