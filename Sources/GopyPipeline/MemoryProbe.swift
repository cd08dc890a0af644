import Foundation
import Logging

/// The process's resident memory now and at its peak, from `/proc/self/status` (Linux; nil
/// elsewhere), for the log between a night's stages.
struct MemoryProbe {
    var residentKB: Int
    var peakKB: Int

    static func now() -> MemoryProbe? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        var probe = MemoryProbe(residentKB: 0, peakKB: 0)
        for line in status.split(separator: "\n") {
            let fields = line.split { $0 == " " || $0 == "\t" }
            guard fields.count >= 2, let kb = Int(fields[1]) else { continue }
            if fields[0] == "VmRSS:" { probe.residentKB = kb } else if fields[0] == "VmHWM:" { probe.peakKB = kb }
        }
        return probe
    }

    var description: String { "resident \(residentKB / 1024) MB, peak so far \(peakKB / 1024) MB" }
}

extension Batch {
    /// Logs the memory in use after a stage: at debug level, or at info level when the
    /// environment sets `GOPY_MEMORY_LOG` (for measuring a large night).
    func logMemory(_ stage: @autoclosure () -> String) {
        let loud = ProcessInfo.processInfo.environment["GOPY_MEMORY_LOG"] != nil
        guard loud || logger.logLevel <= .debug, let probe = MemoryProbe.now() else { return }
        let message: Logger.Message = "memory after \(stage()): \(probe.description)"
        if loud { logger.info(message) } else { logger.debug(message) }
    }
}
