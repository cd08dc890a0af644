import ArgumentParser
import CorpusKit
import Dispatch
import Foundation
import GopyDedup

/// `gopy-bench-dedup`: the dedup stage of `gopy run` on a generated round, its speed, its
/// memory, and how well its clusters and campaigns match the generator's labels.
@main
struct BenchDedup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gopy-bench-dedup",
        abstract: "Measure NearDuplicateClusterer on a generated round against the generator's labels.",
        discussion: """
            Generates in memory the round `gopy-corpus` writes with the same --files, --comments and \
            --seed (same comments, same labels), makes each comment's DedupInput as `gopy run` does \
            (display text, masking, comparison key, general agreement), then times \
            NearDuplicateClusterer.cluster on all of them, with the draft's text for quotations, \
            as Batch step 5 calls it. Reports wall and CPU time, comments/s, resident memory before \
            and peak during the stage, and B-cubed and pairwise precision/recall/F1 of the clusters \
            against the labels' `group` and of the campaigns against their `campaign`, by variation \
            and by edit, with examples of the largest errors.
            """)

    @Option(help: "How many comments.")
    var comments: Int = 200_000

    @Option(help: "How many files the round has (default: one per 100 comments).")
    var files: Int?

    @Option(help: "The seed: with the same --files and --comments, the round gopy-corpus writes.")
    var seed: UInt64 = 42

    @Option(help: "The draft's id.")
    var draft: String = "bcct-xvii"

    @Option(help: "The round (lần) of comments.")
    var round: Int = 2

    @Option(help: "Threads for the clusterer (DedupConfiguration.jobs; gopy run passes the default, 1). Repeat to measure several: --jobs 1 --jobs 2.")
    var jobs: [Int] = [1]

    @Option(help: "Time the clustering this many times (memory is measured on the first); the best wall time is reported.")
    var repeats: Int = 1

    @Flag(help: "Leave out campaign detection (CampaignConfiguration.enabled = false).")
    var noCampaigns = false

    @Flag(help: "Do not give the clusterer the draft's text (no masking of quotations; gopy run gives it).")
    var noQuotations = false

    @Option(help: "Also time each step of making inputs (display, masking, keys) on this many comments, on one thread.")
    var breakdown: Int = 0

    @Option(help: "Examples of the largest false merges and splits to print.")
    var examples: Int = 3

    func validate() throws {
        guard comments >= 1 else { throw ValidationError("--comments must be at least 1") }
        guard (files ?? 1) >= 1 else { throw ValidationError("--files must be at least 1") }
        guard jobs.allSatisfy({ $0 >= 1 }), !jobs.isEmpty, repeats >= 1 else { throw ValidationError("--jobs and --repeats must be at least 1") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let fileCount = files ?? max(1, comments / 100)
        print(
            "gopy-bench-dedup --comments \(comments) --files \(fileCount) --seed \(seed) " + jobs.map { "--jobs \($0)" }.joined(separator: " ")
                + (noCampaigns ? " --no-campaigns" : "") + (noQuotations ? " --no-quotations" : ""))
        print("load average before: \(ProcessMeasures.loadAverage())")
        let generator = CorpusGenerator(
            options: CorpusOptions(
                output: "", files: fileCount, comments: comments, seed: seed, draftID: draft, round: round, labels: nil,
                overwrite: false))
        let scope = ClusterScope(draft: draft, round: round)

        // 1. The round and its inputs, on every core (not part of the stage).
        let start = clock.now
        let prepared = RoundInputs.make(generator, scope: scope)
        print(
            String(
                format: "round: %d comments (%d campaigns drawn, %d of copies), generated and made into inputs in %.1f s; inputs alone %.1f CPU-s (%.0f comments per CPU-s)",
                prepared.inputs.count, generator.campaignCount, prepared.organicCampaigns, seconds(clock.now - start), prepared.preparationCPU,
                Double(prepared.inputs.count) / max(prepared.preparationCPU, 1e-9)))

        if breakdown > 0 {
            let sample = (0..<min(breakdown, generator.commentCount)).map(generator.labelledComment)
            let times = PipelineInput.breakdown(sample)
            // As gopy runs them: without the faster variant of the self-introductions.
            let total = times.filter { !$0.0.contains("phrase check") }.reduce(0) { $0 + $1.1 }
            print(String(format: "making inputs as gopy does, step by step on %d comments (one thread): %.2f CPU-s in all, %.0f comments per CPU-s", sample.count, total, Double(sample.count) / total))
            for (name, time) in times {
                print(String(format: "  %@ %.2f s (%.0f comments/s)", name.padding(toLength: 47, withPad: " ", startingAt: 0), time, Double(sample.count) / time))
            }
        }

        // 2. The stage, as Batch step 5 calls it, once per --jobs.
        let draftTexts = noQuotations ? [:] : [generator.draftTexts.draft: generator.draftTexts.texts]
        let n = Double(prepared.inputs.count)
        var result = DedupResult(clusters: [], campaigns: [])
        var stages: [String] = []
        for threads in jobs {
            var configuration = DedupConfiguration()
            configuration.jobs = threads
            configuration.campaigns.enabled = !noCampaigns
            result = DedupResult(clusters: [], campaigns: [])
            let residentBefore = ProcessMeasures.residentBytes()
            let peakReset = ProcessMeasures.resetPeak()
            var bestWall = Double.infinity
            var cpuOfBest = 0.0
            var peak = 0
            for repeatIndex in 0..<repeats {
                let cpuStart = ProcessMeasures.cpuSeconds()
                let wallStart = clock.now
                result = NearDuplicateClusterer.cluster(prepared.inputs, draftTexts: draftTexts, configuration: configuration)
                let wall = seconds(clock.now - wallStart)
                let cpu = ProcessMeasures.cpuSeconds() - cpuStart
                if repeatIndex == 0 { peak = peakReset ? ProcessMeasures.peakBytes() : ProcessMeasures.lifetimePeakBytes() }
                print(String(format: "  jobs %d, run %d: wall %.2f s, CPU %.2f s (load average now %@)", threads, repeatIndex + 1, wall, cpu, ProcessMeasures.loadAverage()))
                if wall < bestWall {
                    bestWall = wall
                    cpuOfBest = cpu
                }
            }
            var lines = [
                "dedup stage (NearDuplicateClusterer.cluster, jobs \(threads), campaigns \(noCampaigns ? "off" : "on"), quotations \(noQuotations ? "not masked" : "masked")):",
                String(format: "  wall %.2f s, CPU %.2f s: %.0f comments/s (%.0f comments per CPU-s)", bestWall, cpuOfBest, n / bestWall, n / cpuOfBest),
                "  resident before: \(residentBefore.map(formatBytes) ?? "unknown") (the inputs, the labels and the process); "
                    + "peak during the stage: \(formatBytes(peak))" + (peakReset ? "" : " (the process's peak: VmHWM could not be reset)"),
            ]
            if let residentBefore { lines.append("  the stage's own growth (peak minus resident before): \(formatBytes(peak - residentBefore))") }
            stages += lines
        }
        print("load average after: \(ProcessMeasures.loadAverage())")
        print("")
        for line in stages { print(line) }
        print("process peak (getrusage): \(formatBytes(ProcessMeasures.lifetimePeakBytes()))")

        // 3. Against the labels.
        let evaluation = Evaluation(round: prepared, result: result)
        evaluation.report(examples: examples, generator: generator)
    }
}

/// The inputs of a round and the truth about each (by index).
struct RoundInputs {
    var inputs: [DedupInput]
    /// Dense group and campaign numbers (campaign nil: none).
    var group: [Int]
    var campaign: [Int?]
    var variation: [String]
    var edits: [[String]]
    /// CPU seconds spent making inputs from texts (all threads).
    var preparationCPU: Double
    /// Campaigns of copies among the labelled campaigns.
    var organicCampaigns = 0

    static func make(_ generator: CorpusGenerator, scope: ClusterScope) -> RoundInputs {
        let count = generator.commentCount
        let chunkSize = 8_192
        let chunks = (count + chunkSize - 1) / chunkSize
        let parts = Chunks<Part>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var part = Part()
            for number in (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize) {
                let comment = generator.labelledComment(number)
                let cpuStart = threadCPUSeconds()
                part.inputs.append(PipelineInput.make(comment, id: PipelineInput.commentID(number), scope: scope))
                part.cpu += threadCPUSeconds() - cpuStart
                part.group.append(comment.group)
                part.campaign.append(comment.campaign)
                part.members.append(comment.organicMember)
                part.variation.append(comment.variation)
                part.edits.append(comment.edits)
            }
            parts.store(chunk, part)
        }
        var round = RoundInputs(inputs: [], group: [], campaign: [], variation: [], edits: [], preparationCPU: 0)
        round.inputs.reserveCapacity(count)
        var groupNumbers: [UInt64: Int] = [:]
        var taken: [Part] = (0..<chunks).map { parts.take($0) }
        // Campaigns of copies (the labels' "o…"), numbered after the planned ones.
        let organic = generator.organicCampaigns(taken.flatMap(\.members))
        var organicNumbers: [UInt64: Int] = [:]
        for group in organic.sorted() { organicNumbers[group] = generator.campaignCount + organicNumbers.count }
        round.organicCampaigns = organic.count
        for chunk in 0..<chunks {
            var part = taken[chunk]
            taken[chunk] = Part()
            for (i, group) in part.group.enumerated() where part.campaign[i] == nil {
                if let number = organicNumbers[group] { part.campaign[i] = number }
            }
            round.inputs += part.inputs
            for group in part.group {
                if let known = groupNumbers[group] {
                    round.group.append(known)
                } else {
                    groupNumbers[group] = groupNumbers.count
                    round.group.append(groupNumbers.count - 1)
                }
            }
            round.campaign += part.campaign
            round.variation += part.variation
            round.edits += part.edits
            round.preparationCPU += part.cpu
        }
        return round
    }

    struct Part: Sendable {
        var inputs: [DedupInput] = []
        var group: [UInt64] = []
        var campaign: [Int?] = []
        var variation: [String] = []
        var edits: [[String]] = []
        var members: [OrganicCampaigns.Member] = []
        var cpu = 0.0
    }
}

/// Results of parallel workers, stored by index and taken in order.
final class Chunks<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func take(_ index: Int) -> Value {
        lock.lock()
        defer { lock.unlock() }
        let value = values[index]!
        values[index] = nil
        return value
    }
}

/// CPU time of the calling thread, in seconds.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}
