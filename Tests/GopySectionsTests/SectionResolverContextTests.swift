import GopySections
import Testing

/// References that do not name their part, read in the context of a heading above them.
@Suite("Resolving references in the context of a heading")
struct SectionResolverContextTests {
    let resolver = SampleOutline.resolver

    @Test("a mục without its part is ambiguous alone and resolves inside the context's part")
    func partialReferenceInContext() {
        #expect(resolver.resolve(text: "Mục 1") == nil)
        #expect(resolver.resolve(text: "c) Mục 1", context: "2") == "2.1")
        #expect(resolver.resolve(text: "Mục I", context: "1") == "1.I")
        #expect(resolver.resolve(text: "Tại tiểu mục II.1: đề nghị", context: "1") == "1.II.1")
        #expect(resolver.resolve(text: "Tại tiểu mục II.1: đề nghị", context: "1.II") == "1.II.1")
    }

    @Test("a reference that names its part ignores the context")
    func fullReferenceWins() {
        #expect(resolver.resolve(text: "Phần thứ hai, mục 3", context: "1.I") == "2.3")
    }

    @Test("when nothing matches inside the context's part, the whole outline is searched")
    func fallsBackToTheWholeOutline() {
        #expect(resolver.resolve(text: "mục 4", context: "1") == "2.4")
        #expect(resolver.resolve(text: "mục 4", context: "1.II") == "2.4")
        // Numbers compare by value: inside part 2, "II.3" is 2.2.3.
        #expect(resolver.resolve(text: "mục II.3", context: "2") == "2.2.3")
    }
}
