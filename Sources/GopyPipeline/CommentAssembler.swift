import GopyConfig
import GopyDedup
import GopyIngest
import GopyModel
import GopySections
import GopyText

/// Turns what a reader found in one file into ``Comment``s: decides the file's draft, round
/// and source, normalises and masks each text, makes its matching key, finds its section and
/// tells general agreement. Pure: no file system.
struct CommentAssembler: Sendable {
    let configuration: Configuration
    let sources: SourceResolver
    let sections: [String: SectionResolver]
    let inferrers: [String: SectionInferrer]
    /// The house tone-mark style of displayed text (`tone_style` in config/gopy.yaml).
    let toneStyle: ToneStyle

    init(configuration: Configuration) {
        self.configuration = configuration
        self.sources = SourceResolver(sources: configuration.sources, routes: configuration.routes)
        self.sections = Dictionary(uniqueKeysWithValues: configuration.drafts.map { ($0.id, SectionResolver(draft: $0)) })
        self.toneStyle = ToneStyle(rawValue: configuration.settings.toneStyle.rawValue) ?? .old
        self.inferrers = Dictionary(uniqueKeysWithValues: configuration.drafts.map {
            ($0.id, SectionInferrer(draft: $0, margin: configuration.settings.inferenceMargin))
        })
    }

    /// The comments of one file and the records (or the whole file) rejected.
    struct Outcome: Sendable {
        var comments: [Comment] = []
        var rejections: [Rejection] = []
    }

    func assemble(path: String, sha256: String, reading: FileReading) -> Outcome {
        var outcome = Outcome()
        let meta = reading.parsed.metadata
        func reject(_ reason: String, scope: Rejection.Scope = .file, line: Int? = nil, row: Int? = nil, record: Int? = nil) {
            outcome.rejections.append(Rejection(file: path, sha256: sha256, scope: scope, line: line, row: row, record: record, reason: reason))
        }
        for problem in reading.parsed.problems {
            reject(problem.reason, scope: problem.isWarning ? .warning : .record, line: problem.line, row: problem.row, record: problem.record)
        }

        guard let draft = draft(named: meta.draft) else {
            let named = meta.draft.map { "names draft \"\($0)\", which is not in config/drafts" }
                ?? "names no draft and config/gopy.yaml sets no default_draft"
            reject("the file \(named); its \(reading.parsed.comments.count) comments were not ingested")
            return Outcome(comments: [], rejections: outcome.rejections.filter { $0.scope == .file })
        }
        let round = meta.round ?? draft.round
        let fileSource = source(sourceID: meta.sourceID, kind: meta.sourceKind, named: meta.sourceHint, path: path)
        let resolver = sections[draft.id]!

        if fileSource == nil && !reading.parsed.comments.contains(where: { $0.sourceHint != nil }) {
            let said = meta.sourceHint.map { "its sender \"\($0)\" matches" } ?? "it names no sender, and"
            reject("cannot tell who sent this file: \(said) no source in config/sources.yaml, and no route matches its path; its \(reading.parsed.comments.count) comments were not ingested")
            return Outcome(comments: [], rejections: outcome.rejections.filter { $0.scope == .file })
        }

        for raw in reading.parsed.comments {
            let loc = raw.locator
            var source = fileSource
            if let hint = raw.sourceHint, let own = sources.resolve(sourceID: nil, named: [hint], path: path) {
                source = SourceRef(own)
            }
            guard let source else {
                reject("cannot tell who sent this record: \"\(raw.sourceHint ?? "")\" matches no source in config/sources.yaml", scope: .record, line: loc.line, row: loc.row, record: loc.record)
                continue
            }
            let display = TextNormalizer.display(Self.repairingMojibake(raw.text), toneStyle: toneStyle)
            guard !display.isEmpty else {
                reject("empty comment", scope: .record, line: loc.line, row: loc.row, record: loc.record)
                continue
            }
            func clean(_ value: String?) -> String? { value.map { TextNormalizer.display(Self.repairingMojibake($0)) } }
            let personal = PersonalData(
                author: clean(raw.personal.author), address: clean(raw.personal.address),
                phone: clean(raw.personal.phone), email: clean(raw.personal.email)
            )
            var text = PersonalDataMasker.mask(display, personal: personal)
            text = Self.maskingSelfIntroductions(text)
            let key = MatchingKey.make(text)
            var (section, basis) = Self.section(of: raw, display: display, resolver: resolver)
            var score: Double?
            let general = GeneralAgreement.isGeneral(matchingKey: key)
            if section == nil, !general, let inferrer = inferrers[draft.id] {
                let inference = inferrer.infer(text: text, typedWithoutDiacritics: MatchingKey.isTypedWithoutDiacritics(text))
                if let inferred = inference.section, !inference.isWholeDocument {
                    (section, basis, score) = (inferred, .inferred, inference.score)
                }
            }
            outcome.comments.append(Comment(
                id: Self.commentID(sha256: sha256, locator: loc),
                provenance: Provenance(file: path, sha256: sha256, locator: loc),
                source: source,
                draft: draft.id,
                round: round,
                section: section,
                sectionBasis: basis,
                originalText: raw.text,
                text: text,
                matchingKey: key,
                general: general,
                externalID: raw.externalID,
                personal: personal,
                received: raw.received ?? meta.received,
                sectionScore: score
            ))
        }
        return outcome
    }

    /// A commenter who introduces themself in the text ("Tôi là Hồ Gia Hùng, ở …"), whether or
    /// not the file has a name column: the capitalised words after the introduction are a name.
    static func maskingSelfIntroductions(_ text: String) -> String {
        guard mayIntroduceSelf(text) else { return text }
        return text.replacing(selfIntroduction) { match in match.output.1 + PersonalDataMasker.nameLabel }
    }

    /// Whether the text holds one of ``selfIntroduction``'s phrases, in any case: a byte search
    /// that lets most comments skip the regular expression (which was half a night's CPU time).
    static func mayIntroduceSelf(_ text: String) -> Bool {
        let lower = text.lowercased().utf8
        return selfIntroductionPhrases.contains { lower.firstRange(of: $0) != nil }
    }

    /// The phrases of ``selfIntroduction``, in lower case, as NFC UTF-8.
    static let selfIntroductionPhrases: [[UInt8]] =
        ["tôi là", "tôi tên là", "tên tôi là", "họ và tên", "họ tên", "người góp ý"].map { Array($0.utf8) }

    nonisolated(unsafe) static let selfIntroduction =
        /((?i:tôi là|tôi tên là|tên tôi là|họ và tên|họ tên|người góp ý)\s*:?\s+)\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}/

    /// A field pasted from a legacy document into a UTF-8 file ("Céng hoµ", "Coäng hoøa")
    /// comes back as the text it was; other text is returned as it is.
    static func repairingMojibake(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        guard EncodingDetector.mayHoldMojibake(utf8) else { return text }
        let (decoded, detection) = EncodingDetector.decodeField(utf8)
        return detection.encoding.isMojibake ? String(decoding: decoded, as: UTF8.self) : text
    }

    /// The same comment at the same place in the same file gets the same id on every run.
    static func commentID(sha256: String, locator: Locator) -> String {
        StableID.make("C", [sha256, String(locator.line), locator.row.map(String.init) ?? "", locator.record.map(String.init) ?? ""])
    }

    /// The record's own reference (its section field, then its text) wins; then the nearest
    /// heading above it that names a section. Headings are read outermost first, each in the
    /// context of the ones above, so "c) Mục II" under "1. Phần thứ nhất" names 1.II, and an
    /// item's "Tại tiểu mục II.1" under them names 1.II.1.
    static func section(of raw: RawComment, display: String, resolver: SectionResolver) -> (String?, SectionBasis) {
        var context: String?
        for heading in raw.headings {
            if let id = resolver.resolve(text: TextNormalizer.display(heading), context: context) { context = id }
        }
        if let reference = raw.sectionReference, let id = resolver.resolve(text: TextNormalizer.display(reference), context: context) {
            return (id, .explicit)
        }
        if let id = resolver.resolve(text: display, context: context) {
            return (id, .explicit)
        }
        return context.map { ($0, .context) } ?? (nil, .none)
    }

    /// The draft a file names (by id, or by title without regard to case and diacritics), or
    /// the default draft when it names none.
    func draft(named name: String?) -> Draft? {
        guard let name = name?.trimmingSpaces, !name.isEmpty else { return configuration.defaultDraft }
        if let exact = configuration.drafts.first(where: { $0.id == name }) { return exact }
        let folded = Folding.words(name)
        return configuration.drafts.first { Folding.words($0.id) == folded || Folding.words($0.title) == folded }
    }

    /// The file's source: a configured one when the file or a route names it; else the
    /// file's own id and kind (an XML `<source id kind>`) when it gives both.
    func source(sourceID: String?, kind: SourceKind?, named: String?, path: String) -> SourceRef? {
        if let known = sources.resolve(sourceID: sourceID, named: named.map { [$0] } ?? [], path: path) {
            return SourceRef(known)
        }
        if let sourceID, !sourceID.isEmpty, let kind {
            return SourceRef(id: sourceID, kind: kind, name: named.map(TextNormalizer.display) ?? sourceID)
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        String(String.UnicodeScalarView(unicodeScalars.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed()))
    }
}
