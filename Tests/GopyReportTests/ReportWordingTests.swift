@testable import GopyReport
import Testing

@Suite struct ReportWordingTests {
    @Test func numbersGroupThousandsWithDots() {
        #expect(ReportWording.number(0) == "0")
        #expect(ReportWording.number(999) == "999")
        #expect(ReportWording.number(1_000) == "1.000")
        #expect(ReportWording.number(1_170_000) == "1.170.000")
    }

    @Test func theTitleLowerCasesALeadingDuThao() {
        let lead = "Báo cáo tổng hợp ý kiến góp ý vào dự thảo"
        #expect(ReportWording.documentTitle(draftTitle: "Dự thảo Báo cáo chính trị", draftID: "x") == lead + " Báo cáo chính trị")
        #expect(ReportWording.documentTitle(draftTitle: "DỰ THẢO Báo cáo chính trị", draftID: "x") == lead + " Báo cáo chính trị")
        // Decomposed (NFD) input is the same title.
        let nfd = "D\u{0075}\u{031B}\u{0323} tha\u{0309}o Báo cáo"
        #expect(ReportWording.documentTitle(draftTitle: nfd, draftID: "x") == lead + " Báo cáo")
        #expect(ReportWording.documentTitle(draftTitle: "Chiến lược phát triển", draftID: "x") == lead + " Chiến lược phát triển")
        #expect(ReportWording.documentTitle(draftTitle: "  ", draftID: "bcct") == lead + " bcct")
    }

    @Test func chartTicksAreRoundAndFew() {
        #expect(SectionChart.tickStep(maximum: 0) == 1)
        #expect(SectionChart.tickStep(maximum: 6) == 2)
        #expect(SectionChart.tickStep(maximum: 23) == 5)
        #expect(SectionChart.tickStep(maximum: 1_170_000) == 500_000)
    }

    @Test func escapingCoversMarkupAndDropsWhatXMLForbids() {
        #expect(Markup.escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
        #expect(Markup.escape("x\u{01}y\u{FFFE}z\tw") == "xyz\tw")
        #expect(Markup.escape("Việt Nam") == "Việt Nam")
    }
}
