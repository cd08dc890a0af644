import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

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
    /// Gives the memory a stage freed back to the system. glibc keeps freed memory in the arena
    /// of the thread that used it, where the next stage's allocations (on another thread) do
    /// not find it: without this, a night's peak is the sum of its stages' rather than the
    /// largest of them.
    func returnFreedMemory() {
        #if canImport(Glibc)
        // `malloc_trim` is glibc's (malloc.h, which the Glibc module does not export).
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        }
        #endif
    }

    /// Logs the memory in use after a stage: at debug level, or at info level when the
    /// environment sets `GOPY_MEMORY_LOG` (for measuring a large night).
    func logMemory(_ stage: @autoclosure () -> String) {
        let loud = ProcessInfo.processInfo.environment["GOPY_MEMORY_LOG"] != nil
        guard loud || logger.logLevel <= .debug, let probe = MemoryProbe.now() else { return }
        let message: Logger.Message = "memory after \(stage()): \(probe.description)"
        if loud { logger.info(message) } else { logger.debug(message) }
    }
}
