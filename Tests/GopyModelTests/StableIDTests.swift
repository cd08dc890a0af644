import GopyModel
import Testing

@Suite struct StableIDTests {
    /// Ids are the same on every run and every machine: these values were computed by another
    /// SHA-256 implementation (Python's hashlib) over the parts, each followed by U+001F.
    @Test func idsAreFixed() {
        #expect(StableID.make("K", ["bcct-xvii", "2", "đề nghị bổ sung nội dung"]) == "K-5128351d1480bfbe")
        #expect(StableID.make("F", []) == "F-e3b0c44298fc1c14")
        #expect(StableID.make("C", ["a", "bc"], length: 64) == "C-" + StableID.sha256(Array("a\u{1F}bc\u{1F}".utf8)))
        #expect(StableID.make("Ủy", ["x"], length: 5) == "Ủy-88277")
    }

    /// Parts are separated: ("ab", "c") and ("a", "bc") differ; and the id is the hex digest's
    /// first `length` digits, whatever the length asked (at most 64).
    @Test(arguments: [0, 1, 15, 16, 17, 64, 80])
    func idIsThePrefixOfTheDigest(length: Int) {
        #expect(StableID.make("K", ["ab", "c"]) != StableID.make("K", ["a", "bc"]))
        let parts = ["bcct-xvii", "", "Nhất trí cao với dự thảo"]
        let whole = StableID.sha256(Array(parts.map { $0 + "\u{1F}" }.joined().utf8))
        #expect(StableID.make("K", parts, length: length) == "K-" + String(whole.prefix(length)))
    }
}
