import Dispatch
import Foundation
import GopyConfig
import GopyDedup
import GopyIngest
import GopyModel
import GopySynthesis
import Logging
import Synchronization

/// The nightly batch: inbox → outbox.
public struct Batch: Sendable {
    public let options: BatchOptions
    public let logger: Logger

    public init(options: BatchOptions, logger: Logger = Logger(label: "gopy")) {
        self.options = options
        self.logger = logger
    }

    /// Runs the batch once.
    /// - Throws: ``BatchError`` for a fatal problem; rejected files and records are reported
    ///   in `rejected.json`, not thrown.
    @discardableResult
    public func run() throws(BatchError) -> BatchReport {
        let clock = ContinuousClock()
        let start = clock.now
        let started = options.now()

        let configuration: Configuration
        do { configuration = try ConfigLoader.load(directory: options.config.path) } catch { throw .config(error) }

        let lock = try RunLock(path: options.root.appendingPathComponent(".gopy.lock").path)
        defer { withExtendedLifetime(lock) {} }

        // Ingest: every file, in parallel; results kept in file order.
        let paths = try InboxScanner.files(in: options.inbox)
        logger.info("reading \(paths.count) files from \(options.inbox.path) with \(options.jobs) threads")
        let assembler = CommentAssembler(configuration: configuration)
        let outcomes = ingest(paths: paths, assembler: assembler)
        let ingested = clock.now

        var comments: [Comment] = []
        var rejections: [Rejection] = []
        var inputs: [JSONValue] = []
        for outcome in outcomes {
            comments += outcome.comments
            rejections += outcome.rejections
            inputs.append(outcome.manifestEntry)
            for rejection in outcome.rejections where rejection.scope == .file {
                logger.warning("rejected \(rejection.file): \(rejection.reason)")
            }
        }
        rejections.sort()

        // Dedup and synthesis, per draft.
        var clusterOf: [String: String] = [:]
        let clusters = ExactClusterer.cluster(comments.map {
            ClusterInput(commentID: $0.id, scope: ClusterScope(draft: $0.draft, round: $0.round), matchingKey: $0.matchingKey)
        })
        for cluster in clusters { for member in cluster.members { clusterOf[member] = cluster.id } }
        let deduplicated = clock.now

        let runID = makeRunID(started)
        var byDraft: [String: [Comment]] = [:]
        for comment in comments { byDraft[comment.draft, default: []].append(comment) }
        var files: [(path: String, bytes: [UInt8])] = []
        for draft in configuration.drafts {
            let draftComments = byDraft[draft.id] ?? []
            let synthesis = SynthesisBuilder.build(draft: draft, runID: runID, comments: draftComments, clusterOf: clusterOf)
            files += OutboxLayout.draftFiles(synthesis: synthesis, comments: draftComments, clusterOf: clusterOf)
        }
        files.append(("rejected.json", OutboxLayout.rejectedJSON(rejections)))
        let synthesised = clock.now

        // The manifest, chained to the previous one, then the atomic swap.
        let writer = OutboxWriter(outbox: options.outbox)
        let previous = writer.previousManifest()
        var counts: [(String, JSONValue)] = [
            ("files", .int(paths.count)),
            ("files_rejected", .int(outcomes.filter(\.fileRejected).count)),
            ("comments", .int(comments.count)),
            ("records_rejected", .int(rejections.filter { $0.scope == .record }.count)),
            ("warnings", .int(rejections.filter { $0.scope == .warning }.count)),
        ]
        counts.append(("comments_by_draft", .object(configuration.drafts.map { ($0.id, .int(byDraft[$0.id]?.count ?? 0)) })))
        let timings: [(String, Int)] = [
            ("ingest_ms", ms(ingested - start)),
            ("dedup_ms", ms(deduplicated - ingested)),
            ("synthesis_ms", ms(synthesised - deduplicated)),
        ]
        let manifest = RunManifest(
            runID: runID, started: started, finished: options.now(), jobs: options.jobs,
            previous: previous, config: configFiles(), inputs: inputs,
            outputs: files.map { ($0.path, StableID.sha256($0.bytes)) }.sorted { $0.0 < $1.0 },
            counts: counts, timings: timings
        )
        let manifestPath = "runs/\(runID).json"
        let carried = writer.carriedOver().map { (path: $0.0, bytes: [UInt8]($0.1)) }
        try writer.write(carried + files + [(manifestPath, manifest.bytes)])
        let written = clock.now

        let report = BatchReport(
            runID: runID, files: paths.count, filesRejected: outcomes.filter(\.fileRejected).count,
            comments: comments.count, recordsRejected: rejections.filter { $0.scope == .record }.count,
            commentsByDraft: byDraft.mapValues(\.count),
            timings: Dictionary(uniqueKeysWithValues: timings + [("write_ms", ms(written - synthesised)), ("total_ms", ms(written - start))]),
            manifestPath: options.outbox.appendingPathComponent(manifestPath).path
        )
        logger.info("run \(runID): \(report.comments) comments from \(report.files - report.filesRejected) files; \(report.filesRejected) files and \(report.recordsRejected) records rejected; outbox written in \(report.timings["total_ms"]!) ms")
        return report
    }

    /// One file's result.
    struct FileOutcome: Sendable {
        var comments: [Comment]
        var rejections: [Rejection]
        var fileRejected: Bool
        var manifestEntry: JSONValue
    }

    /// Reads and assembles every file with `options.jobs` workers; the outcomes come back in
    /// the order of `paths`, whatever order the workers finish in.
    func ingest(paths: [String], assembler: CommentAssembler) -> [FileOutcome] {
        let results = Mutex<[FileOutcome?]>(Array(repeating: nil, count: paths.count))
        let next = Atomic<Int>(0)
        let inbox = options.inbox
        DispatchQueue.concurrentPerform(iterations: min(options.jobs, max(1, paths.count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < paths.count else { return }
                let outcome = Self.ingestFile(path: paths[index], inbox: inbox, assembler: assembler)
                results.withLock { $0[index] = outcome }
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    static func ingestFile(path: String, inbox: URL, assembler: CommentAssembler) -> FileOutcome {
        let source = FileByteSource(path: inbox.appendingPathComponent(path).path)
        var entry: [(String, JSONValue)] = [("file", .string(path))]
        func rejected(_ problem: FileProblem, sha: String?) -> FileOutcome {
            entry.append(("status", .string("rejected")))
            return FileOutcome(
                comments: [],
                rejections: [Rejection(file: path, sha256: sha, scope: .file, line: problem.line, reason: problem.reason)],
                fileRejected: true, manifestEntry: .object(entry)
            )
        }
        // The hash and size, streaming.
        var hasher = StreamingSHA256()
        var size = 0
        do {
            try source.forEachChunk { chunk in
                hasher.update(chunk)
                size += chunk.count
            }
        } catch {
            return rejected(FileProblem(reason: "cannot read the file: \(error)"), sha: nil)
        }
        let sha = hasher.finalize()
        entry += [("sha256", .string(sha)), ("size", .int(size))]
        if size == 0 { return rejected(FileProblem(reason: "empty file"), sha: sha) }

        let reading: FileReading
        do { reading = try InboxFileReader.read(path: path, source: source) } catch {
            return rejected(error, sha: sha)
        }
        entry += [("format", .string(reading.format.rawValue)), ("encoding", .string(reading.encoding)), ("confidence", .double(reading.confidence))]
        let outcome = assembler.assemble(path: path, sha256: sha, reading: reading)
        let fileRejected = outcome.rejections.contains { $0.scope == .file }
        entry += [
            ("status", .string(fileRejected ? "rejected" : "ingested")),
            ("comments", .int(outcome.comments.count)),
            ("records_rejected", .int(outcome.rejections.filter { $0.scope == .record }.count)),
        ]
        return FileOutcome(comments: outcome.comments, rejections: outcome.rejections, fileRejected: fileRejected, manifestEntry: .object(entry))
    }

    /// `YYYYMMDDTHHMMSSZ`, with a suffix when a manifest of that name already exists.
    func makeRunID(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let base = "\(c.year ?? 0)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
        var id = base
        var n = 2
        while FileManager.default.fileExists(atPath: options.outbox.appendingPathComponent("runs/\(id).json").path) {
            id = n < 10 ? "\(base)-0\(n)" : "\(base)-\(n)"
            n += 1
        }
        return id
    }

    /// The config files the run read, with their hashes.
    func configFiles() -> [(String, String)] {
        let fm = FileManager.default
        var result: [(String, String)] = []
        let base = options.config
        var names = ["gopy.yaml", "sources.yaml"]
        names += ((try? fm.contentsOfDirectory(atPath: base.appendingPathComponent("drafts").path)) ?? []).sorted().map { "drafts/" + $0 }
        for name in names {
            if let data = fm.contents(atPath: base.appendingPathComponent(name).path) {
                result.append(("config/" + name, StableID.sha256(data)))
            }
        }
        return result
    }

    private func ms(_ d: Duration) -> Int {
        Int(d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000)
    }
}
