import GopyModel

/// The reader's state machine over the lines of one file: header block, report preamble,
/// title, body, footer. See ``TextReportReader`` for the layouts.
struct TextReportParser {
    private enum Stage {
        /// Blank lines before anything.
        case start
        /// `Key: value` lines that may be a header block (``HeaderBlock``).
        case header
        /// Lines that may be a report's preamble (``ReportPreamble``).
        case preamble
        /// The report's title, up to a blank line.
        case title
        case body
        /// From the footer's first line to the end: nothing more is read.
        case footer
        /// After a closing formula ("Trân trọng cảm ơn."): the footer, unless a list item or a
        /// marked heading follows before any other sign of the footer; then the body goes on.
        case closingFormula
    }

    /// Most lines a title may take; lines after them start the body.
    static let longestTitle = 6
    /// Most non-blank lines held while the preamble is not yet confirmed; past them the file
    /// is read as a plain body.
    static let longestUnconfirmedPreamble = 12

    private var stage = Stage.start
    /// Lines held until it is known what they are (header block, unconfirmed preamble).
    private var held: [ReportLine] = []
    private var preamble = ReportPreamble()
    private var titleLines: [String] = []
    private var body = ReportBody(introduction: false)
    private var metadata = FileMetadata()
    private var problems: [RecordProblem] = []

    /// Takes the next line of the file.
    mutating func take(_ line: ReportLine) {
        switch stage {
        case .start:
            guard !line.isBlank else { return }
            if HeaderBlock.field(line.text) != nil {
                stage = .header
                held = [line]
            } else {
                stage = .preamble
                takePreamble(line)
            }
        case .header:
            if !line.isBlank, HeaderBlock.field(line.text) != nil {
                held.append(line)
            } else {
                endHeader(before: line)
            }
        case .preamble:
            takePreamble(line)
        case .title:
            takeTitle(line)
        case .body:
            takeBody(line)
        case .footer:
            return
        case .closingFormula:
            let kind = BodyLine(line)
            switch kind {
            case .footer:
                if !ReportFooter.isClosingFormula(line.text) { stage = .footer }
            case .bullet, .heading(_, true, _):
                stage = .body
                takeBody(line)
            default:
                return
            }
        }
    }

    /// Ends the file: what it says about itself, its comments, and its problems.
    mutating func finish() -> ParsedFile {
        switch stage {
        case .header: endHeader(before: nil)
        case .preamble: endPreamble(before: nil)
        case .title: endTitle()
        case .start, .body, .footer, .closingFormula: break
        }
        let comments = body.finish()
        return ParsedFile(metadata: metadata, comments: comments, problems: problems)
    }

    // MARK: Header block

    /// The held `Key: value` lines end (at `line`, blank or not such a line, or at the end).
    /// With a known key among them they are the header block; otherwise they are read again
    /// as the start of a report or of the body.
    private mutating func endHeader(before line: ReportLine?) {
        let lines = held
        held = []
        let fields = lines.compactMap { line in HeaderBlock.field(line.text).map { (line, $0) } }
        stage = .preamble
        guard fields.contains(where: { $0.1.key != nil }) else {
            for old in lines { take(old) }
            if let line { take(line) }
            return
        }
        for (line, field) in fields {
            guard let key = field.key, !field.value.isEmpty else { continue }
            switch key {
            case .source: metadata.sourceHint = metadata.sourceHint ?? field.value
            case .draft: metadata.draft = metadata.draft ?? field.value
            case .received: metadata.received = metadata.received ?? field.value
            case .round:
                guard metadata.round == nil else { continue }
                if let round = HeaderBlock.round(field.value) {
                    metadata.round = round
                } else {
                    problems.append(
                        RecordProblem(
                            line: line.number,
                            reason: "the header's round value \"\(field.value)\" is not a number; the round is left unset",
                            isWarning: true))
                }
            }
        }
        if let line { take(line) }
    }

    // MARK: Preamble and title

    private mutating func takePreamble(_ line: ReportLine) {
        if line.isBlank {
            _ = preamble.take("")
            if !held.isEmpty { held.append(line) }
            return
        }
        if ReportPreamble.isTitle(line.text) {
            commitPreamble()
            titleLines = [line.text]
            stage = .title
            return
        }
        guard preamble.take(line.text) else {
            endPreamble(before: line)
            return
        }
        if preamble.confirmed {
            held = []
        } else {
            held.append(line)
            if held.count(where: { !$0.isBlank }) > Self.longestUnconfirmedPreamble { endPreamble(before: nil) }
        }
    }

    /// The preamble ends before `line`: a report's when confirmed (the body opens with its
    /// introduction), else the held lines were the start of a plain body.
    private mutating func endPreamble(before line: ReportLine?) {
        if preamble.confirmed {
            commitPreamble()
            startBody(introduction: true)
        } else {
            let lines = held
            held = []
            startBody(introduction: false)
            for old in lines { takeBody(old) }
        }
        if let line { takeBody(line) }
    }

    private mutating func commitPreamble() {
        held = []
        metadata.sourceHint = metadata.sourceHint ?? preamble.organisation
        metadata.received = metadata.received ?? preamble.date
    }

    private mutating func takeTitle(_ line: ReportLine) {
        if !ReportText.hasLetterOrDigit(line.text) {
            endTitle()  // a blank line, or a rule (`-----`) under the title
            return
        }
        switch BodyLine(line) {
        case .bullet, .footer, .recipients, .heading(_, true, _):
            endTitle()
            takeBody(line)
        default:
            guard titleLines.count < Self.longestTitle else {
                endTitle()
                takeBody(line)
                return
            }
            titleLines.append(line.text)
        }
    }

    private mutating func endTitle() {
        metadata.title = titleLines.joined(separator: " ")
        titleLines = []
        startBody(introduction: true)
    }

    // MARK: Body

    private mutating func startBody(introduction: Bool) {
        stage = .body
        body = ReportBody(introduction: introduction)
    }

    private mutating func takeBody(_ line: ReportLine) {
        guard stage == .body else {
            take(line)
            return
        }
        let kind = BodyLine(line)
        body.take(line, as: kind)
        if kind == .footer { stage = ReportFooter.isClosingFormula(line.text) ? .closingFormula : .footer }
    }
}
