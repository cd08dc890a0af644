import Foundation

/// What the process has used so far: memory from /proc (Linux), CPU time from getrusage.
enum ProcessMeasures {
    /// Resident memory now, in bytes (`VmRSS`), or nil where /proc is not there.
    static func residentBytes() -> Int? { statusField("VmRSS:") }

    /// Peak resident memory since the start or the last ``resetPeak()`` (`VmHWM`); elsewhere
    /// the process's peak from getrusage.
    static func peakBytes() -> Int {
        statusField("VmHWM:") ?? lifetimePeakBytes()
    }

    /// The process's peak resident memory over its whole life (getrusage `ru_maxrss`).
    static func lifetimePeakBytes() -> Int {
        let usage = selfUsage()
        #if os(Linux)
            return usage.ru_maxrss * 1024
        #else
            return usage.ru_maxrss
        #endif
    }

    /// Starts a new peak (`VmHWM`) from the memory in use now (Linux: "5" into clear_refs);
    /// false when the kernel does not allow it (the peak is then the process's).
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// User and system CPU time of every thread of the process, in seconds.
    static func cpuSeconds() -> Double {
        let usage = selfUsage()
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The load averages over 1, 5 and 15 minutes, as /proc/loadavg gives them.
    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    private static func selfUsage() -> rusage {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage
    }

    private static func statusField(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}

/// "1.23 GiB", "456.7 MiB".
func formatBytes(_ bytes: Int) -> String {
    let mebibytes = Double(bytes) / 1_048_576
    return mebibytes >= 1024 ? String(format: "%.2f GiB", mebibytes / 1024) : String(format: "%.1f MiB", mebibytes)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}
