import GopyConfig
import GopyModel
import Testing

@Suite struct PlacementsTests {
    let drafts = [Draft(id: "d", title: "Dự thảo", sections: [OutlineSection(id: "1", title: "Phần thứ nhất", sections: [OutlineSection(id: "1.I", title: "Mục I")])])]

    @Test func placementsOfCommentsAndPointsAreRead() throws {
        let yaml = """
            placements:
              - comment: C-1
                section: "1.I"
                by: "Nguyễn Văn An, Tổ Biên tập"
                at: "2026-11-20"
              - point: P-2
                section: document
                by: "Trần Thị Bình"
                at: "2026-11-21"
                note: "nói về bố cục"
            """
        let placements = try ConfigLoader.parsePlacements(yaml, file: "config/placements.yaml", drafts: drafts)
        #expect(placements.map(\.target) == [.comment("C-1"), .point("P-2")])
        #expect(placements.map(\.section) == ["1.I", nil])
        #expect(placements[1].note == "nói về bố cục")
        #expect(placements[0].line == 2)
    }

    @Test func anUnknownSectionIsAnErrorOnItsLine() {
        let yaml = "placements:\n  - comment: C-1\n    section: \"9.IX\"\n    by: A\n    at: \"2026-11-20\"\n"
        #expect {
            try ConfigLoader.parsePlacements(yaml, file: "config/placements.yaml", drafts: drafts)
        } throws: { error in
            "\(error)".hasPrefix("config/placements.yaml:3:") && "\(error)".contains("9.IX")
        }
    }

    @Test func aPlacementNeedsWhoAndWhenAndOneTarget() {
        for yaml in [
            "placements:\n  - comment: C-1\n    section: \"1\"\n    at: \"2026-11-20\"\n",
            "placements:\n  - comment: C-1\n    point: P-1\n    section: \"1\"\n    by: A\n    at: x\n",
            "placements:\n  - comment: C-1\n    section: \"1\"\n    by: A\n    at: x\n  - comment: C-1\n    section: \"1.I\"\n    by: B\n    at: y\n",
        ] {
            #expect(throws: ConfigError.self) { try ConfigLoader.parsePlacements(yaml, file: "p.yaml", drafts: drafts) }
        }
    }
}
