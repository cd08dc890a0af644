/// The lines that open the closing part of a report, which holds no comments: the
/// distribution list, the signature block, the closing formula.
///
/// A line opens the footer when, without regard to case or diacritics, it
/// - starts with `Nơi nhận`, `Người tổng hợp` or `Người lập biểu` standing alone (with a
///   colon, or before the right-hand column of a two-column line): "nội nhân …" in a
///   wrapped line folds alike but goes on;
/// - starts with `T/M`, `K/T`, `T/L`, `TM.`, `KT.` or `TL.` (for, on behalf of, by order
///   of), or with `TM`, `KT`, `TL` and a space when the rest of the line is in capitals;
/// - starts with `Trên đây là` (capital T: the closing paragraph "Trên đây là báo cáo …"),
///   or is a short `Trân trọng …` formula;
/// - starts with `(đã ký`, `(ký tên`, `(ký, ghi rõ họ tên` …: a signature;
/// - is a line in capitals that opens with a signer's title: `BÍ THƯ`, `PHÓ BÍ THƯ THƯỜNG
///   TRỰC`, `CHỦ TỊCH` ….
enum ReportFooter {
    static func starts(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, firstScalars.contains(first) else { return false }
        if hasSignaturePrefix(text) { return true }
        let words = ReportText.foldedPrefix(text)
        if first == "N" || first == "n" {
            for phrase in phrases where ReportText.hasWordPrefix(words, phrase) {
                // The phrase must be the whole first cell: "Nơi nhận:", not "nội nhân …".
                guard let cell = ReportPreamble.cells(of: text).first else { return false }
                return ReportText.foldedPrefix(cell) == phrase
            }
            return false
        }
        if first == "T", ReportText.hasWordPrefix(words, "tren day la") { return true }
        if isClosingFormula(text) { return true }
        if first == "(", signatureNotes.contains(where: { ReportText.hasWordPrefix(words, $0) }) { return true }
        if signerTitles.contains(where: { ReportText.hasWordPrefix(words, $0) }), ReportText.isAllCapitals(text) {
            return true
        }
        return false
    }

    /// A short `Trân trọng …` formula: it opens the footer, unless list items follow it (a
    /// letter quoted in an item, a formula in a wrapped line), which then go on.
    static func isClosingFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "T" || first == "t" else { return false }
        return ReportText.hasWordPrefix(ReportText.foldedPrefix(text), "tran trong") && ReportText.wordCount(text) <= 6
    }

    /// `T/M …`, `K/T …`, `T/L …`, `TM. …`, `KT. …`, `TL. …`; `TM …` in capitals.
    private static func hasSignaturePrefix(_ text: String) -> Bool {
        var head: [UInt8] = []
        for byte in text.utf8.prefix(4) {
            head.append((0x61...0x7A).contains(byte) ? byte - 0x20 : byte)
        }
        guard head.count >= 3, head[0] == 0x54 || head[0] == 0x4B else { return false }  // T, K
        let next = head.count > 3 ? head[3] : nil
        switch (head[0], head[1], head[2]) {
        case (0x54, 0x2F, 0x4D), (0x4B, 0x2F, 0x54), (0x54, 0x2F, 0x4C),  // T/M K/T T/L
            (0x54, 0x4D, 0x2E), (0x4B, 0x54, 0x2E), (0x54, 0x4C, 0x2E):  // TM. KT. TL.
            // Followed by the end, white space or a letter (not "T/Mx…" digits or signs).
            guard let next else { return true }
            return next == 0x20 || next == 0x09 || (0x41...0x5A).contains(next) || next >= 0x80
        case (0x54, 0x4D, 0x20), (0x4B, 0x54, 0x20), (0x54, 0x4C, 0x20):  // "TM ", "KT ", "TL "
            return ReportText.isAllCapitals(text, minimumLetters: 4)
        default:
            return false
        }
    }

    private static let firstScalars: Set<Unicode.Scalar> = [
        "N", "n", "T", "t", "K", "k", "(", "B", "P", "C", "G", "Đ", "U", "\u{1EE6}",
    ]
    private static let phrases: Set<String> = ["noi nhan", "nguoi tong hop", "nguoi lap bieu"]
    private static let signatureNotes = ["da ky", "ky ten", "ky ghi", "ky va ghi", "ky dong dau"]
    private static let signerTitles = [
        "bi thu", "pho bi thu", "chu tich", "pho chu tich", "truong ban", "pho truong ban",
        "giam doc", "pho giam doc", "chanh van phong", "pho chanh van phong", "thuong truc",
        "truong phong", "pho truong phong", "uy vien", "dai dien",
    ]
}
