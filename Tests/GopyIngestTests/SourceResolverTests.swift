import GopyModel
import Testing

@testable import GopyIngest

@Suite("Source resolution")
struct SourceResolverTests {
    let sources = [
        Source(id: "hu-krong-pac", name: "Huyện ủy Krông Pắc", kind: .district, aliases: ["HUYỆN ỦY KRÔNG PẮC", "HU Krông Pắc"]),
        Source(id: "mttq-tinh", name: "Ủy ban MTTQ Việt Nam tỉnh", kind: .front, aliases: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ tỉnh"]),
        Source(id: "mttq-huyen", name: "Ủy ban MTTQ Việt Nam huyện Krông Pắc", kind: .front),
        Source(id: "cong-thong-tin", name: "Cổng thông tin điện tử tỉnh", kind: .citizen),
        Source(id: "bao-tinh", name: "Báo Đắk Lắk", kind: .citizen),
    ]
    let routes = [
        Route(match: "nhan-dan/bao/**", source: "bao-tinh"),
        Route(match: "nhan-dan/**", source: "cong-thong-tin"),
        Route(match: "huyen/*/hu-*.txt", source: "hu-krong-pac"),
        Route(match: "**/mttq-??.xml", source: "mttq-tinh"),
    ]
    var resolver: SourceResolver { SourceResolver(sources: sources, routes: routes) }

    func id(_ sourceID: String? = nil, _ named: [String] = [], path: String = "khac/x.txt") -> String? {
        resolver.resolve(sourceID: sourceID, named: named, path: path)?.id
    }

    @Test func namesAndAliasesWithoutRegardToCaseDiacriticsOrToneStyle() {
        #expect(id(nil, ["Huyện ủy Krông Pắc"]) == "hu-krong-pac")
        #expect(id(nil, ["HUYỆN UỶ KRÔNG PẮC"]) == "hu-krong-pac")
        #expect(id(nil, ["huyen uy krong pac"]) == "hu-krong-pac")
        #expect(id(nil, ["Huye\u{0323}\u{0302}n u\u{0309}y Kro\u{0302}ng Pa\u{0306}\u{0301}c"]) == "hu-krong-pac")
        #expect(id(nil, ["  HU Krông Pắc "]) == "hu-krong-pac")
        #expect(id(nil, ["Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh"]) == "mttq-tinh")
    }

    @Test func longestNameContainedAsWholeWords() {
        #expect(id(nil, ["BAN THƯỜNG VỤ HUYỆN UỶ KRÔNG PẮC"]) == "hu-krong-pac")
        #expect(id(nil, ["ỦY BAN MTTQ VIỆT NAM HUYỆN KRÔNG PẮC\nBan Thường trực"]) == "mttq-huyen")
        #expect(id(nil, ["Ý kiến của Ủy ban MTTQ Việt Nam tỉnh về dự thảo"]) == "mttq-tinh")
        // Whole words only: "MTTQ tỉnhxyz" does not contain "MTTQ tỉnh".
        #expect(id(nil, ["MTTQ tinhxyz"]) == nil)
    }

    @Test func explicitIDComesFirst() {
        #expect(id("bao-tinh", ["Huyện ủy Krông Pắc"], path: "nhan-dan/a.csv") == "bao-tinh")
        // An unknown id falls through to the name, then the routes.
        #expect(id("khong-co", ["Huyện ủy Krông Pắc"]) == "hu-krong-pac")
        #expect(id("khong-co", [], path: "nhan-dan/a.csv") == "cong-thong-tin")
        // A named string may be a source id written out.
        #expect(id(nil, ["mttq-tinh"]) == "mttq-tinh")
    }

    @Test func namedStringsAreTriedInOrder() {
        #expect(id(nil, ["Không rõ", "Báo Đắk Lắk", "Huyện ủy Krông Pắc"]) == "bao-tinh")
        #expect(id(nil, ["Huyện ủy Krông Pắc", "Báo Đắk Lắk"]) == "hu-krong-pac")
    }

    @Test func namesComeBeforeRoutes() {
        #expect(id(nil, ["Huyện ủy Krông Pắc"], path: "nhan-dan/2025/a.csv") == "hu-krong-pac")
        #expect(id(nil, ["Không rõ đơn vị"], path: "nhan-dan/2025/a.csv") == "cong-thong-tin")
    }

    @Test func routesWithGlobs() {
        #expect(id(path: "nhan-dan/a.csv") == "cong-thong-tin")
        #expect(id(path: "nhan-dan/2025/03/a.csv") == "cong-thong-tin")
        #expect(id(path: "nhan-dan/bao/a.csv") == "bao-tinh")  // the first matching route wins
        #expect(id(path: "huyen/krong-pac/hu-01.txt") == "hu-krong-pac")
        #expect(id(path: "huyen/krong-pac/sub/hu-01.txt") == nil)  // * stays within a component
        #expect(id(path: "mttq-01.xml") == "mttq-tinh")  // ** matches zero components
        #expect(id(path: "a/b/c/mttq-02.xml") == "mttq-tinh")
        #expect(id(path: "a/mttq-002.xml") == nil)  // ? is one character
        #expect(id(path: "khac/x.txt") == nil)
    }

    @Test func noMatchIsNil() {
        #expect(id(nil, ["Sở Giáo dục và Đào tạo", ""], path: "so/gddt.xml") == nil)
        #expect(SourceResolver(sources: [], routes: []).resolve(sourceID: "x", named: ["x"], path: "x") == nil)
    }

    @Test func sourceByID() {
        #expect(resolver.source(id: "bao-tinh")?.name == "Báo Đắk Lắk")
        #expect(resolver.source(id: "none") == nil)
    }
}

@Suite("Globs")
struct GlobTests {
    @Test(arguments: [
        ("*.csv", "a.csv", true), ("*.csv", "x/a.csv", false), ("**/*.csv", "a.csv", true), ("**/*.csv", "x/y/a.csv", true),
        ("a/**/b/*.txt", "a/b/c.txt", true), ("a/**/b/*.txt", "a/x/y/b/c.txt", true), ("a/**/b/*.txt", "a/x/y/c.txt", false),
        ("a/**", "a/b", true), ("a/**", "a/b/c/d", true), ("a/**", "b/a", false), ("**", "anything/at/all", true),
        ("x?.xml", "x1.xml", true), ("x?.xml", "x.xml", false), ("x?.xml", "xđ.xml", true),
        ("*-*.txt", "hu-01.txt", true), ("*-*.txt", "hu01.txt", false), ("./nhan-dan/*", "nhan-dan/a.csv", true),
        ("nhân-dân/*.csv", "nha\u{0302}n-da\u{0302}n/a.csv", true), ("a/*/c", "a//c", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }
}
