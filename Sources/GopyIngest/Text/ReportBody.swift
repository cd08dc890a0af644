import GopyModel

/// The body of a report or of a plain comment file, read line by line into comments.
///
/// ## Blocks
/// A *block* starts at a bullet item, at a heading-like line (``BodyLine/heading``), or at a
/// plain line with no block open (a paragraph). It goes on over the following lines that
/// are not blank and start no new block; its text is its lines, trimmed, joined with one
/// space, without the first line's mark. A blank line ends a block. A dash line indented
/// deeper than the block, with no capital after the dash, continues a block that has not
/// ended its sentence ("… nhiệm kỳ 2020" then "  - 2025, …"). A line in capitals
/// without a mark continues an open block when it is indented deeper than the block's first
/// line, or when the block is such a line too ("PHẦN THỨ NHẤT" over "ĐÁNH GIÁ KẾT QUẢ …":
/// one heading); under a marked heading ("II. Ý KIẾN CỤ THỂ") it starts a heading of its own.
///
/// ## Headings or numbered items
/// A heading-like line (`I.`, `1.`, `1.2.`, `a)`, `*`, or a line in capitals with no mark)
/// is a *heading* or a *numbered item* (a comment); the rule, applied once its block is
/// complete and the next non-blank line is known:
/// 1. a marked line whose text is all in capitals ("II. Ý KIẾN CỤ THỂ") is a heading;
/// 2. followed by a bullet item, or by a heading-like line of a lower level (`1.` after
///    `I.`, `a)` after `1.`, `1.1.` after `1.`), it is a heading: it has items under it;
/// 3. followed by a paragraph, it is a heading unless it reads as a sentence: it ends with
///    `.` `;` `,` `!` `?` `…` or is longer than 24 words (``ReportText/readsAsComment(_:)``);
///    a sentence goes on into that paragraph when no blank line separates them;
/// 4. followed by a heading-like line of the same or a higher level, by the footer, or by
///    the end, it is an item: nothing is under it.
///
/// While the heading-like line's block is still open, a plain line directly after it
/// continues it (a wrapped heading or item) when it is indented deeper or does not start
/// with a capital; otherwise it starts the paragraph of rule 3.
///
/// ## The heading stack
/// Levels, outer first: Roman, arabic (by depth), letter, `*`; lines in capitals without a
/// mark go outermost, or between Roman and arabic when the first of them comes under a
/// Roman heading ("II. Ý KIẾN CỤ THỂ" then "PHẦN THỨ NHẤT"). A heading
/// or numbered item first closes the open headings of its own level and below; a heading
/// is then pushed. Every comment gets the texts of the open headings, outermost first.
/// A bullet item ending with `:` that is followed by items with another bullet, or with the
/// same bullet indented deeper ("- Tại mục I.2, đề nghị:" then "+ …") is a heading for those
/// items, closed by the next item with its own bullet and indentation (or less indented),
/// by a paragraph, or by any other heading.
///
/// ## Introduction
/// In a report (``init(introduction:)`` true), the paragraphs before the first heading-like
/// line or bullet item are its introduction, not comments. If the report has neither
/// (only paragraphs), its paragraphs are the comments, less those that introduce: ending
/// with `:`, or opening with `Thực hiện`, `Căn cứ`, `Theo công văn`, `Theo hướng dẫn`,
/// `Theo kế hoạch`, `Theo đề nghị`.
struct ReportBody {
    private var comments: [RawComment] = []
    private var headings: [OpenHeading] = []
    private var block: Block?
    /// A blank line came after the open block, whose fate still depends on what follows.
    private var gap = false
    private var introduction: Bool
    private var introParagraphs: [RawComment] = []
    private var skippingRecipients = false
    /// See ``capitalsRank()``.
    private var capitalsLevel: Int?

    /// `introduction`: the body belongs to a report, whose first paragraphs introduce it.
    init(introduction: Bool) {
        self.introduction = introduction
    }

    private struct OpenHeading {
        var rank: Int
        var text: String
        /// For a bullet item acting as a heading: its bullet and its indentation.
        var bullet: Unicode.Scalar? = nil
        var indent = 0
    }

    private struct Block {
        enum Role {
            case paragraph
            case bullet(Unicode.Scalar)
            case candidate(rank: Int, marked: Bool)
            /// A heading-like line decided to be a numbered item.
            case item
        }
        var role: Role
        var line: Int
        var indent: Int
        var text: String
        var headings: [String]

        mutating func append(_ more: String) {
            text += text.isEmpty ? more : " " + more
        }

        var isUnmarkedCandidate: Bool {
            if case .candidate(_, marked: false) = role { return true }
            return false
        }

        /// Whether a blank line leaves its fate open (heading or comment).
        var waitsForNext: Bool {
            switch role {
            case .candidate: return true
            case .bullet: return ReportText.lastScalar(text) == ":"
            case .paragraph, .item: return false
            }
        }
    }

    /// What follows a block, for deciding what the block was.
    private enum Next {
        case bullet(Unicode.Scalar, indent: Int)
        case heading(rank: Int)
        case paragraph
        case end
    }

    /// Takes the next line of the body, as classified.
    mutating func take(_ line: ReportLine, as kind: BodyLine) {
        if skippingRecipients {
            if kind == .blank { skippingRecipients = false }
            return
        }
        switch kind {
        case .blank:
            guard let open = block else { return }
            if open.waitsForNext {
                gap = true
            } else {
                emit(open)
                block = nil
            }
        case .footer:
            close(before: .end)
        case .recipients:
            close(before: .end)
            skippingRecipients = true
        case .plain:
            takePlain(line)
        case .bullet(let bullet, let text):
            if !gap, let open = block, Self.continues(open, withDashLine: line, bullet: bullet, text: text) {
                block?.append(line.text)
                return
            }
            close(before: .bullet(bullet, indent: line.indent))
            leaveIntroduction()
            // A bullet item closes the bullet headings it is a sibling of (same bullet, same
            // or deeper indentation) or outdented from.
            if let index = headings.firstIndex(where: { heading in
                guard let headingBullet = heading.bullet else { return false }
                return (headingBullet == bullet && heading.indent >= line.indent) || heading.indent > line.indent
            }) {
                headings.removeSubrange(index...)
            }
            block = Block(role: .bullet(bullet), line: line.number, indent: line.indent, text: text, headings: headingTexts)
        case .heading(let markRank, let marked, let text):
            if !marked, !gap, let open = block,
                line.indent > open.indent || (open.isUnmarkedCandidate && ReportText.isAllCapitals(open.text))
            {
                block?.append(text)
                return
            }
            let rank = marked ? markRank : capitalsRank()
            close(before: .heading(rank: rank))
            leaveIntroduction()
            block = Block(
                role: .candidate(rank: rank, marked: marked), line: line.number, indent: line.indent, text: text,
                headings: [])
        }
    }

    /// Ends the body: the comments, in file order.
    mutating func finish() -> [RawComment] {
        close(before: .end)
        if introduction {
            // Neither heading nor item: the paragraphs are all there is.
            return introParagraphs.filter { !Self.introduces($0.text) }
        }
        return comments
    }

    private var headingTexts: [String] { headings.map(\.text) }

    /// The level of unmarked lines in capitals, fixed by the first one: under the Roman
    /// headings when one is open then, else outermost.
    private mutating func capitalsRank() -> Int {
        if let capitalsLevel { return capitalsLevel }
        var romanOpen = headings.contains { $0.rank == HeadingRank.roman }
        if let open = block, case .candidate(HeadingRank.roman, _) = open.role { romanOpen = true }
        let rank = romanOpen ? HeadingRank.capitalsUnderRoman : HeadingRank.capitalsOuter
        capitalsLevel = rank
        return rank
    }

    private mutating func takePlain(_ line: ReportLine) {
        guard var open = block else {
            startParagraph(line)
            return
        }
        if gap {
            close(before: .paragraph)
            startParagraph(line)
            return
        }
        guard case .candidate(let rank, _) = open.role else {
            open.append(line.text)
            block = open
            return
        }
        if line.indent > open.indent || !ReportText.startsWithCapital(line.text) {
            open.append(line.text)
            block = open
            return
        }
        block = nil
        closeHeadings(from: rank)
        if isHeading(open, before: .paragraph) {
            headings.append(OpenHeading(rank: rank, text: open.text))
            startParagraph(line)
        } else {
            open.role = .item
            open.headings = headingTexts
            open.append(line.text)
            block = open
        }
    }

    private mutating func startParagraph(_ line: ReportLine) {
        headings.removeAll { $0.bullet != nil }
        block = Block(role: .paragraph, line: line.number, indent: line.indent, text: line.text, headings: headingTexts)
    }

    /// Ends the open block, deciding what it was now that `next` is known.
    private mutating func close(before next: Next) {
        defer { gap = false }
        guard let open = block else { return }
        block = nil
        switch open.role {
        case .paragraph, .item:
            emit(open)
        case .bullet(let bullet):
            if ReportText.lastScalar(open.text) == ":", case .bullet(let other, let indent) = next,
                other != bullet || indent > open.indent
            {
                headings.append(
                    OpenHeading(rank: HeadingRank.bulletHeading, text: open.text, bullet: bullet, indent: open.indent))
            } else {
                emit(open)
            }
        case .candidate(let rank, _):
            closeHeadings(from: rank)
            if isHeading(open, before: next) {
                headings.append(OpenHeading(rank: rank, text: open.text))
            } else {
                var item = open
                item.headings = headingTexts
                emit(item)
            }
        }
    }

    /// The rule of the type's documentation: heading (true) or numbered item (false).
    private func isHeading(_ candidate: Block, before next: Next) -> Bool {
        guard case .candidate(let rank, let marked) = candidate.role else { return false }
        if marked, ReportText.isAllCapitals(candidate.text) { return true }
        switch next {
        case .bullet: return true
        case .heading(let nextRank): return nextRank > rank
        case .paragraph: return !ReportText.readsAsComment(candidate.text)
        case .end: return false
        }
    }

    private mutating func closeHeadings(from rank: Int) {
        while let last = headings.last, last.rank >= rank { headings.removeLast() }
    }

    private mutating func emit(_ block: Block) {
        let comment = RawComment(locator: Locator(line: block.line), text: block.text, headings: block.headings)
        if introduction { introParagraphs.append(comment) } else { comments.append(comment) }
    }

    private mutating func leaveIntroduction() {
        guard introduction else { return }
        introduction = false
        introParagraphs.removeAll()
    }

    /// Whether a line that starts with a dash is the rest of the open block's sentence (a
    /// range "2020\n  - 2025" or "kinh tế\n  - xã hội" broken at the dash) rather than an
    /// item: it is indented deeper than the block's first line, no capital follows the dash,
    /// and the block so far does not end a sentence or a clause (`.` `;` `:` `!` `?` `…`).
    private static func continues(_ open: Block, withDashLine line: ReportLine, bullet: Unicode.Scalar, text: String)
        -> Bool
    {
        guard dashes.contains(bullet.value), line.indent > open.indent, !ReportText.startsWithCapital(text),
            let last = ReportText.lastScalar(open.text)
        else { return false }
        return !clauseEnds.contains(last.value)
    }

    private static let dashes: Set<UInt32> = [0x2D, 0x2013, 0x2014]
    private static let clauseEnds: Set<UInt32> = [0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x2026]

    /// Whether a paragraph introduces the comments rather than being one (used only for a
    /// report with no heading and no item).
    static func introduces(_ text: String) -> Bool {
        if ReportText.lastScalar(text) == ":" { return true }
        let words = ReportText.foldedPrefix(text, scalars: 40)
        return introOpeners.contains { ReportText.hasWordPrefix(words, $0) }
    }

    private static let introOpeners = [
        "thuc hien", "can cu", "theo cong van", "theo huong dan", "theo ke hoach", "theo de nghi",
    ]
}
