import Foundation
import GopyText

/// `gopy-bench-text`: the speed of encoding detection + decoding + display normalisation on one
/// thread, per encoding. Usage: `gopy-bench-text [megabytes, default 100] [repeats, default 3]`
/// (megabytes of the UTF-8 text the pieces are cut from; the input printed is a little more:
/// UTF-16 and NFD take more bytes, the legacy encodings fewer).
@main
struct BenchText {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        let megabytes = arguments.first ?? 100
        let repeats = max(1, arguments.dropFirst().first ?? 3)
        let clock = ContinuousClock()

        print("load before: \(loadAverage())")
        let buildStart = clock.now
        let (pieces, unencodable) = TextPieces.make(total: megabytes * 1_000_000, pieceSize: 64 * 1024, seed: 42)
        let inputBytes = pieces.reduce(0) { $0 + $1.bytes.count }
        print(
            String(
                format: "corpus: %d pieces, %.1f MB of input (%d pieces skipped: a character the encoding lacks), built in %.1f s",
                pieces.count, Double(inputBytes) / 1e6, unencodable, seconds(clock.now - buildStart)))

        // Correctness first (not timed): the detected encoding and the decoded text.
        var wrongEncoding: [BenchGroup: Int] = [:]
        var wrongText: [BenchGroup: Int] = [:]
        var compared: [BenchGroup: Int] = [:]
        for piece in pieces {
            let outcome = TextPipeline.run(piece.bytes, keepText: true)
            if outcome.compared { compared[piece.group, default: 0] += 1 }
            if outcome.detected != piece.group.encoding {
                wrongEncoding[piece.group, default: 0] += 1
            } else if !sameText(outcome.text, piece.expected, caseInsensitive: piece.group == .tcvn3 || piece.group == .tcvn3Mojibake) {
                wrongText[piece.group, default: 0] += 1
            }
        }

        // The measured runs: per stage and group, the wall time (ContinuousClock) and the
        // thread's CPU time of its pieces, in each repeat.
        let groups = BenchGroup.allCases
        let stages = Stage.allCases
        var wall = [[[Double]]](repeating: [[Double]](repeating: [], count: groups.count + 1), count: stages.count)
        var cpu = wall
        var sink = 0
        for _ in 0..<repeats {
            for stage in stages {
                var wallTime = [Duration](repeating: .zero, count: groups.count)
                var cpuTime = [Double](repeating: 0, count: groups.count)
                for piece in pieces {
                    let cpuStart = threadCPUTime()
                    let start = clock.now
                    let outcome = TextPipeline.run(piece.bytes, through: stage)
                    wallTime[piece.group.rawValue] += clock.now - start
                    cpuTime[piece.group.rawValue] += threadCPUTime() - cpuStart
                    sink &+= outcome.normalised &+ outcome.lines &+ outcome.decoded
                }
                for group in groups {
                    wall[stage.rawValue][group.rawValue].append(seconds(wallTime[group.rawValue]))
                    cpu[stage.rawValue][group.rawValue].append(cpuTime[group.rawValue])
                }
                wall[stage.rawValue][groups.count].append(seconds(wallTime.reduce(.zero, +)))
                cpu[stage.rawValue][groups.count].append(cpuTime.reduce(0, +))
            }
        }

        let full = Stage.display.rawValue
        print("")
        print("Detection + decoding + display, MB/s of input (wall: ContinuousClock; CPU: the thread's CPU time):")
        print("")
        print("| input | pieces | MB | best MB/s | median MB/s | best CPU MB/s | target (median) | wrong encoding | wrong text |")
        print("|---|---:|---:|---:|---:|---:|---|---:|---:|")
        for group in groups + [nil] {
            let index = group?.rawValue ?? groups.count
            let members = pieces.filter { group == nil || $0.group == group }
            let bytes = Double(members.reduce(0) { $0 + $1.bytes.count })
            let (best, median) = speeds(bytes, wall[full][index])
            let (cpuBest, _) = speeds(bytes, cpu[full][index])
            let target = group?.target.map { "≥ \(Int($0))" + (median >= $0 ? " ok" : " missed") } ?? ""
            let wrongE = group.map { wrongEncoding[$0, default: 0] } ?? wrongEncoding.values.reduce(0, +)
            let wrongT = group.map { wrongText[$0, default: 0] } ?? wrongText.values.reduce(0, +)
            print(
                "| \(group?.name ?? "all") | \(members.count) | \(fixed(bytes / 1e6, 1)) | \(fixed(best, 0)) | \(fixed(median, 0)) "
                    + "| \(fixed(cpuBest, 0)) | \(target) | \(wrongE) | \(wrongT) |")
        }
        print("")
        print("Where the time goes: best CPU MB/s of input through each stage alone (detect; detect + decode; all):")
        print("")
        print("| input | detect | detect + decode | + display | pieces where detection compared readings |")
        print("|---|---:|---:|---:|---:|")
        for group in groups + [nil] {
            let index = group?.rawValue ?? groups.count
            let bytes = Double(pieces.filter { group == nil || $0.group == group }.reduce(0) { $0 + $1.bytes.count })
            let figures = stages.map { fixed(speeds(bytes, cpu[$0.rawValue][index]).best, 0) }
            let comparedCount = group.map { compared[$0, default: 0] } ?? compared.values.reduce(0, +)
            print("| \(group?.name ?? "all") | " + figures.joined(separator: " | ") + " | \(comparedCount) |")
        }
        print("")
        print("\(repeats) repeats, one thread; load after: \(loadAverage()) (checksum \(sink % 1000))")
    }

    /// Best and median speed in MB/s over the repeats' times.
    static func speeds(_ bytes: Double, _ times: [Double]) -> (best: Double, median: Double) {
        let sorted = times.sorted()
        return (bytes / 1e6 / max(sorted[0], 1e-9), bytes / 1e6 / max(sorted[sorted.count / 2], 1e-9))
    }

    /// The calling thread's CPU time in seconds.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    static func sameText(_ decoded: [UInt8], _ expected: [UInt8], caseInsensitive: Bool) -> Bool {
        if decoded == expected { return true }
        guard caseInsensitive else { return false }
        return String(decoding: decoded, as: UTF8.self).lowercased() == String(decoding: expected, as: UTF8.self).lowercased()
    }

    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
