import GopyModel
import GopySynthesis
import Testing

@Suite struct SynthesisBuilderTests {
    let draft = Draft(id: "d", title: "Dự thảo", round: 2, sections: [
        OutlineSection(id: "1", title: "Phần thứ nhất", sections: [
            OutlineSection(id: "1.I", title: "Kết quả"),
            OutlineSection(id: "1.II", title: "Hạn chế"),
        ]),
    ])

    func comment(_ id: String, section: String?, kind: SourceKind, source: String, text: String, general: Bool = false, author: String? = nil) -> GopyModel.Comment {
        GopyModel.Comment(
            id: id, provenance: Provenance(file: "f", sha256: "s", locator: Locator(line: 1)),
            source: SourceRef(id: source, kind: kind, name: source), draft: "d", round: 2,
            section: section, sectionBasis: section == nil ? .none : .explicit, originalText: text, text: text,
            matchingKey: text.lowercased(), general: general, personal: PersonalData(author: author)
        )
    }

    @Test func pointsAreOrderedByOrganisationsThenCitizensThenId() {
        let comments = [
            comment("C-1", section: "1.I", kind: .citizen, source: "web", text: "A", author: "Người 1"),
            comment("C-2", section: "1.I", kind: .citizen, source: "web", text: "A", author: "Người 2"),
            comment("C-3", section: "1.I", kind: .citizen, source: "web", text: "A", author: "Người 3"),
            comment("C-4", section: "1.I", kind: .district, source: "hu", text: "B"),
            comment("C-5", section: "1.I", kind: .front, source: "mttq", text: "C"),
            comment("C-6", section: "1.I", kind: .district, source: "tu", text: "C"),
        ]
        let clusters = ["C-1": "K-a", "C-2": "K-a", "C-3": "K-a", "C-4": "K-b", "C-5": "K-c", "C-6": "K-c"]
        let s = SynthesisBuilder.build(draft: draft, runID: "r", comments: comments, clusterOf: clusters)
        let section = s.sections.first { $0.id == "1.I" }!
        #expect(section.points.map(\.text) == ["C", "B", "A"])
        #expect(section.points[2].citizens == 3)
        #expect(section.points[2].submissions == 3)
        #expect(section.points[0].organisations == 2)
    }

    @Test func aCitizenResubmittingCountsOnceAsASender() {
        let comments = [
            comment("C-1", section: "1.I", kind: .citizen, source: "web", text: "A", author: "Lê Văn Tư"),
            comment("C-2", section: "1.I", kind: .citizen, source: "web", text: "A", author: "Lê Văn Tư"),
        ]
        let s = SynthesisBuilder.build(draft: draft, runID: "r", comments: comments, clusterOf: ["C-1": "K", "C-2": "K"])
        let point = s.sections.first { $0.id == "1.I" }!.points[0]
        #expect(point.submissions == 2)
        #expect(point.citizens == 1)
    }

    @Test func generalAgreementIsCountedNotListed() {
        let comments = [
            comment("C-1", section: "1.II", kind: .citizen, source: "web", text: "Nhất trí", general: true),
            comment("C-2", section: nil, kind: .citizen, source: "web", text: "Nhất trí", general: true),
            comment("C-3", section: nil, kind: .citizen, source: "web", text: "Ý khác"),
        ]
        let s = SynthesisBuilder.build(draft: draft, runID: "r", comments: comments, clusterOf: [:])
        let section = s.sections.first { $0.id == "1.II" }!
        #expect(section.points.isEmpty && section.general == 1 && section.commentCount == 1)
        // General agreement that names no section agrees with the draft as a whole.
        #expect(s.wholeDocument.general == 1 && s.wholeDocument.points.isEmpty)
        #expect(s.unassigned.general == 0 && s.unassigned.points.count == 1)
        #expect(s.pointOf["C-1"] == nil && s.pointOf["C-3"] != nil)
        #expect(s.commentCount == 3)
    }

    @Test func pointIdsComeFromContent() {
        let a = SynthesisBuilder.build(draft: draft, runID: "r1", comments: [comment("C-1", section: "1.I", kind: .district, source: "hu", text: "A")], clusterOf: ["C-1": "K-x"])
        let b = SynthesisBuilder.build(draft: draft, runID: "r2", comments: [comment("C-1", section: "1.I", kind: .district, source: "hu", text: "A")], clusterOf: ["C-1": "K-x"])
        #expect(a.pointOf == b.pointOf)
        #expect(a.pointOf["C-1"] == StableID.make("P", ["d", "1.I", "K-x"]))
    }

    @Test func sectionsFollowTheOutline() {
        let s = SynthesisBuilder.build(draft: draft, runID: "r", comments: [], clusterOf: [:])
        #expect(s.sections.map(\.id) == ["1", "1.I", "1.II"])
        #expect(s.sections.map(\.depth) == [0, 1, 1])
    }
}
