import GopyText

/// What one line of a report's body is, from its text alone.
enum BodyLine: Hashable, Sendable {
    /// Empty, or nothing but decoration (`*`, `-----`, a mark with no text).
    case blank
    /// The start of the footer (``ReportFooter``): this line and all after it hold no comment.
    case footer
    /// `Kính gửi: …`: the addressees, up to the next blank line, hold no comment.
    case recipients
    /// A bullet item; `text` is the line without its bullet.
    case bullet(Unicode.Scalar, text: String)
    /// A line that introduces a heading or a numbered item (which of the two is decided by
    /// what follows: see ``ReportBody``). `marked` is false for a line in capitals with no
    /// mark (its rank is then decided by ``ReportBody``); `text` is the line without its mark.
    case heading(rank: Int, marked: Bool, text: String)
    /// Any other line: the start or the continuation of a paragraph or an item.
    case plain

    init(_ line: ReportLine) {
        let text = line.text
        guard ReportText.hasLetterOrDigit(text) else {
            self = .blank
            return
        }
        if ReportFooter.starts(text) {
            self = .footer
            return
        }
        if let first = text.unicodeScalars.first, first == "K" || first == "k",
            ReportText.hasWordPrefix(ReportText.foldedPrefix(text, scalars: 16), "kinh gui")
        {
            self = .recipients
            return
        }
        if let (marker, rest) = LineMarker.parse(text) {
            if !ReportText.hasLetterOrDigit(rest) {
                self = .blank
            } else if case .bullet(let scalar) = marker {
                self = .bullet(scalar, text: rest)
            } else {
                self = .heading(rank: marker.rank, marked: true, text: rest)
            }
            return
        }
        if ReportText.isAllCapitals(text, minimumLetters: 3) {
            self = .heading(rank: HeadingRank.capitalsOuter, marked: false, text: text)
            return
        }
        self = .plain
    }
}
