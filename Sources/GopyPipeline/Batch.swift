import Foundation
import GopyConfig
import GopyDedup
import GopyIngest
import GopyLedger
import GopyModel
import GopySynthesis
import GopyText
import Logging

/// The nightly batch: inbox → ledger → outbox.
///
/// A night reads only bytes the ledger has not seen (a renamed or copied file is recognised
/// by its SHA-256 and recorded, not read again; an unchanged path is not even hashed again),
/// then clusters and synthesises all of each draft's comments, old and new. The ledger
/// transaction commits before the outbox is swapped, and the outbox depends only on the
/// ledger and the config: a run killed at any moment leaves the previous outbox whole, and
/// the next run reaches the same outbox as an uninterrupted one.
public struct Batch: Sendable {
    public let options: BatchOptions
    public let logger: Logger

    /// - Parameter logger: where progress goes; by default only warnings (the command line
    ///   passes its own, at info level).
    public init(options: BatchOptions, logger: Logger? = nil) {
        self.options = options
        self.logger = logger ?? {
            var quiet = Logger(label: "gopy")
            quiet.logLevel = .warning
            return quiet
        }()
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

        let ledgerURL = options.ledgerURL(configuration.settings.ledger)
        let ledger: Ledger
        do { ledger = try Ledger(path: ledgerURL.path) } catch { throw .ledger(error) }
        let archive = Archive(folder: ledgerURL.deletingLastPathComponent().appendingPathComponent("files"))
        let config = configFiles()
        let configSHA = StableID.sha256(Array(config.map { "\($0.0) \($0.1)\n" }.joined().utf8))
        try ledgerStep { try ledger.discardStaging() }   // what a run that died left staged
        let runID = try makeRunID(started, ledger: ledger)
        try ledgerStep { try ledger.beginRun(id: runID, started: RunManifest.iso(started), configSHA256: configSHA) }

        // 1. What the inbox holds, and which bytes are new.
        let entries = try InboxScanner.entries(in: options.inbox)
        let previousPaths = try ledgerStep { try ledger.presentPaths() }
        let hashed = InboxScanner.hash(entries, inbox: options.inbox, known: previousPaths, workers: options.jobs)
        let known = try ledgerStep { try ledger.files(hashed.compactMap(\.sha256)) }
        var night = NightChanges(run: runID)
        var unreadable: [Rejection] = []
        var pathOf: [String: String] = [:]   // sha → the path it is read from tonight (the first in order)
        for item in hashed {
            guard let sha = item.sha256 else {
                unreadable.append(Rejection(file: item.entry.path, scope: .file, reason: item.problem ?? "cannot read the file"))
                continue
            }
            night.sightings.append(PathSighting(path: item.entry.path, sha256: sha, size: item.entry.size, mtimeNanoseconds: item.entry.mtimeNanoseconds))
            if pathOf[sha] == nil { pathOf[sha] = item.entry.path }
        }
        let toRead = pathOf.filter { known[$0.key]?.status != .ingested }.map { (sha: $0.key, path: $0.value) }.sorted { $0.path < $1.path }
        logger.info("\(entries.count) files in \(options.inbox.path): \(toRead.count) to read, \(entries.count - toRead.count) already in the ledger")

        // 2. Read the new files. Each file's comments go to the ledger's staging as soon as the
        //    file is read (with the events of its reading); only what clustering and synthesis
        //    need of them stays in memory.
        let assembler = CommentAssembler(configuration: configuration)
        let inbox = options.inbox
        var outcomes: [FileIngest.Outcome] = []
        var newComments: [Comment] = []
        try toRead.forEachInOrder(workers: options.jobs) { item in
            FileIngest.read(path: item.path, sha256: item.sha, inbox: inbox, assembler: assembler)
        } consume: { (outcome: FileIngest.Outcome) throws(BatchError) in
            night.files.append(LedgerFile(
                sha256: outcome.sha256, size: outcome.size, format: outcome.reading?.format.rawValue,
                encoding: outcome.reading?.encoding, confidence: outcome.reading?.confidence,
                status: outcome.fileRejected ? .rejected : .ingested,
                reason: outcome.rejections.first { $0.scope == .file }?.reason,
                firstPath: outcome.path, firstRun: runID, metadata: outcome.reading?.parsed.metadata
            ))
            night.rejections[outcome.sha256] = outcome.rejections
            var events: [LedgerEvent] = []
            if outcome.fileRejected {
                logger.warning("rejected \(outcome.path): \(outcome.rejections.first { $0.scope == .file }?.reason ?? "")")
                events.append(LedgerEvent(run: runID, kind: .rejected, subject: outcome.sha256, detail: outcome.path))
            } else {
                events.append(LedgerEvent(run: runID, kind: .ingested, subject: outcome.sha256, detail: "\(outcome.path): \(outcome.comments.count) comments"))
                for c in outcome.comments {
                    events.append(LedgerEvent(run: runID, kind: .ingested, subject: c.comment.id, detail: "\(outcome.path) \(c.comment.provenance.locator.description)"))
                }
                for r in outcome.rejections where r.scope == .record {
                    events.append(LedgerEvent(run: runID, kind: .rejected, subject: outcome.sha256, detail: "\(r.file) \(r.line.map { "line \($0)" } ?? ""): \(r.reason)"))
                }
            }
            try ledgerStep { try ledger.stage(comments: outcome.comments, events: events, run: runID) }
            newComments += outcome.comments.map(\.comment.withoutLedgerFields)
            outcomes.append(outcome.withoutContents)
        }
        let ingested = clock.now
        returnFreedMemory()
        logMemory("reading \(outcomes.count) files")

        // 3. Paths: renamed copies, files edited in place, files gone from the inbox.
        let currentSHAs = Set(night.sightings.map(\.sha256))
        let previousSHAs = Set(previousPaths.values.map(\.sha256))
        var supersededFiles: [(old: String, new: String, path: String)] = []
        for s in night.sightings {
            if let before = previousPaths[s.path], before.sha256 != s.sha256, !currentSHAs.contains(before.sha256) {
                supersededFiles.append((before.sha256, s.sha256, s.path))
            } else if previousPaths[s.path] == nil, known[s.sha256]?.status == .ingested || previousSHAs.contains(s.sha256) {
                night.events.append(LedgerEvent(run: runID, kind: .seen, subject: s.sha256, detail: "seen at \(s.path)"))
            }
        }
        for (path, before) in previousPaths.sorted(by: { $0.key < $1.key }) where !night.sightings.contains(where: { $0.path == path }) {
            if !supersededFiles.contains(where: { $0.old == before.sha256 }) {
                night.events.append(LedgerEvent(run: runID, kind: .missing, subject: before.sha256, detail: "no longer at \(path)"))
            }
        }
        for change in supersededFiles {
            let ids = try ledgerStep { try ledger.activeCommentIDs(fileSHA256: change.old) }
            night.superseded += ids
            night.events.append(LedgerEvent(run: runID, kind: .superseded, subject: change.old, detail: "\(change.path) was edited in place: replaced by \(change.new); \(ids.count) comments superseded"))
            for id in ids {
                night.events.append(LedgerEvent(run: runID, kind: .superseded, subject: id, detail: "its file \(change.path) was replaced by \(change.new)"))
            }
        }

        // The night's events so far go to the staging too, ahead of the assignments'.
        try ledgerStep { try ledger.stage(comments: [], events: night.events, run: runID) }
        night.events = []

        // 4. Every comment that counts tonight: the ledger's (re-assembled if the config
        //    changed), less those superseded, plus the new ones.
        let lastConfig = try ledgerStep { try ledger.runs() }.last { $0.status == .completed }?.configSHA256
        let configChanged = lastConfig != nil && lastConfig != configSHA
        let superseded = Set(night.superseded)
        var comments: [Comment]
        if configChanged {
            var stored = try ledgerStep { try ledger.activeComments(withRecords: true) }
            stored.removeAll { superseded.contains($0.comment.id) }
            if !stored.isEmpty {
                let before = stored
                stored = try reassemble(stored, assembler: assembler, ledger: ledger)
                night.reassembled = zip(before, stored).filter { $0.comment != $1.comment }.map(\.1.comment)
                logger.info("the configuration changed: \(stored.count) stored comments re-assembled, \(night.reassembled.count) changed")
            }
            comments = stored.map(\.comment.withoutLedgerFields)
        } else {
            comments = try ledgerStep { try ledger.workingComments(extraCapacity: newComments.count) }
            if !superseded.isEmpty { comments.removeAll { superseded.contains($0.id) } }
        }
        if !comments.isEmpty, !newComments.isEmpty {
            let storedIDs = Set(comments.map(\.id))
            newComments.removeAll { storedIDs.contains($0.id) }
        }
        let newCount = newComments.count
        if comments.isEmpty { swap(&comments, &newComments) } else { comments += newComments }
        newComments = []
        comments.sort { ($0.provenance.file, $0.provenance.locator, $0.id) < ($1.provenance.file, $1.provenance.locator, $1.id) }
        logMemory("loading \(comments.count - newCount) stored comments")

        // 5. Clusters, then the drafters' placements, then points, over all of each draft's comments.
        // Near-duplicates (MinHash/LSH, verified) and form-letter campaigns, never across
        // drafts or rounds; comments typed without diacritics compare on the folded key.
        let (clusterOf, campaigns) = Self.clusters(of: comments, drafts: configuration.drafts, jobs: options.jobs)
        returnFreedMemory()
        logMemory("clustering \(comments.count) comments")
        let grouping = PointGrouping(clusterOf: clusterOf, campaigns: campaigns)
        // A campaign is placed once, from its template; then the remarks about the whole
        // document; then the drafters' placements, which win.
        let placedCampaigns = CampaignPlacement.apply(campaigns, to: &comments, assembler: assembler)
        var wholeDocument = placedCampaigns.wholeDocument
        for comment in comments where grouping.campaign(of: comment.id) == nil && assembler.isAboutWholeDocument(comment) {
            wholeDocument.insert(comment.id)
        }
        let placements: [Placement]
        do { placements = try ConfigLoader.loadPlacements(directory: options.config.path, drafts: configuration.drafts) } catch { throw .config(error) }
        let placed = Placements.apply(placements, to: &comments, grouping: grouping, wholeDocument: &wholeDocument, drafts: configuration.drafts)
        let deduplicated = clock.now

        let byDraft = comments.groupedByDraft()
        let writer = OutboxWriter(outbox: options.outbox)
        var outbox = try writer.stage()   // the next outbox, written file by file
        var pointOf: [String: String] = [:]
        for draft in configuration.drafts {
            let draftComments = byDraft[draft.id] ?? []
            let synthesis = SynthesisBuilder.build(draft: draft, runID: runID, comments: draftComments, grouping: grouping, wholeDocument: wholeDocument)
            returnFreedMemory()
            logMemory("the synthesis of \(draft.id)")
            try OutboxLayout.writeDraftFiles(synthesis: synthesis, comments: draftComments, grouping: grouping, wholeDocument: wholeDocument, placedBy: placed.byComment, into: &outbox)
            pointOf.merge(synthesis.pointOf) { a, _ in a }
            for section in synthesis.parts {
                for p in section.points {
                    night.points.append(StoredPoint(id: p.id, draft: draft.id, section: section.id, cluster: p.cluster, campaign: p.campaign ?? p.linkedCampaign, text: p.text, submissions: p.submissions))
                }
            }
        }
        returnFreedMemory()
        logMemory("synthesis and outbox files")
        let assignment = { (comment: Comment) in
            Assignment(commentID: comment.id, cluster: grouping.cluster(of: comment.id), point: pointOf[comment.id], campaign: grouping.campaign(of: comment.id))
        }
        let changes = try ledgerStep { try AssignmentChanges(comments, now: assignment, ledger: ledger) }
        // The events of the assignments go to the staging in batches, not all held till the commit.
        var events: [LedgerEvent] = []
        for (index, comment) in comments.enumerated() where changes.isChanged(index) {
            let now = assignment(comment)
            let before = changes.earlier(index)
            night.assignments.append(now)
            if before?.point != now.point {
                let placement = placed.byComment[comment.id].map { "; placed by \($0.by) on \($0.at)" }
                    ?? placedCampaigns.moved[comment.id].map { "; placed with its campaign \($0), from the campaign's template or its members' references" } ?? ""
                events.append(LedgerEvent(run: runID, kind: .assigned, subject: comment.id, detail: "point \(now.point ?? "none (general agreement)"), section \(comment.section ?? (wholeDocument.contains(comment.id) ? "none (whole document)" : "none"))\(placement)"))
            }
            if let before, before.cluster != now.cluster {
                events.append(LedgerEvent(run: runID, kind: .merged, subject: comment.id, detail: "cluster \(before.cluster) → \(now.cluster)"))
            }
            if events.count >= 20_000 {
                try ledgerStep { try ledger.stage(comments: [], events: events, run: runID) }
                events.removeAll(keepingCapacity: true)
            }
        }
        try ledgerStep { try ledger.stage(comments: [], events: events, run: runID) }
        events = []
        let synthesised = clock.now
        logMemory("assignments")

        // 6. Archive the new files, then commit the night in one transaction.
        for outcome in outcomes where !outcome.fileRejected {
            do { try archive.store(options.inbox.appendingPathComponent(outcome.path), sha256: outcome.sha256) } catch { throw .ledger(error) }
        }
        try ledgerStep { try ledger.commit(night) }
        logMemory("ledger commit")

        // 7. The outbox: rejections of the files the ledger keeps and of tonight's inbox.
        var rejections = unreadable
        let inboxSHAs = currentSHAs
        for r in try ledgerStep({ try ledger.rejections() }) {
            let kept = known[r.sha256 ?? ""]?.status == .ingested || night.files.contains { $0.sha256 == r.sha256 && $0.status == .ingested }
            if kept || inboxSHAs.contains(r.sha256 ?? "") { rejections.append(r) }
        }
        rejections.sort()
        try outbox.write("rejected.json", bytes: OutboxLayout.rejectedJSON(rejections))

        let previous = writer.previousManifest()
        let ledgerFiles = try ledgerStep { try ledger.files(currentSHAs) }
        let readTonight = Set(outcomes.map { "\($0.sha256) \($0.path)" })
        let inputs: [JSONValue] = night.sightings.map { s in
            let f = ledgerFiles[s.sha256]
            return .object([
                ("file", .string(s.path)), ("sha256", .string(s.sha256)), ("size", .int(s.size)),
                ("format", .string(f?.format)), ("encoding", .string(f?.encoding)),
                ("confidence", f?.confidence.map(JSONValue.double) ?? .null),
                ("status", .string(f?.status.rawValue)), ("read", .bool(readTonight.contains("\(s.sha256) \(s.path)"))),
            ])
        } + unreadable.map { .object([("file", .string($0.file)), ("sha256", .null), ("status", .string("rejected")), ("read", .bool(true))]) }
        let counts: [(String, JSONValue)] = [
            ("files", .int(entries.count)),
            ("files_read", .int(outcomes.count)),
            ("files_rejected", .int(rejections.filter { $0.scope == .file }.count)),
            ("comments", .int(comments.count)),
            ("comments_new", .int(newCount)),
            ("comments_superseded", .int(night.superseded.count)),
            ("records_rejected", .int(rejections.filter { $0.scope == .record }.count)),
            ("warnings", .int(rejections.filter { $0.scope == .warning }.count)),
            ("comments_by_draft", .object(configuration.drafts.map { ($0.id, .int(byDraft[$0.id]?.count ?? 0)) })),
        ]
        let timings: [(String, Int)] = [
            ("ingest_ms", ms(ingested - start)),
            ("dedup_ms", ms(deduplicated - ingested)),
            ("synthesis_ms", ms(synthesised - deduplicated)),
        ]
        let manifest = RunManifest(
            runID: runID, started: started, finished: options.now(), jobs: options.jobs,
            previous: previous, config: config, inputs: inputs, placements: placed.manifest,
            outputs: outbox.outputs.map { ($0.path, $0.sha256) }.sorted { $0.0 < $1.0 },
            counts: counts, timings: timings
        )
        let manifestPath = "runs/\(runID).json"
        let manifestBytes = manifest.bytes
        try writer.carryOver(into: &outbox)
        try outbox.write(manifestPath, bytes: manifestBytes, listed: false)
        try writer.swap(outbox)
        try ledgerStep { try ledger.finishRun(id: runID, finished: RunManifest.iso(options.now()), manifestSHA256: StableID.sha256(manifestBytes)) }
        let written = clock.now
        logMemory("outbox written")

        let report = BatchReport(
            runID: runID, files: entries.count, filesRejected: rejections.filter { $0.scope == .file }.count,
            comments: comments.count, recordsRejected: rejections.filter { $0.scope == .record }.count,
            commentsByDraft: byDraft.mapValues(\.count),
            timings: Dictionary(uniqueKeysWithValues: timings + [("write_ms", ms(written - synthesised)), ("total_ms", ms(written - start))]),
            manifestPath: options.outbox.appendingPathComponent(manifestPath).path,
            filesRead: outcomes.count, newComments: newCount
        )
        logger.info("run \(runID): \(report.comments) comments (\(report.newComments) new) from \(report.files - report.filesRejected) files; \(report.filesRejected) files and \(report.recordsRejected) records rejected; outbox written in \(report.timings["total_ms"]!) ms")
        return report
    }

    /// Every comment's cluster and the campaigns, from the clusterer's result (which is not kept:
    /// its clusters hold every comment id once more). The comparison keys are made on `jobs`
    /// threads.
    static func clusters(of comments: [Comment], drafts: [Draft], jobs: Int) -> (clusterOf: [String: String], campaigns: [Campaign]) {
        let inputs = dedupInputs(comments, jobs: jobs)
        var configuration = DedupConfiguration()
        configuration.jobs = jobs
        let dedup = NearDuplicateClusterer.cluster(
            inputs,
            draftTexts: Dictionary(uniqueKeysWithValues: drafts.map { ($0.id, $0.allSections.compactMap(\.text)) }),
            configuration: configuration
        )
        return (dedup.clusterOf, dedup.campaigns)
    }

    /// The comments as the clusterer sees them, made on `jobs` threads a block at a time. A key
    /// (or sender) that an earlier comment already has shares that comment's string: form
    /// letters and resubmissions repeat whole texts, and memory then holds each distinct key
    /// once (at 1M comments, 530,000 distinct keys of the main partition).
    static func dedupInputs(_ comments: [Comment], jobs: Int) -> [DedupInput] {
        var inputs: [DedupInput] = []
        inputs.reserveCapacity(comments.count)
        var keys = Set<SharedString>()
        var senders = Set<SharedString>()
        let block = 1 << 14
        for start in stride(from: 0, to: comments.count, by: block) {
            let made = Array(start..<min(comments.count, start + block)).parallelMap(workers: jobs) { i in
                let comment = comments[i]
                let sender = SenderIdentity.key(comment), key = MatchingKey.comparisonKey(comment.text)
                return (
                    DedupInput(
                        commentID: comment.id, scope: ClusterScope(draft: comment.draft, round: comment.round),
                        senderKey: sender, matchingKey: key,
                        general: comment.general, typedWithoutDiacritics: MatchingKey.isTypedWithoutDiacritics(comment.text)
                    ),
                    SharedString(key), SharedString(sender)
                )
            }
            for (input, key, sender) in made {
                var input = input
                input.matchingKey = keys.insert(key).memberAfterInsert.string
                input.senderKey = senders.insert(sender).memberAfterInsert.string
                inputs.append(input)
            }
        }
        return inputs
    }

    /// A string with a hash of its UTF-8 bytes, made where the string is (on the worker
    /// threads): `String`'s own hashing normalises text beyond ASCII as it goes, many times
    /// slower. Equal when the bytes are (the keys are already in NFC). The hash lives only in
    /// memory, for this set; nothing stores it.
    struct SharedString: Hashable, Sendable {
        let string: String
        let bytesHash: Int

        init(_ string: String) {
            var copy = string
            bytesHash = copy.withUTF8 { bytes in
                var hasher = Hasher()
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
                return hasher.finalize()
            }
            self.string = copy
        }

        func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }

        static func == (a: SharedString, b: SharedString) -> Bool {
            a.bytesHash == b.bytesHash && a.string.utf8.elementsEqual(b.string.utf8)
        }
    }

    /// Re-assembles stored comments from the readers' records kept in the ledger, with
    /// tonight's configuration (a new alias, a changed outline). Ids do not change.
    func reassemble(_ stored: [StoredComment], assembler: CommentAssembler, ledger: Ledger) throws(BatchError) -> [StoredComment] {
        var byFile: [String: [Int]] = [:]
        for (index, s) in stored.enumerated() { byFile[s.comment.provenance.sha256, default: []].append(index) }
        let files = try ledgerStep { try ledger.files(byFile.keys) }
        var result = stored
        for (sha, indices) in byFile {
            guard let file = files[sha], let format = file.format.flatMap(FileFormat.init(rawValue:)) else { continue }
            let reading = FileReading(
                format: format, encoding: file.encoding ?? "", confidence: file.confidence ?? 1,
                parsed: ParsedFile(metadata: file.metadata ?? FileMetadata(), comments: indices.map { stored[$0].raw })
            )
            let outcome = assembler.assemble(path: stored[indices[0]].comment.provenance.file, sha256: sha, reading: reading)
            guard !outcome.rejections.contains(where: { $0.scope == .file }) else { continue }
            let byID = Dictionary(outcome.comments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for index in indices {
                if let again = byID[stored[index].comment.id] { result[index].comment = again }
            }
        }
        return result
    }

    func ledgerStep<T>(_ body: () throws -> T) throws(BatchError) -> T {
        do { return try body() } catch let error as LedgerError { throw .ledger(error) } catch let error as BatchError { throw error } catch {
            throw .ledger(LedgerError(path: "", message: "\(error)"))
        }
    }

    /// `YYYYMMDDTHHMMSSZ`, with a suffix when a run of that name already exists.
    func makeRunID(_ date: Date, ledger: Ledger) throws(BatchError) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let base = "\(c.year ?? 0)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
        var id = base
        var n = 2
        while try ledgerStep({ try ledger.hasRun(id: id) })
            || FileManager.default.fileExists(atPath: options.outbox.appendingPathComponent("runs/\(id).json").path) {
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
