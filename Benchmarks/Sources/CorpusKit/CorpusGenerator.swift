import Foundation

/// What one run of the generator is asked for.
package struct CorpusOptions: Sendable {
    package var output: String
    package var files: Int
    package var comments: Int
    package var seed: UInt64
    package var draftID: String
    package var round: Int
    package var labels: String?
    package var overwrite: Bool
    package var encodings: CorpusEncodings

    package init(
        output: String, files: Int, comments: Int, seed: UInt64, draftID: String, round: Int, labels: String?,
        overwrite: Bool, encodings: CorpusEncodings = .utf8
    ) {
        self.output = output
        self.files = files
        self.comments = comments
        self.seed = seed
        self.draftID = draftID
        self.round = round
        self.labels = labels
        self.overwrite = overwrite
        self.encodings = encodings
    }
}

/// What a run wrote.
package struct CorpusSummary: Sendable {
    package var filesByKind: [FileKind: Int] = [:]
    /// Files per encoding label (``FileEncoding/label``, with `+bom` for a byte-order mark).
    package var filesByEncoding: [String: Int] = [:]
    /// Files of a mixed round left in UTF-8 because their text has a character the chosen encoding lacks.
    package var unencodable = 0
    package var comments = 0
    package var general = 0
    package var duplicates = 0
    package var resubmissions = 0
    /// Copies with small edits.
    package var edited = 0
    /// Comments without diacritics (copies and comments typed so).
    package var unaccented = 0
    /// Campaign letters, and the campaigns they belong to.
    package var campaignLetters = 0
    var campaignsUsed = Set<Int>()
    package var campaigns: Int { campaignsUsed.count }
    /// Campaigns nobody planned (``OrganicCampaigns``) and their comments.
    package var organicCampaigns = 0
    package var organicCampaignComments = 0
    package var inlineReferences = 0
    package var personalInText = 0
    package var bytes = 0
}

struct CorpusError: Error, CustomStringConvertible {
    var description: String
}

/// Writes a generated round: `config/` and `inbox/` under the output folder.
package struct CorpusGenerator: Sendable {
    package let options: CorpusOptions
    let outline: Outline
    let catalog: SourceCatalog
    package let plan: CorpusPlan
    let factory: CommentFactory

    package init(options: CorpusOptions) {
        self.options = options
        outline = Outline.politicalReport(draftID: options.draftID, round: options.round)
        catalog = SourceCatalog.make()
        plan = CorpusPlan(fileCount: options.files, commentCount: options.comments, seed: options.seed, catalog: catalog)
        factory = CommentFactory(seed: options.seed, outline: outline, plan: plan)
    }

    /// The file's comments, laid out in its format, in UTF-8.
    package func makeFile(_ file: PlannedFile) -> WrittenFile {
        let comments = (file.firstComment..<(file.firstComment + file.commentCount)).map(factory.comment)
        switch file.kind {
        case .districtReport:
            return ReportWriter(outline: outline, references: factory.references, seed: options.seed).write(file, comments: comments)
        case .headedText:
            return HeadedTextWriter(outline: outline, seed: options.seed).write(file, comments: comments)
        case .submission:
            return SubmissionWriter(outline: outline, references: factory.references, seed: options.seed).write(file, comments: comments)
        case .citizenCSV:
            return CitizenCSVWriter(references: factory.references, seed: options.seed).write(file, comments: comments)
        }
    }

    /// Files per unit of parallel work.
    static let chunkSize = 16

    /// The file in the encoding `--encodings` gives it, and that encoding (UTF-8 when the
    /// chosen one cannot hold the text: `fellBack`).
    package func encodedFile(_ file: PlannedFile) -> (file: WrittenFile, encoding: FileEncoding, fellBack: Bool) {
        var written = makeFile(file)
        let utf8 = FileEncoding(.utf8, bom: written.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        guard options.encodings == .mixed else { return (written, utf8, false) }
        let encoding = FileEncoding.choose(seed: options.seed, file: file.index)
        guard let bytes = encoding.encode(written.bytes, isXML: file.kind == .submission) else { return (written, utf8, true) }
        written.bytes = bytes
        return (written, encoding, false)
    }

    package func run() throws -> CorpusSummary {
        let manager = FileManager.default
        let root = options.output
        let config = root + "/config"
        let inbox = root + "/inbox"
        for folder in [config, inbox] where manager.fileExists(atPath: folder) {
            let contents = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            guard contents.isEmpty || options.overwrite else {
                throw CorpusError(description: "\(folder) already holds files: pass --overwrite to replace config/ and inbox/")
            }
            try manager.removeItem(atPath: folder)
        }
        try manager.createDirectory(atPath: config + "/drafts", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: inbox, withIntermediateDirectories: true)

        let writer = ConfigWriter(outline: outline, catalog: catalog)
        let note =
            "Generated by gopy-corpus --files \(options.files) --comments \(options.comments) --seed \(options.seed)"
            + (options.encodings == .utf8 ? "" : " --encodings \(options.encodings.rawValue)")
        try OutputFile.write(Array(writer.settings(note: note).utf8), to: config + "/gopy.yaml")
        try OutputFile.write(Array(writer.sources().utf8), to: config + "/sources.yaml")
        try OutputFile.write(Array(writer.draft().utf8), to: config + "/drafts/\(outline.draftID).yaml")

        var folders = Set<String>()
        for file in plan.files {
            folders.insert(String(file.path[..<(file.path.lastIndex(of: "/") ?? file.path.startIndex)]))
        }
        for folder in folders.sorted() {
            try manager.createDirectory(atPath: inbox + "/" + folder, withIntermediateDirectories: true)
        }

        // Every file is a pure function of the plan and the seed, so chunks of files are
        // written in parallel and the result does not depend on the order they finish in.
        let chunks = (plan.files.count + Self.chunkSize - 1) / Self.chunkSize
        let results = ChunkResults(count: chunks)
        let withLabels = options.labels != nil
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            results.store(chunk, Result { try writeChunk(chunk, inbox: inbox, withLabels: withLabels) })
        }

        // Campaigns nobody planned: copies of one long comment by five senders or more.
        var chunkResults: [ChunkResult] = []
        for chunk in 0..<chunks { chunkResults.append(try results.take(chunk).get()) }
        let organic = OrganicCampaigns.find(chunkResults.lazy.flatMap(\.members)) { factory.comment($0).text }

        var summary = CorpusSummary()
        summary.organicCampaigns = organic.count
        let labelFile = try options.labels.map { try OutputFile(path: $0) }
        for chunk in 0..<chunks {
            let result = chunkResults[chunk]
            chunkResults[chunk] = ChunkResult()
            summary.add(result.summary)
            summary.organicCampaignComments += result.members.reduce(0) { $0 + (organic.contains($1.group) ? 1 : 0) }
            try labelFile?.write(organic.isEmpty ? result.labels : result.labelsNaming(organic))
        }
        try labelFile?.close()
        return summary
    }

    private func writeChunk(_ chunk: Int, inbox: String, withLabels: Bool) throws -> ChunkResult {
        var result = ChunkResult()
        let end = min(plan.files.count, (chunk + 1) * Self.chunkSize)
        var labels = TextBuffer(capacity: withLabels ? Self.chunkSize * 64 * 230 : 0)
        for file in plan.files[(chunk * Self.chunkSize)..<end] {
            let (written, encoding, fellBack) = encodedFile(file)
            try OutputFile.write(written.bytes, to: inbox + "/" + written.path)
            result.summary.filesByKind[file.kind, default: 0] += 1
            result.summary.filesByEncoding[encoding.label + (encoding.hasBOM ? "+bom" : ""), default: 0] += 1
            if fellBack { result.summary.unencodable += 1 }
            result.summary.bytes += written.bytes.count
            for placed in written.placed {
                result.summary.count(placed.comment)
                result.members.append(OrganicCampaigns.member(placed.comment, file: file))
                if withLabels {
                    result.lineStarts.append(labels.bytes.count)
                    labels.append(LabelWriter.line(placed, file: file, encoding: encoding))
                }
            }
        }
        result.labels = labels.bytes
        return result
    }
}

extension CorpusSummary {
    mutating func count(_ comment: GeneratedComment) {
        comments += 1
        if comment.general { general += 1 }
        if comment.variation == .duplicate { duplicates += 1 }
        if comment.variation == .resubmission { resubmissions += 1 }
        if comment.variation == .edited { edited += 1 }
        if comment.edits.contains(.unaccented) { unaccented += 1 }
        if let campaign = comment.campaign, comment.variation == .campaign {
            campaignLetters += 1
            campaignsUsed.insert(campaign)
        }
        if comment.inlineReference { inlineReferences += 1 }
        if comment.personalInText { personalInText += 1 }
    }

    mutating func add(_ other: CorpusSummary) {
        for (kind, count) in other.filesByKind { filesByKind[kind, default: 0] += count }
        for (encoding, count) in other.filesByEncoding { filesByEncoding[encoding, default: 0] += count }
        unencodable += other.unencodable
        comments += other.comments
        general += other.general
        duplicates += other.duplicates
        resubmissions += other.resubmissions
        edited += other.edited
        unaccented += other.unaccented
        campaignLetters += other.campaignLetters
        campaignsUsed.formUnion(other.campaignsUsed)
        inlineReferences += other.inlineReferences
        personalInText += other.personalInText
        bytes += other.bytes
    }
}

/// What one chunk of files produced.
struct ChunkResult: Sendable {
    var summary = CorpusSummary()
    var labels: [UInt8] = []
    /// Where each label line starts in `labels`, and its comment, in the same order.
    var lineStarts: [Int] = []
    var members: [OrganicCampaigns.Member] = []

    /// The labels with `"campaign":null` made the campaign's name for the comments of
    /// `organic` groups.
    func labelsNaming(_ organic: Set<UInt64>) -> [UInt8] {
        let null = Array(",\"campaign\":null,".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(labels.count)
        for (index, start) in lineStarts.enumerated() {
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : labels.count
            let line = labels[start..<end]
            let group = members[index].group
            guard organic.contains(group), let at = line.firstRange(of: null) else {
                out.append(contentsOf: line)
                continue
            }
            out.append(contentsOf: line[..<at.lowerBound])
            out.append(contentsOf: Array(",\"campaign\":\"\(OrganicCampaigns.label(group))\",".utf8))
            out.append(contentsOf: line[at.upperBound...])
        }
        return out
    }
}

/// The chunks' results, filled in by parallel workers, read in order afterwards.
final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<ChunkResult, any Error>?]

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func store(_ index: Int, _ result: Result<ChunkResult, any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func take(_ index: Int) -> Result<ChunkResult, any Error> {
        lock.lock()
        defer { lock.unlock() }
        let result = results[index]!
        results[index] = nil
        return result
    }
}

/// A file written with plain POSIX calls: no temporary file, no fsync (Foundation's
/// `createFile` does both, which made writing 10,000 files I/O-bound).
final class OutputFile {
    private let descriptor: Int32
    private let path: String

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CorpusError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            guard var base = raw.baseAddress else { return }
            var remaining = raw.count
            while remaining > 0 {
                let written = Foundation.write(descriptor, base, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw CorpusError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
                }
                base += written
                remaining -= written
            }
        }
    }

    func close() throws {
        if Foundation.close(descriptor) != 0 {
            throw CorpusError(description: "cannot close \(path): \(String(cString: strerror(errno)))")
        }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try OutputFile(path: path)
        do {
            try file.write(bytes)
        } catch {
            try? file.close()
            throw error
        }
        try file.close()
    }
}
